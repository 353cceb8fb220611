// The desk's table as JSON: every story's figures, a `story` field first (scripts/desk-engine.ts).
import {emit} from "../../scripts/loader.js";

await emit("data/desk-figures.json");
