// What every kind of chart is, one file each (src/charts/<type>.ts): how data/story.json names and configures it, the
// rows it draws from the story's tables under the reader's view, the Plot figure, and the chart in words.
import type {BasisKind} from "../basis.js";
import type {StoryTables} from "./tables.js";

// The reader's one choice for every converted amount: a basis, and a rate of their own ({basis: "custom", rate:
// 100}) for the amounts in the featured conversion's currency. `dollars`: "constant" restates every sum in US$ in
// the story's constant dollars; "then" (the default) leaves each in the dollars of its own time.
export type View = {basis?: BasisKind; rate?: number; dollars?: Dollars};
export type Dollars = "then" | "constant";

// A chart as data/story.json gives it: {"id": "investment", "type": "bars", "title": "…", …its own fields}. Labels
// and notes may cite figures ("AWS plan ([[aws_cloud_jpy]])"); the pages get them with the citations as text.
export interface ChartConfig {
  id: string; // "investment" → the embed page /embed/investment
  type: string;
  title: string;
  note?: string; // added to the chart's source line
}

// What a figure id must be where a chart names it.
export type Need = "money" | "foreign" | "usd" | "rank" | "count" | "dated";

// A figure a chart names, with a label that may cite: {"figure": "aws_cloud", "label": "AWS: cloud"}.
export interface Labelled {
  figure: string;
  label: string;
}

// What a chart type's parse() reads its own fields with: each records a problem (at the chart's line in story.json)
// when the field is missing or wrong, and the figure ids it names are checked against data/figures.csv.
export interface ParseContext {
  where: string; // `chart "investment"`
  figure(value: unknown, need?: Need, key?: string): string; // a figure id; "" after a problem
  text(value: unknown, key: string): string; // a non-empty text; "" after a problem
  // A non-empty list, or a rule ("money"); a label left out is filled from the registry's `label`.
  labelled(items: unknown, key: string, need?: Need): (Labelled & Record<string, unknown>)[];
  problem(message: string): void;
}

// A column of the table that stands beside a chart as its text alternative.
export interface TableColumn {
  name: string;
  label: string;
  format?: (v: unknown) => string;
}

// One kind of chart. `Config` is its entry in story.json; `Rows` what rows() returns, an array (with, as d3's
// csvParse does, any chart-wide values as properties of the array: a rates chart's averaging window).
export interface ChartType<Config extends ChartConfig = ChartConfig, Rows extends object[] = object[]> {
  type: string; // the name story.json uses: "bars"
  parse(raw: Record<string, unknown>, ctx: ParseContext): Omit<Config, keyof ChartConfig>; // its own fields
  rows(tables: StoryTables, config: Config, view: View): Rows;
  plot(rows: Rows, options: {width: number; config: Config; document?: Document}): SVGSVGElement | HTMLElement;
  describe(rows: Rows, config: Config): string; // for screen readers: largest and smallest, range, trend
  source(tables: StoryTables, config: Config, rows: Rows, view: View): string; // "Sources: …; …."
  columns(rows: Rows, config: Config): TableColumn[]; // the table beside the chart
  download: string[]; // the columns of the chart's CSV
  // Optional:
  records?(rows: Rows): object[]; // the rows as the CSV and the table give them (dates as YYYY-MM-DD): default rows
  follows?(tables: StoryTables, config: Config): boolean; // redrawn when the reader's view changes (default: no)
  filename?(tables: StoryTables, config: Config, rows: Rows, view: View): string; // the CSV's name: "<id>.csv"
  table?(rows: Rows): object[]; // the records the table shows, when not all of them (every 20th day)
  legend?(rows: Rows): {reported: string; derived: string} | undefined; // a key to solid and dashed marks
}

// Any chart type, for the registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartType = ChartType<any, any>;
