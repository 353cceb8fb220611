// The desk's engine: the outputs of the desk's own pages (the list of stories, the desk's Data page and its table),
// and what the desk says of its stories. A runner without a story (TECH_EDGE_STORY) asks it instead of a story's
// engine; the story pages Framework finds in docs/ are drafts here, so Framework skips them.
import {strToU8} from "fflate";
import {deskNotes} from "../src/index.js";
import {deskEntries, type DeskEntry} from "./desk-entries.js";
import {deskData, deskFiguresCsv, deskIndex} from "./pages/desk.js";
import {frontMatter} from "./pages/front-matter.js";

export const DESK_TITLE = "The desk";

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 1)}\n`);

// The desk's loader outputs, by their path in docs/: its pages, its table, and the story pages it skips.
const DESK_LOADERS = [
  "index.md",
  "data.md",
  "data/desk-figures.csv",
  "data/desk-figures.json",
  "fact-check.md",
  "methodology.md"
];

// One output of the desk by name, or undefined for none. `once`: the stories are read on the first request only.
export function createDeskOutputs(root: string, {once = false} = {}): (name: string) => Uint8Array {
  let kept: DeskEntry[] | undefined;
  // The stories the build publishes (TECH_EDGE_DESK_STORIES, from scripts/desk.ts), or every one (a preview).
  const only = process.env.TECH_EDGE_DESK_STORIES?.split(",").filter(Boolean);
  const entries = () => (once && kept ? kept : (kept = deskEntries(root, only)));
  return (name) => {
    const all = entries();
    const notes = deskNotes(all.flatMap((e) => e.facts));
    if (name === "loaders.json") return json(DESK_LOADERS);
    if (name === "index.md") return strToU8(deskIndex(all, notes));
    if (name === "data.md") return strToU8(deskData(all));
    if (name === "data/desk-figures.csv") return strToU8(deskFiguresCsv(all));
    if (name === "data/desk-figures.json") return json(all.flatMap((e) => e.rows));
    if (name === "site.json") return json({title: DESK_TITLE, desk: true, pages: []});
    if (name === "charts.json") return json([]);
    if (name === "report.txt") return strToU8(notes.map((n) => `note: ${n}\n`).join(""));
    if (name === "shells.json" || name === "static-charts.json") return json({});
    // A story's page found in docs/ (fact-check.md, methodology.md): not part of the desk.
    if (name.endsWith(".md")) return strToU8(frontMatter({draft: true}));
    throw new RangeError(`no output "${name}" on the desk`);
  };
}
