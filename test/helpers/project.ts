// The project's real inputs, read once for the tests.
import {buildProject, type Project, type ProjectFiles} from "../../src/index.js";
import {readProjectFiles} from "../../scripts/project.js";

export const files: ProjectFiles = readProjectFiles();
export const project: Project = buildProject(files);

// The same inputs with some files replaced: for tests of bad input.
export function withFiles(changes: Partial<ProjectFiles>): ProjectFiles {
  return {...files, ...changes};
}
