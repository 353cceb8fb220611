// The guide's worked example of a chart type of one's own ("A chart type of your own"), applied to a copy of the
// project as a journalist would follow it: the type's file, its line in the list of types, a chart of that type in
// story.json placed in story.md. The code comes from the guide itself, so the example cannot drift from it.
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./site.js";

// The guide's fenced blocks of the section, each without the list's two-space indent.
function blocks(): {lang: string; code: string}[] {
  const readme = readFileSync(join(projectRoot, "GUIDE.md"), "utf-8");
  const start = readme.indexOf("**A chart type of your own.**");
  const section = readme.slice(start, readme.indexOf("\n- **", start + 1));
  return [...section.matchAll(/^ {2}```(\w+)\n([\s\S]*?)^ {2}```$/gm)].map((m) => ({
    lang: m[1],
    code: m[2].replace(/^ {2}/gm, "")
  }));
}

export interface ReadmeChart {
  type: string; // "lollipop"
  id: string; // "sums"
  figures: string[]; // the ids its entry names
}

export function addReadmeChart(root: string): ReadmeChart {
  const [file, list, entry] = blocks();
  const path = file.code.split("\n")[0].replace(/^\/\/ /, "");
  writeFileSync(join(root, path), file.code);
  // The list of types: the guide's import line after the last import, and its list in place of the list; a
  // journalist who has followed the guide already has both.
  const types = join(root, "src", "charts", "chart-types.ts");
  const [importLine, ...rest] = list.code.split("\n").slice(1);
  const text = readFileSync(types, "utf-8");
  if (text.includes(importLine)) return addEntry(root, entry.code);
  const lastImport = text.lastIndexOf("\nimport ");
  const afterImports = text.indexOf("\n", lastImport + 1) + 1;
  const withImport = `${text.slice(0, afterImports)}${importLine}\n${text.slice(afterImports)}`;
  const declaration = rest.join("\n").trim();
  writeFileSync(types, withImport.replace(/^const LISTED = \{[^}]*\};\n/m, `${declaration}\n`));
  return addEntry(root, entry.code);
}

// The chart in story.json (in place of one with its id), placed in story.md before the corrections.
function addEntry(root: string, json: string): ReadmeChart {
  const chart = JSON.parse(json) as {id: string; type: string; items: {figure: string}[]};
  const storyJson = join(root, "data", "story.json");
  const story = JSON.parse(readFileSync(storyJson, "utf-8")) as {charts: unknown[]};
  story.charts = [...story.charts.filter((c) => (c as {id: string}).id !== chart.id), chart];
  writeFileSync(storyJson, JSON.stringify(story, null, 2));
  const prose = join(root, "data", "story.md");
  writeFileSync(
    prose,
    readFileSync(prose, "utf-8").replace("\n::: corrections", `\n::: chart ${chart.id}\n\n::: corrections`)
  );
  return {type: chart.type, id: chart.id, figures: chart.items.map((i) => i.figure)};
}
