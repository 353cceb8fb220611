import {describe, expect, it} from "vitest";
import {parseCorrections} from "../../../src/inputs/corrections.js";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";

const FILE = "data/corrections.csv";
const parse = (csv: string | undefined, ids?: Set<string>) => {
  const problems: Problem[] = [];
  const corrections = parseCorrections(csv, FILE, ids, "data/figures.csv", problems);
  return {corrections, problems: problems.map(formatProblem)};
};

describe("parseCorrections", () => {
  it("reads each correction, oldest first, as written", () => {
    const csv =
      "date,figure_id,was,now\n2024-04-15,aws_cloud,US$15 billion,US$14 billion\n2024-04-16,,a typo,the word\n";
    expect(parse(csv, new Set(["aws_cloud"]))).toEqual({
      corrections: [
        {date: "2024-04-15", figure_id: "aws_cloud", was: "US$15 billion", now: "US$14 billion"},
        {date: "2024-04-16", figure_id: "", was: "a typo", now: "the word"}
      ],
      problems: []
    });
  });

  it("is empty when the story has no corrections file", () => {
    expect(parse(undefined)).toEqual({corrections: [], problems: []});
  });

  it("refuses a date that is not a day, an id the registry lacks and a row without was or now, at their lines", () => {
    const csv = "date,figure_id,was,now\n2024-02-30,aws_cloud,a,b\n2024-04-15,aws_clod,a,b\n2024-04-16,,a,\n";
    expect(parse(csv, new Set(["aws_cloud"])).problems).toEqual([
      `${FILE}:2: date "2024-02-30" is not a calendar date (YYYY-MM-DD)`,
      `${FILE}:3: figure_id "aws_clod" is not in data/figures.csv`,
      `${FILE}:4: a correction needs both "was" (what was wrong) and "now" (what it says now)`
    ]);
  });

  it("checks no id against a registry read only in part", () => {
    expect(parse("date,figure_id,was,now\n2024-04-15,anything,a,b\n", undefined).problems).toEqual([]);
  });

  it("names the columns it lacks", () => {
    expect(parse("date,was\n2024-04-15,a\n").problems).toEqual([`${FILE}:1: missing columns "figure_id", "now"`]);
  });
});
