// Reads data/ and builds the checked project for the loaders; bad input → every problem on stderr, exit 1.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {
  InputError,
  PATHS,
  buildProject,
  formatProblem,
  tableRows,
  tableSpec,
  toCsv,
  type Project,
  type ProjectFiles
} from "../src/index.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// Every input as raw bytes (the project checks they are UTF-8), or null for a missing file.
export function readProjectFiles(root = projectRoot): ProjectFiles {
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : null);
  const data = join(root, "data");
  return {
    article: read(PATHS.article),
    articleMeta: read(PATHS.articleMeta),
    rates: read(PATHS.rates),
    figures: read(PATHS.figures),
    notFigures: read(PATHS.notFigures),
    sources: read(PATHS.sources),
    factCheck: read(PATHS.factCheck),
    dataFiles: (existsSync(data) ? readdirSync(data) : []).filter((f) => !f.startsWith(".")).sort()
  };
}

// For loaders: the project, or a clear report of what is wrong with the inputs and a non-zero exit.
export function loadProject(root = projectRoot): Project {
  try {
    return buildProject(readProjectFiles(root));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(
        `error: ${error.problems.length} problem(s) in the inputs:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`
      );
    } else {
      process.stderr.write(`error: ${(error as Error).stack ?? error}\n`);
    }
    process.exit(1);
  }
}

// For a loader: one published table as CSV or JSON on stdout, written in one piece so that a failure never
// leaves half a file.
export function writeTable(name: string, format: "csv" | "json"): void {
  const project = loadProject();
  const rows = tableRows(project, name);
  const columns = tableSpec(name).columns.map((c) => c.name);
  process.stdout.write(format === "csv" ? toCsv(rows, columns) : `${JSON.stringify(rows, null, 1)}\n`);
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
