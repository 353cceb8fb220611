import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {parseJson} from "../../../src/inputs/json-parse.js";

function problemsOf(text: string): string[] {
  const problems: Problem[] = [];
  parseJson(text, "data/a.json", problems);
  return problems.map(formatProblem);
}

describe("parseJson", () => {
  it("reads JSON", () => {
    expect(parseJson('{"a": [1, "¥"]}', "data/a.json", [])).toEqual({a: [1, "¥"]});
  });

  it("names the line and column of the first syntax error", () => {
    expect(problemsOf('{\n  "a": 1\n  "b": 2\n}')).toEqual(["data/a.json:3:3: not valid JSON: comma expected"]);
    expect(problemsOf('{"a": tru}')).toEqual(["data/a.json:1:7: not valid JSON: invalid symbol"]);
    expect(problemsOf('{"a": 1')).toEqual(["data/a.json:1:8: not valid JSON: close brace expected"]);
    expect(problemsOf('{"a": 1,}')).toEqual(["data/a.json:1:9: not valid JSON: property name expected"]);
    expect(problemsOf("[1, // note\n 2]")).toEqual(["data/a.json:1:5: not valid JSON: invalid comment token"]);
    expect(problemsOf("")).toEqual(["data/a.json:1:1: not valid JSON: value expected"]);
  });
});
