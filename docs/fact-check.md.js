// This page, made by the engine (scripts/pages/fact-check.ts) from data/: edit data/story.md and data/story.json,
// not this.
import {emit} from "../scripts/loader.js";

await emit("fact-check.md");
