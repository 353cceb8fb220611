// An extra page of the story, made by the engine (scripts/pages/extra.ts) from data/pages/<page>.md: edit that,
// not this.
import {emit} from "../scripts/loader.js";

const page = process.argv.find((a) => a.startsWith("--page="))?.slice("--page=".length);
await emit(`${page}.md`);
