// A chart type as its file writes it → the type every caller uses: each optional member filled in by its default,
// and what is wrong with a malformed one said in one line naming its file ("src/charts/lollipop.ts: …").
import {isoDay} from "../inputs/dates.js";
import type {AnyChartType, AnyCompleteChartType, ChartConfig, Labelled, ParseContext, View} from "./chart-type.js";
import {figureIn, unique, type StoryTables} from "./story-tables.js";

// A chart type that cannot draw: the build stops with its message, which names the type's file.
export class ChartTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChartTypeError";
  }
}

// The name the registry lists a type by → its file: "lollipop" → "src/charts/lollipop.ts".
export const chartFile = (name: string) => `src/charts/${name}.ts`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const OWN = ["id", "type", "title", "note"];

// The figures a chart shows, in order: every "figure" and "of" in its own fields ("figures" for a list of ids).
export function chartFigures(chart: ChartConfig): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v))
      for (const [k, x] of Object.entries(v)) {
        if ((k === "figure" || k === "of") && typeof x === "string") out.push(x);
        else if (k === "figures" && Array.isArray(x))
          out.push(...x.filter((id): id is string => typeof id === "string"));
        else walk(x);
      }
  };
  walk(chart);
  return out;
}

// A type's own fields as story.json gives them, the figures they name checked: a "figure" or "of" is a figure id, a
// list of {"figure", "label"?} (or a rule, "figures": "money") a labelled list. {"items": [{"figure": "aws_cloud"}]}
// → {items: [{figure: "aws_cloud", label: ""}]}
function parseOwn(raw: Record<string, unknown>, ctx: ParseContext): Record<string, unknown> {
  const listed = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && "figure" in x);
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => !OWN.includes(k))
      .map(([k, v]) => [
        k,
        k === "figure" || k === "of"
          ? ctx.figure(v, undefined, k)
          : listed(v) || (k === "figures" && typeof v === "string")
            ? ctx.labelled(v, k)
            : v
      ])
  );
}

// "Sources: Reuters; the article." — the sources of the figures the chart names, once each.
const figureSources = (tables: StoryTables, config: ChartConfig) =>
  `Sources: ${unique(chartFigures(config).map((id) => figureIn(tables, id).source)).join("; ")}.`;

// Rows as the CSV and the table give them: each date as its day, 2024-04-10T00:00:00Z → "2024-04-10".
const asRecords = (rows: object[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? isoDay(v) : v])));

// The records' own columns, in the first record's order.
const ownColumns = (records: object[]) => Object.keys(records[0] ?? {});

// Views unlike the default: each published basis, an absurd rate of the reader's own, constant dollars.
const OTHER_VIEWS: View[] = [
  {basis: "article"},
  {basis: "spot"},
  {basis: "mean"},
  {basis: "custom", rate: 1},
  {dollars: "constant"}
];

// A chart whose rows differ under another view (money converted to US$ under the reader's basis) follows the view.
function rowsFollow(t: AnyChartType, tables: StoryTables, config: ChartConfig): boolean {
  const rows = JSON.stringify(t.rows(tables, config, {}));
  return OTHER_VIEWS.some((view) => JSON.stringify(t.rows(tables, config, view)) !== rows);
}

// An element as Plot and the DOM make it: an <svg> or an HTML element, in whichever document drew it.
const isElement = (v: unknown): v is Element =>
  typeof v === "object" && v !== null && typeof (v as Element).tagName === "string" && "querySelector" in v;

const what = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v);

// The type with every optional member filled in: what the registry gives (src/charts/chart-types.ts).
export function completeChartType(t: AnyChartType, file: string): AnyCompleteChartType {
  const records = t.records ?? asRecords;
  return {
    parse: parseOwn,
    source: (tables, config) => figureSources(tables, config),
    columns: (rows) => ownColumns(records(rows)).map((name) => ({name, label: name})),
    follows: (tables, config) => rowsFollow(t, tables, config),
    filename: (_tables, config) => `${config.id}.csv`,
    prepare: () => ({}),
    labels: (): Labelled[] => [],
    indicators: () => [],
    ...t,
    records,
    download: (recs) => t.download ?? ownColumns(recs),
    file,
    plot(rows, options) {
      const chart: unknown = t.plot(rows, options);
      if (!isElement(chart))
        throw new ChartTypeError(
          `${file}: chart type "${t.type}": plot() returned ${what(chart)}, not an element: return Plot.plot({…})`
        );
      return chart as SVGSVGElement | HTMLElement;
    }
  };
}

const REQUIRED = {rows: "rows(tables, config, view)", plot: "plot(rows, {width, config})", describe: "describe(rows)"};
const OPTIONAL = [
  "parse",
  "source",
  "columns",
  "records",
  "follows",
  "filename",
  "prepare",
  "labels",
  "indicators",
  "table",
  "legend"
];

// What is wrong with the chart types, by the name the registry lists each by (that of its file), one line each:
// "src/charts/lollipop.ts: chart type "lollipop" has no plot(rows, {width, config}): …". None: they are well formed.
export function chartTypeProblems(types: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const named = new Map<string, string>(); // type → the file that first gave it
  for (const [name, t] of Object.entries(types)) {
    const file = chartFile(name);
    if (!isObject(t)) {
      problems.push(
        `${file}: its default export is ${what(t)}, not a chart type: export default {type, rows, plot, describe}`
      );
      continue;
    }
    if (typeof t.type !== "string" || !/^[a-z][a-z0-9-]*$/.test(t.type)) {
      problems.push(`${file}: the chart type needs a "type", the name story.json gives it, such as "${name}"`);
      continue;
    }
    const missing = Object.entries(REQUIRED).filter(([k]) => typeof t[k] !== "function");
    if (missing.length)
      problems.push(
        `${file}: chart type "${t.type}" has no ${missing.map(([, s]) => s).join(", ")}: a chart type needs type, rows, plot and describe`
      );
    for (const k of OPTIONAL)
      if (t[k] !== undefined && typeof t[k] !== "function")
        problems.push(`${file}: chart type "${t.type}": "${k}" must be a function`);
    if (t.download !== undefined && !(Array.isArray(t.download) && t.download.every((c) => typeof c === "string")))
      problems.push(`${file}: chart type "${t.type}": "download" must be a list of column names`);
    const first = named.get(t.type);
    if (first) problems.push(`${file}: chart type "${t.type}" is also ${first}'s: give each type a name of its own`);
    else named.set(t.type, file);
  }
  return problems;
}
