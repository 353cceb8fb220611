// Every published table, computed once from data/ by the engine (scripts/engine.ts); pages read its members as
// FileAttachment("data/tables/figures.csv").
import {emit} from "../../scripts/loader.js";

await emit("data/tables.zip");
