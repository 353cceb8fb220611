// The names the journalist's own cells may use, with no import (GUIDE.md, "Cells in the story"): the published
// tables (FileAttachment names must be literal, so each is written out), the figures among them, the pages' Plot and
// the story's formats. `basis` and `model` are cells of the page itself. Only a page with cells loads them.
import {TABLES} from "../../src/index.js";
import {proseCells} from "../../src/story/cells.js";
import type {Prose} from "../../src/inputs/prose.js";
import {jsCell} from "./js-cell.js";

export function cellScope(prose: Prose): string {
  if (!proseCells(prose).length) return "";
  const files = TABLES.map(
    (t) => `  ${JSON.stringify(t.name)}: FileAttachment(${JSON.stringify(`data/tables/${t.name}.json`)})`
  );
  return [
    jsCell(`// For the story's own cells: every published table by name, and the figures table among them.
const tables = await jsonTables({
${files.join(",\n")}
});
const figures = tables.figures;`),
    jsCell(`import * as Plot from "@observablehq/plot";
import {formatCount, formatMoney, formatOrdinal, formatRate, formatShare} from "./lib/story/format.js";
import {jsonTables} from "./components/json-tables.js";`)
  ].join("\n");
}
