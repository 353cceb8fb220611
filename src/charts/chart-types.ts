// Every chart type by the name data/story.json gives it: the engine, the static and live pages, the downloads, the
// image export and the embeds all find a chart's type here. A new type is its file in src/charts and its name below.
import bars from "./bars.js";
import type {AnyCompleteChartType} from "./chart-type.js";
import {ChartTypeError, chartFile, chartTypeProblems, completeChartType} from "./defaults.js";
import rank from "./rank.js";
import rates from "./rates.js";
import shares from "./shares.js";
import sweep from "./sweep.js";
import timeline from "./timeline.js";

// The types story.json can name, each by the name of its file.
const LISTED = {bars, rates, rank, shares, timeline};

// What is wrong with any type, one line each naming its file; the build stops with it (assertChartTypes).
export const CHART_TYPE_PROBLEMS: readonly string[] = chartTypeProblems({...LISTED, sweep});

export const CHART_TYPES: ReadonlyMap<string, AnyCompleteChartType> = new Map(
  // A file's default export may be no object at all: CHART_TYPE_PROBLEMS says so, and the build stops.
  Object.entries(LISTED).flatMap(([name, t]) => (t ? [[t.type, completeChartType(t, chartFile(name))] as const] : []))
);
const SWEEP = completeChartType(sweep, chartFile("sweep"));

// Stops with every problem of the chart types, before anything is drawn with one.
export function assertChartTypes(): void {
  if (CHART_TYPE_PROBLEMS.length) throw new ChartTypeError(CHART_TYPE_PROBLEMS.join("\n"));
}

// The type of a chart: one story.json names, or a conversion's sweep ("conversion-…", src/charts/sweep.ts).
export function chartType(name: string): AnyCompleteChartType {
  const type = name === SWEEP.type ? SWEEP : CHART_TYPES.get(name);
  if (!type) throw new Error(`no chart type "${name}": use one of ${[...CHART_TYPES.keys()].join(", ")}`);
  return type;
}
