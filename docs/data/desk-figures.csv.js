// The desk's table: every story's figures, a `story` column first, made by the desk's engine (scripts/desk-engine.ts).
import {emit} from "../../scripts/loader.js";

await emit("data/desk-figures.csv");
