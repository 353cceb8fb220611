// A chart type of the four members the guide shows, completed with the defaults; a malformed one, said in a line
// naming its file.
import {describe, expect, it} from "vitest";
import type {AnyChartType, ChartConfig, Labelled} from "../../src/charts/chart-type.js";
import {CHART_TYPE_PROBLEMS} from "../../src/charts/chart-types.js";
import {ChartTypeError, chartFigures, chartTypeProblems, completeChartType} from "../../src/charts/defaults.js";
import {figureIn, usdIn} from "../../src/charts/story-tables.js";
import {document, tables} from "../helpers/charts.js";

// Money in US$, as the guide's lollipops: type, rows, plot, describe and nothing else.
type Items = ChartConfig & {items: Labelled[]};
const minimal: AnyChartType = {
  type: "dots",
  rows: (t, config: Items, view) =>
    config.items.map(({figure, label}) => ({
      label,
      value_usd: Math.round(usdIn(t, figureIn(t, figure), view).value_usd),
      figure_id: figure,
      as_of: new Date(`${figureIn(t, figure).as_of}T00:00:00Z`)
    })),
  plot: (_rows, {document: doc}) => doc!.createElementNS("http://www.w3.org/2000/svg", "svg"),
  describe: (rows: object[]) => `${rows.length} amounts.`
};
const dots = completeChartType(minimal, "src/charts/dots.ts");
const config = (...figures: string[]): Items => ({
  id: "sums",
  type: "dots",
  title: "Sums",
  items: figures.map((figure) => ({figure, label: figure}))
});

describe("a chart type's defaults", () => {
  it("parse: the entry's own fields as given, each figure they name checked", () => {
    const checked: string[] = [];
    const ctx = {
      where: 'chart "sums"',
      figure: (v: unknown, _need?: unknown, key?: string) => (checked.push(`${key}:${String(v)}`), String(v)),
      text: (v: unknown) => String(v),
      labelled: (items: unknown, key: string) => (
        checked.push(`${key}:list`),
        items as (Labelled & Record<string, unknown>)[]
      ),
      problem: () => {}
    };
    const raw = {id: "sums", type: "dots", title: "Sums", items: [{figure: "aws_cloud"}], of: "n", colour: "red"};
    expect(dots.parse(raw, ctx)).toEqual({items: [{figure: "aws_cloud"}], of: "n", colour: "red"});
    expect(checked).toEqual(["items:list", "of:n"]);
  });

  it("source: the sources of the figures it names, once each", () => {
    const sums = config("aws_cloud", "microsoft_ai", "aws_cloud");
    const sources = [...new Set(["aws_cloud", "microsoft_ai"].map((id) => figureIn(tables, id).source))];
    expect(dots.source(tables, sums, dots.rows(tables, sums, {}), {})).toBe(`Sources: ${sources.join("; ")}.`);
    expect(chartFigures(sums)).toEqual(["aws_cloud", "microsoft_ai", "aws_cloud"]);
  });

  it("records, columns and download: the rows' own, each date as its day", () => {
    const rows = dots.rows(tables, config("aws_cloud"), {});
    const records = dots.records(rows);
    expect(records).toEqual([
      {label: "aws_cloud", value_usd: 14e9, figure_id: "aws_cloud", as_of: figureIn(tables, "aws_cloud").as_of}
    ]);
    expect(dots.columns(rows, config("aws_cloud"))).toEqual(
      ["label", "value_usd", "figure_id", "as_of"].map((name) => ({name, label: name}))
    );
    expect(dots.download(records)).toEqual(["label", "value_usd", "figure_id", "as_of"]);
    expect(dots.download([])).toEqual([]);
    expect(completeChartType({...minimal, download: ["label"]}, "src/charts/dots.ts").download(records)).toEqual([
      "label"
    ]);
  });

  it("follows: a chart whose rows change under another view is redrawn; one in US$ only is not", () => {
    // The seed has CPI: constant dollars restate even a sum in US$. A story without it does not.
    const usdOnly = {...tables, story: [{...tables.story[0], dollars_month: "", dollars_cpi: null}]};
    expect(dots.follows(tables, config("chip_subsidies"))).toBe(true); // ¥3.9 trillion
    expect(dots.follows(usdOnly, config("chip_subsidies"))).toBe(true);
    expect(dots.follows(usdOnly, config("aws_cloud"))).toBe(false);
    expect(dots.follows(tables, config("aws_cloud"))).toBe(true);
  });

  it("filename, prepare, labels, indicators: the id's CSV, and nothing taken from the project", () => {
    expect(dots.filename(tables, config(), [], {})).toBe("sums.csv");
    expect(
      dots.prepare(config(), {
        published: "2024-04-14",
        window: () => ({start: "", end: ""}),
        fx: {},
        series: [],
        ratesFile: "",
        problem: () => {}
      })
    ).toEqual({});
    expect(dots.labels(config("aws_cloud"))).toEqual([]);
    expect(dots.indicators(config("aws_cloud"))).toEqual([]);
    expect(dots.table).toBeUndefined();
  });

  it("plot: an element, or a ChartTypeError naming the file", () => {
    const rows = dots.rows(tables, config("aws_cloud"), {});
    expect(dots.plot(rows, {width: 640, config: config("aws_cloud"), document}).tagName).toBe("svg");
    const broken = completeChartType({...minimal, plot: () => undefined as never}, "src/charts/dots.ts");
    const draw = () => broken.plot(rows, {width: 640, config: config("aws_cloud"), document});
    expect(draw).toThrow(ChartTypeError);
    expect(draw).toThrow(
      'src/charts/dots.ts: chart type "dots": plot() returned undefined, not an element: return Plot.plot({…})'
    );
  });
});

describe("a malformed chart type", () => {
  it("is said in one line naming its file: no rows, plot or describe; no type; a member not a function", () => {
    const {rows: _rows, plot: _plot, ...noRowsNorPlot} = minimal;
    expect(
      chartTypeProblems({
        dots: noRowsNorPlot,
        nameless: {...minimal, type: undefined},
        pie: undefined,
        odd: {...minimal, type: "odd", source: "Reuters", download: "label"}
      })
    ).toEqual([
      'src/charts/dots.ts: chart type "dots" has no rows(tables, config, view), plot(rows, {width, config}): a chart type needs type, rows, plot and describe',
      'src/charts/nameless.ts: the chart type needs a "type", the name story.json gives it, such as "nameless"',
      "src/charts/pie.ts: its default export is undefined, not a chart type: export default {type, rows, plot, describe}",
      'src/charts/odd.ts: chart type "odd": "source" must be a function',
      'src/charts/odd.ts: chart type "odd": "download" must be a list of column names'
    ]);
  });

  it("a type another file has named already", () => {
    expect(chartTypeProblems({bars: minimal, dots: minimal})).toEqual([
      'src/charts/dots.ts: chart type "dots" is also src/charts/bars.ts\'s: give each type a name of its own'
    ]);
  });

  it("none among the types built in", () => {
    expect(CHART_TYPE_PROBLEMS).toEqual([]);
  });
});
