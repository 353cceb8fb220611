// The project's real inputs, read once for the tests.
import {buildProject, formatProblem, InputError, type Project, type ProjectFiles} from "../../src/index.js";
import {readProjectFiles} from "../../scripts/project.js";

// The inputs as text, as a test edits them.
export type TextFiles = {[K in keyof ProjectFiles]: K extends "dataFiles" ? string[] : string};

const raw = readProjectFiles();
export const files: TextFiles = Object.fromEntries(
  Object.entries(raw).map(([k, v]) => [k, v instanceof Uint8Array ? new TextDecoder().decode(v) : v])
) as TextFiles;
export const project: Project = buildProject(raw);

// The same inputs with some files replaced (text, bytes, or null for a missing file): for tests of bad input.
export function withFiles(changes: Partial<ProjectFiles>): ProjectFiles {
  return {...files, ...changes};
}

// Every problem buildProject finds in `files`, as printed ("data/figures.csv:3: …"); [] when there are none.
export function problemsOf(files: ProjectFiles): string[] {
  try {
    buildProject(files);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}
