// Every case of the bad-input catalogue: the exact problems, each with its file and line, all in one pass.
import {describe, expect, it} from "vitest";
import {buildProject, formatProblem, InputError} from "../src/index.js";
import {cases, editedFiles} from "./helpers/bad-inputs.js";

function problemsOf(files: Parameters<typeof buildProject>[0]): string[] {
  try {
    buildProject(files);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe("the bad-input catalogue, through the library", () => {
  it.each(cases)("$name", ({edits, problems}) => {
    expect(problemsOf(editedFiles(edits))).toEqual(problems);
  });
});
