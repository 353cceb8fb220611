// Reads data/ and builds the checked project for the loaders; bad input → every problem on stderr, exit 1.
import {readFileSync, readdirSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {ColumnTable} from "arquero";
import {InputError, PATHS, buildProject, formatProblem, toCsv, type Project, type ProjectFiles} from "../src/index.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function readProjectFiles(root = projectRoot): ProjectFiles {
  const read = (path: string) => readFileSync(join(root, path), "utf-8");
  return {
    article: read(PATHS.article),
    articleMeta: read(PATHS.articleMeta),
    rates: read(PATHS.rates),
    figures: read(PATHS.figures),
    notFigures: read(PATHS.notFigures),
    sources: read(PATHS.sources),
    dataFiles: readdirSync(join(root, "data")).filter((f) => !f.startsWith(".")).sort()
  };
}

// For loaders: the project, or a clear report of what is wrong with the inputs and a non-zero exit.
export function loadProject(root = projectRoot): Project {
  try {
    return buildProject(readProjectFiles(root));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.problems.length} problem(s) in the inputs:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`);
    } else {
      process.stderr.write(`error: ${(error as Error).stack ?? error}\n`);
    }
    process.exit(1);
  }
}

// Writes a whole table as CSV to stdout in one piece, so a failure never leaves half a file.
export function writeCsv(table: ColumnTable, columns = table.columnNames()): void {
  process.stdout.write(toCsv(table.objects() as Record<string, unknown>[], columns));
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
