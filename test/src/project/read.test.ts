import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {PATHS} from "../../../src/project/paths.js";
import {inputReader, rateSeries} from "../../../src/project/read.js";
import type {ProjectFiles} from "../../../src/project/types.js";
import {files, readFiles, withFiles} from "../../helpers/project.js";

const read = (input: ProjectFiles) => {
  const {inputs, problems} = readFiles(input);
  return {inputs, problems: problems.map(formatProblem)};
};
// The data rows of a CSV, counted apart from the parsers: one a line after the header.
const rows = (csv: string) => csv.trimEnd().split("\n").length - 1;

describe("inputReader", () => {
  it("reads a file as text with \\n line ends and no BOM, and reports a missing one unless it is optional", () => {
    const problems: Problem[] = [];
    const {read, optional} = inputReader(withFiles({prose: "\uFEFF# A\r\nB\r\n", story: null}), problems);
    expect(read("prose")).toBe("# A\nB\n");
    expect(optional("story")).toBeUndefined();
    expect(problems).toEqual([]);
    expect(read("story")).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(["data/story.json: file is missing"]);
  });
});

describe("readInputs", () => {
  it("parses each data file of the seed on its own", () => {
    const {inputs, problems} = read(files);
    expect(problems).toEqual([]);
    expect(inputs.article).toBe(files.article);
    expect(inputs.text).toBe(files.article);
    expect(inputs.meta.published).toBe(JSON.parse(files.articleMeta).published);
    expect(inputs.registry.map((f) => f.id)).toEqual(
      files.figures
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[0])
    );
    expect(inputs.notFigures.map((n) => n.text)).toEqual(["1980s", "2-nanometer"]);
    expect(inputs.factChecks).toHaveLength(rows(files.factCheck));
    expect(inputs.sources).toHaveLength(rows(files.sources));
    expect(inputs.corrections).toEqual([]);
    expect(inputs.cpi).toHaveLength(rows(files.cpi!));
    expect(inputs.partial(PATHS.figures)).toBe(false);
  });

  it("reads corrections.csv against the registry's ids", () => {
    const {inputs, problems} = read(
      withFiles({corrections: "date,figure_id,was,now\n2024-04-15,aws_cloud,US$15 billion,US$14 billion\n"})
    );
    expect(problems).toEqual([]);
    expect(inputs.corrections).toEqual([
      {date: "2024-04-15", figure_id: "aws_cloud", was: "US$15 billion", now: "US$14 billion"}
    ]);
  });

  it("marks a missing registry as read in part, and checks no id against it", () => {
    const {inputs, problems} = read(
      withFiles({figures: null, corrections: "date,figure_id,was,now\n2024-04-15,nowhere,a,b\n"})
    );
    expect(problems).toEqual(["data/figures.csv: file is missing"]);
    expect(inputs.partial(PATHS.figures)).toBe(true);
    expect(inputs.partial(PATHS.notFigures)).toBe(false);
    expect(inputs.registry).toEqual([]);
  });

  it("gives a missing article as undefined and its text as empty", () => {
    const {inputs, problems} = read(withFiles({article: null}));
    expect(problems).toEqual(["data/article.txt: file is missing"]);
    expect([inputs.article, inputs.text]).toEqual([undefined, ""]);
  });
});

describe("rateSeries", () => {
  it("gives the daily yen file first, then a monthly series per currency", () => {
    const {rates, series} = rateSeries(files.rates, files.fxMonthly, []);
    // The daily file's rows with a rate (a holiday's is empty).
    const daily = files.rates
      .trimEnd()
      .split("\n")
      .slice(1)
      .filter((l) => l.split(",")[1]);
    expect(rates).toHaveLength(daily.length);
    expect(rates.at(-1)).toEqual({date: daily.at(-1)!.split(",")[0], rate: Number(daily.at(-1)!.split(",")[1])});
    expect(series[0]).toMatchObject({currency: "JPY", frequency: "daily", file: PATHS.rates});
    expect(series[0].points).toHaveLength(daily.length);
    expect(series.slice(1).every((s) => s.frequency === "monthly")).toBe(true);
    expect(series.some((s) => s.currency === "EUR")).toBe(true);
  });
});
