// What every kind of chart is, one file each (src/charts/<type>.ts): how data/story.json names and configures it, the
// rows it draws from the story's tables under the reader's view, the Plot figure, and the chart in words.
import type {Basis} from "../money/basis.js";
import type {FxSeries} from "../money/fx-series.js";
import type {ChartConfig, Labelled, Need, View} from "./config.js";
import type {StoryTables} from "./story-tables.js";

export type {ChartConfig, Dollars, Labelled, Need, View} from "./config.js";

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

// What a chart type may take from the project as it is built: the publication date and the default window, each
// foreign amount's published bases, every rate series read and the file of monthly rates; `problem` records one
// against data/story.json.
export interface ProjectData {
  published: string; // "2024-04-14"
  window(): {start: string; end: string}; // the default averaging window: 2021-01-01..2023-12-31 for 2024-04-14
  fx: Record<string, Partial<Record<string, Basis>>>; // figure id → its bases: {mean: {rate: 127.27, …}, …}
  series: FxSeries[];
  ratesFile: string; // where a missing rate is to be added: "data/fx-monthly-fred.csv"
  problem(message: string): void;
}

// What a chart takes from the project, stored with the story: a rates chart's series, cut to its dates.
export interface Prepared {
  series?: FxSeries;
}

// One kind of chart. `Config` is its entry in story.json; `Rows` what rows() returns, an array (with, as d3's
// csvParse does, any chart-wide values as properties of the array: a rates chart's averaging window). Four members
// make one; the others have defaults (src/charts/defaults.ts).
export interface ChartType<Config extends ChartConfig = ChartConfig, Rows extends object[] = object[]> {
  type: string; // the name story.json uses: "bars"
  rows(tables: StoryTables, config: Config, view: View): Rows;
  plot(rows: Rows, options: {width: number; config: Config; document?: Document}): SVGSVGElement | HTMLElement;
  describe(rows: Rows, config: Config): string; // for screen readers: largest and smallest, range, trend
  // Optional, each with its default:
  parse?(raw: Record<string, unknown>, ctx: ParseContext): Omit<Config, keyof ChartConfig>; // its own fields: as given
  source?(tables: StoryTables, config: Config, rows: Rows, view: View): string; // "Sources: …": its figures' sources
  columns?(rows: Rows, config: Config): TableColumn[]; // the table beside the chart: the records' own columns
  download?: string[]; // the columns of the chart's CSV: the records' own
  records?(rows: Rows): object[]; // the rows as the CSV and the table give them: the rows, dates as YYYY-MM-DD
  follows?(tables: StoryTables, config: Config): boolean; // redrawn when the view changes: when its rows would differ
  filename?(tables: StoryTables, config: Config, rows: Rows, view: View): string; // the CSV's name: "<id>.csv"
  prepare?(config: Config, project: ProjectData): Prepared; // what it takes from the project: nothing
  labels?(config: Config): Labelled[]; // names it gives amounts, for the conversion table to borrow: none
  indicators?(config: Config): (Labelled & {of: string})[]; // the ranks and shares it charts, a figure of a whole: none
  // Optional, without a default:
  table?(rows: Rows): object[]; // the records the table shows, when not all of them (every 20th day)
  legend?(rows: Rows): {reported: string; derived: string} | undefined; // a key to solid and dashed marks
}

// A chart type with its defaults filled in, as the registry gives it: `download` is of the records, `file` where it
// is written ("src/charts/bars.ts").
export type CompleteChartType<Config extends ChartConfig = ChartConfig, Rows extends object[] = object[]> = Required<
  Omit<ChartType<Config, Rows>, "download" | "table" | "legend">
> &
  Pick<ChartType<Config, Rows>, "table" | "legend"> & {download(records: object[]): string[]; file: string};

// Any chart type, for the registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartType = ChartType<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCompleteChartType = CompleteChartType<any, any>;
