// What the build adds to Framework's pages, before the new dist/ is swapped in: each page's shell (its head's link
// previews and its footer, scripts/head.ts), the static charts drawn into them (scripts/static-charts.ts), their
// modules asked for once they are parsed (scripts/preloads.ts), their Content-Security-Policy (scripts/csp.ts), the
// social card (card.png, the pages' og:image) and the data package (datapackage.json) whose paths name the built
// tables, so that every resource resolves from the site's root: "figures.csv" → "_file/data/tables/figures.0e6a7288.csv".
import {existsSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {outputOf, type EngineHost} from "./engine-host.js";
import {withPolicy} from "./csp.js";
import {addShell, type PageShell} from "./head.js";
import {deferModulePreloads} from "./preloads.js";
import {fillStaticCharts} from "./static-charts.js";
import {runnerStory} from "./stories.js";
import {projectRoot} from "./root.js";

// The built copy of a table, under the hashed name Framework gave it: "figures.csv" → "_file/data/tables/figures.<hash>.csv".
export function builtPath(output: string, name: string): string {
  const dir = join(output, "_file", "data", "tables");
  const dot = name.lastIndexOf(".");
  const [stem, ext] = [name.slice(0, dot), name.slice(dot)];
  const match = existsSync(dir)
    ? readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(ext) && f.split(".").length === 3)
    : undefined;
  if (!match) throw new Error(`the build has no copy of ${name} in ${dir}: is it linked from the Data page?`);
  return `_file/data/tables/${match}`;
}

// The engine's outputs the files below are made from: a build asks for them to be made while Framework builds.
export const PUBLISH_OUTPUTS = ["static-charts.json", "shells.json", "card.png", "datapackage.json"];

export async function writePublishFiles(engine: EngineHost, outputDir: string): Promise<string[]> {
  const charts = JSON.parse((await outputOf(engine, "static-charts.json")).toString()) as Record<string, string>;
  // Each of the engine's pages by its built file: {"index.html": {head, footer}, "embed/rank.html": …}; a page of
  // the user's own (docs/notes.md) has none and keeps Framework's shell.
  const shells = JSON.parse((await outputOf(engine, "shells.json")).toString()) as Record<string, PageShell>;
  const pages = readdirSync(outputDir, {recursive: true, encoding: "utf-8"}).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const file = join(outputDir, page);
    const html = readFileSync(file, "utf-8");
    const shelled = shells[page] ? addShell(html, shells[page], page) : html;
    // The policy last: its hashes are of the page's scripts as published.
    const published = withPolicy(deferModulePreloads(fillStaticCharts(shelled, charts, page)), page);
    if (published !== html) writeFileSync(file, published);
  }
  if (!runnerStory(projectRoot)) return []; // the desk's own pages: no card, no data package
  writeFileSync(join(outputDir, "card.png"), await outputOf(engine, "card.png"));
  const pkg = JSON.parse((await outputOf(engine, "datapackage.json")).toString()) as {resources: {path: string}[]};
  for (const r of pkg.resources) r.path = builtPath(outputDir, r.path);
  writeFileSync(join(outputDir, "datapackage.json"), `${JSON.stringify(pkg, null, 1)}\n`);
  return ["card.png", "datapackage.json"];
}
