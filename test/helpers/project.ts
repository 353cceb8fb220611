// The seed story as a fixture, for the engine's tests: its story files frozen in test/fixtures/story-seed, with
// the rate files of data/ (reference data, kept when the package is re-pointed at another article). No test of
// the engine reads the story in data/, so they hold whatever article the package is pointed at.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {csvFormat, csvParse} from "d3-dsv";
import {join} from "node:path";
import {
  DRAFT_FILES,
  InputError,
  PATHS,
  buildProject,
  formatProblem,
  type Draft,
  type ParseCache,
  type Project,
  type ProjectFiles
} from "../../src/index.js";
import type {Problem} from "../../src/inputs/errors.js";
import {inputReader, readInputs, type InputReader, type Inputs} from "../../src/project/read.js";
import {projectRoot} from "../../scripts/root.js";

export const seedDir = join(projectRoot, "test", "fixtures", "story-seed");
// The reference data: rates, CPI-U and the World Bank's series, which stay when the package is re-pointed.
const RATE_FILES = [PATHS.rates, PATHS.fxMonthly, PATHS.cpi, PATHS.gdp, PATHS.population];
export const REFERENCE_FILES = RATE_FILES.map((p) => p.slice(5));

// The inputs as text, as a test edits them (null: an optional file the seed does not have).
type Optional = "story" | "prose" | "factCheckProse" | "corrections";
export type TextFiles = {
  [K in keyof Omit<ProjectFiles, "pages" | "docsFiles">]: K extends "dataFiles"
    ? string[]
    : K extends Optional
      ? string | null
      : string;
} & {
  pages?: {slug: string; text: string}[];
  docsFiles?: string[];
};

// A frozen story's inputs: its own files from `dir`, the rate files from data/.
export function readStory(dir: string): TextFiles {
  const where = (path: string) => (RATE_FILES.includes(path) ? join(projectRoot, path) : join(dir, path.slice(5)));
  const entries = Object.entries(PATHS).map(([key, path]) => [
    key,
    existsSync(where(path)) ? readFileSync(where(path), "utf-8") : null
  ]);
  return {
    ...(Object.fromEntries(entries) as Omit<TextFiles, "dataFiles">),
    dataFiles: [...readdirSync(dir), ...RATE_FILES.map((p) => p.slice(5))].sort()
  };
}

// The reference files parsed once for all the tests of a worker, as the engine keeps them between two builds of a
// preview: the same text is not parsed again (each build still gets the problems found in it).
const parsed: ParseCache = new Map();
export const build = (files: ProjectFiles): Project => buildProject(files, {cache: parsed});

// The first step alone (src/project/read.ts): the inputs read and parsed, with the problems found so far, for the
// tests of the later steps.
export function readFiles(input: ProjectFiles): {inputs: Inputs; reader: InputReader; problems: Problem[]} {
  const problems: Problem[] = [];
  const reader = inputReader(input, problems);
  return {inputs: readInputs(input, reader, problems, parsed), reader, problems};
}

export const files: TextFiles = readStory(seedDir);
export const project: Project = build(files);

// The same inputs with some files replaced (text, bytes, or null for a missing file): for tests of bad input.
export function withFiles(changes: Partial<ProjectFiles>): ProjectFiles {
  return {...files, ...changes};
}

// Every problem buildProject finds in `files` (or in reading them), as printed ("data/figures.csv:3: …"); [] when there are none.
export function problemsOf(files: ProjectFiles | (() => ProjectFiles)): string[] {
  try {
    build(typeof files === "function" ? files() : files);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

// The project a draft builds into, with the seed's reference data: what the page of a new story shows.
export function draftProject(draft: Draft): Project {
  const kept = REFERENCE_FILES;
  return build({
    ...files,
    article: draft.files["article.txt"],
    articleMeta: draft.files["article.json"],
    figures: draft.files["figures.csv"],
    notFigures: draft.files["not-figures.csv"],
    factCheck: draft.files["fact-check.csv"],
    story: draft.files["story.json"],
    prose: draft.files["story.md"],
    sources: draft.files["sources.csv"],
    factCheckProse: null,
    corrections: null,
    pages: [],
    dataFiles: [...DRAFT_FILES, ...kept].sort()
  });
}

// A registry with one cell changed: `id`'s `column` set to `value` ("aws_cloud", "as_of", "2030-01-19").
export function editRegistryCell(csv: string, id: string, column: string, value: string): string {
  const rows = csvParse(csv);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row "${id}" in the registry`);
  row[column] = value;
  return `${csvFormat(rows, rows.columns)}\n`;
}
