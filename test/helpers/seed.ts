// The seed story as a fixture: its story files frozen in test/fixtures/story-seed, with the rate files of data/
// (reference data, kept when the package is re-pointed at another article). Engine tests use this, never data/.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {PATHS, buildProject, type Project, type ProjectFiles} from "../../src/index.js";
import {projectRoot} from "../../scripts/root.js";

export const seedDir = join(projectRoot, "test", "fixtures", "story-seed");
const RATE_FILES = [PATHS.rates, PATHS.fxMonthly];

// The seed's input files, as the build reads them; `changes` replaces some (for tests of bad input).
export function seedFiles(changes: Partial<ProjectFiles> = {}): ProjectFiles {
  const read = (path: string) =>
    readFileSync(RATE_FILES.includes(path) ? join(projectRoot, path) : join(seedDir, path.replace(/^data\//, "")), "utf-8");
  const optional = (path: string) => (existsSync(join(seedDir, path.replace(/^data\//, ""))) ? read(path) : undefined);
  const files: ProjectFiles = {
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
    dataFiles: [...readdirSync(seedDir), ...RATE_FILES.map((p) => p.slice(5))].sort()
  };
  return {...files, ...changes};
}

export const seed: Project = buildProject(seedFiles());
