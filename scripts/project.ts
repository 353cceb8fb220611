// Reads data/ into the project's input files, and reports problems in them.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {PATHS, formatProblem, type Problem, type ProjectFiles} from "../src/index.js";
import {projectRoot} from "./root.js";

export {projectRoot};

// Every input as raw bytes (the project checks they are UTF-8), or null for a missing file.
export function readProjectFiles(root = projectRoot): ProjectFiles {
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : null);
  const data = join(root, "data");
  const files = Object.fromEntries(Object.entries(PATHS).map(([key, path]) => [key, read(path)]));
  // data/pages/<slug>.md: the story's extra pages, in the order of their names.
  const pagesDir = join(data, "pages");
  const pages = (existsSync(pagesDir) ? readdirSync(pagesDir) : [])
    .filter((f) => f.endsWith(".md") && !f.startsWith("."))
    .sort()
    .map((f) => ({slug: f.slice(0, -3), text: readFileSync(join(pagesDir, f))}));
  return {
    ...(files as unknown as Omit<ProjectFiles, "dataFiles" | "pages">),
    // Every file in data/ (the folder of extra pages is text of the story, like story.md, not a source).
    dataFiles: (existsSync(data) ? readdirSync(data) : []).filter((f) => !f.startsWith(".") && f !== "pages").sort(),
    pages
  };
}

// "error: 2 problem(s) in the inputs:\n  data/figures.csv:3: …"
export function problemReport(problems: Problem[]): string {
  return `error: ${problems.length} problem(s) in the inputs:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`;
}
