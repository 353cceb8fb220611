// Reads data/ into the project's input files, and builds the checked project; bad input → every problem on
// stderr, exit 1.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {
  InputError,
  PATHS,
  buildProject,
  formatProblem,
  type Problem,
  type Project,
  type ProjectFiles
} from "../src/index.js";
import {projectRoot} from "./root.js";

export {projectRoot};

// Every input as raw bytes (the project checks they are UTF-8), or null for a missing file.
export function readProjectFiles(root = projectRoot): ProjectFiles {
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : null);
  const data = join(root, "data");
  const files = Object.fromEntries(Object.entries(PATHS).map(([key, path]) => [key, read(path)]));
  return {
    ...(files as Omit<ProjectFiles, "dataFiles">),
    dataFiles: (existsSync(data) ? readdirSync(data) : []).filter((f) => !f.startsWith(".")).sort()
  };
}

// "error: 2 problem(s) in the inputs:\n  data/figures.csv:3: …"
export function problemReport(problems: Problem[]): string {
  return `error: ${problems.length} problem(s) in the inputs:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`;
}

// The project, or a clear report of what is wrong with the inputs and a non-zero exit.
export function loadProject(root = projectRoot): Project {
  try {
    return buildProject(readProjectFiles(root));
  } catch (error) {
    process.stderr.write(
      error instanceof InputError ? problemReport(error.problems) : `error: ${(error as Error).stack ?? error}\n`
    );
    process.exit(1);
  }
}
