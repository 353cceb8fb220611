import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cpiMean, cpiMonths, deflate, dollarsOf, parseCpi} from "../../../src/money/cpi.js";
import {projectRoot} from "../../../scripts/read-project.js";
import {project} from "../../helpers/project.js";
import {storyModel} from "../../../src/story/model.js";
import {conversionSentence} from "../../../src/story/rows.js";
import bars, {type BarsChart} from "../../../src/charts/bars.js";
import {constantUsd, figureIn, storyTables} from "../../../src/charts/story-tables.js";

const model = storyModel(project);
const tables = storyTables(model);

const FILE = "data/cpi-u-monthly.csv";
const csv = readFileSync(join(projectRoot, FILE), "utf8");
const points = parseCpi(csv, FILE, []);

// The index of each month, read straight from the CSV lines: "2024-04-01,313.548,…" → 313.548.
const raw = new Map(
  csv
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","))
    .map(([d, v]) => [d.slice(0, 7), Number(v)])
);
const meanOf = (months: string[]) => months.reduce((s, m) => s + raw.get(m)!, 0) / months.length;
const monthsOf = (y0: number, y1: number) =>
  Array.from(
    {length: (y1 - y0 + 1) * 12},
    (_, i) => `${y0 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
  );

describe("CPI-U", () => {
  it("reads every month, with the check values of the reference README", () => {
    expect(points[0]).toEqual({month: "1913-01", index: 9.8});
    expect(points.find((p) => p.month === "2024-04")!.index).toBe(313.548);
    expect(cpiMean(points, "2021-01", "2021-12")!.cpi).toBeCloseTo(270.97, 3);
  });

  it("averages a window, cut to the data, and falls back to the latest month past it", () => {
    const m = cpiMean(points, "2021-01", "2023-12")!;
    expect(m).toMatchObject({start: "2021-01", end: "2023-12", months: 36});
    expect(m.cpi).toBeCloseTo(meanOf(monthsOf(2021, 2023)), 9);
    const last = [...raw.keys()].at(-1)!;
    expect(cpiMean(points, "2030-01", "2030-12")).toMatchObject({start: last, end: last, cpi: raw.get(last)});
    const cut = cpiMean(points, "2026-01", "2026-12")!;
    expect(cut.end).toBe(last);
  });

  it("the worked check: ¥3.9 trillion at the 2021–23 mean is about US$33.2 billion in April 2024 dollars", () => {
    // 127.27 yen per US$ is the 2021–23 mean of the daily rates (reference README).
    const then = 3.9e12 / 127.27;
    const now = (then * raw.get("2024-04")!) / meanOf(monthsOf(2021, 2023));
    expect(now / 1e9).toBeCloseTo(33.2, 1);
    expect(deflate(then, meanOf(monthsOf(2021, 2023)), 313.548)).toBeCloseTo(now, 0);
    const subsidy = figureIn(tables, "chip_subsidies");
    const constant = constantUsd(
      tables,
      subsidy,
      3.9e12 / model.fx.chip_subsidies.mean!.rate,
      model.fx.chip_subsidies.mean
    );
    expect(constant! / 1e9).toBeCloseTo(33.19, 2);
  });

  it("the story's dollars are the publication month's, or the latest month's with a note naming the command", () => {
    expect(dollarsOf(points, "2024-04-14")).toMatchObject({
      month: "2024-04",
      cpi: 313.548,
      label: "April 2024 dollars",
      note: ""
    });
    const late = dollarsOf(points, "2026-11-20")!;
    const last = [...raw.keys()].at(-1)!;
    expect(late.month).toBe(last);
    expect(late.note).toContain("npm run update-reference");
    expect(late.note).toContain("November 2026");
  });

  it("a sum is in the dollars of the months it belongs to, never after publication", () => {
    const bases = {
      mean: {date: "", window_start: "2021-01-01", window_end: "2023-12-31"},
      spot: {date: "2024-04-12", window_start: "", window_end: ""},
      article: {date: "2024-04-14", window_start: "", window_end: ""}
    };
    expect(cpiMonths({unit: "JPY", period: "", as_of: "2024-04-09"}, bases, undefined, "2024-04-14")).toEqual({
      custom: ["2024-04", "2024-04"],
      article: ["2024-04", "2024-04"],
      spot: ["2024-04", "2024-04"],
      mean: ["2021-01", "2023-12"]
    });
    expect(cpiMonths({unit: "USD", period: "", as_of: "2022-08-09"}, {}, undefined, "2024-04-14")).toEqual({
      usd: ["2022-08", "2022-08"]
    });
    // Money still to be spent (2024–2027) is in the dollars of publication at the latest.
    const future = {start: "2024-01-01", end: "2027-12-31"};
    expect(cpiMonths({unit: "USD", period: "2024..2027", as_of: "2024-01-19"}, {}, future, "2024-04-14")).toEqual({
      usd: ["2024-01", "2024-04"]
    });
  });

  it("names the file and line of a bad month or index", () => {
    const problems: {file: string; line?: number; message: string}[] = [];
    parseCpi(
      "Date,Index,Inflation\n2024-01-01,308.417,\n2024-02-15,310,\n2024-03-01,n/a,\n2024-01-01,1,\n",
      FILE,
      problems
    );
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: Date "2024-02-15" is not the first of a month (YYYY-MM-01)',
      '4: Index "n/a" for 2024-03 is not a positive number',
      "5: duplicate month 2024-01 (first on line 2)"
    ]);
  });

  it("the page's constant-dollar view restates every bar: the CHIPS-era US$ and the subsidy alike", () => {
    const chart = model.charts.find((c) => c.type === "bars") as BarsChart;
    const then = bars.rows(tables, chart, {basis: "mean"});
    const now = bars.rows(tables, chart, {basis: "mean", dollars: "constant"});
    const aws = (rows: typeof then) => rows.find((r) => r.figure_id === "aws_cloud")!.value_usd;
    // AWS's US$14 billion is of January 2024 (its as_of): × CPI April ÷ CPI January.
    expect(aws(then)).toBe(14e9);
    expect(aws(now)).toBe(Math.round((14e9 * raw.get("2024-04")!) / raw.get("2024-01")!));
    expect(conversionSentence(model, "chip_subsidies", {basis: "mean"}).constant).toBe(
      "US$33.2 billion in April 2024 dollars"
    );
    // At the article's own rate the sum is already in April 2024 dollars: nothing to add.
    expect(conversionSentence(model, "chip_subsidies", {basis: "article"}).constant).toBe("");
    expect(project.dollars?.month).toBe("2024-04");
  });
});
