// Reads data/ into the project's input files: the optional ones (the story's shape and prose, the fact-check
// prose, the corrections) are left out when absent, so the generic story applies.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {PATHS, type ProjectFiles} from "../src/index.js";
import {projectRoot} from "./root.js";

export {projectRoot};

export function readProjectFiles(root = projectRoot): ProjectFiles {
  const read = (path: string) => readFileSync(join(root, path), "utf-8");
  const optional = (path: string) => (existsSync(join(root, path)) ? read(path) : undefined);
  return {
    article: read(PATHS.article),
    articleMeta: read(PATHS.articleMeta),
    rates: read(PATHS.rates),
    figures: read(PATHS.figures),
    notFigures: read(PATHS.notFigures),
    sources: read(PATHS.sources),
    factCheck: read(PATHS.factCheck),
    fxMonthly: read(PATHS.fxMonthly),
    story: optional(PATHS.story),
    prose: optional(PATHS.prose),
    factCheckProse: optional(PATHS.factCheckProse),
    corrections: optional(PATHS.corrections),
    dataFiles: readdirSync(join(root, "data"))
      .filter((f) => !f.startsWith("."))
      .sort()
  };
}
