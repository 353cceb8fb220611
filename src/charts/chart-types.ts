// Every chart type by the name data/story.json gives it: the engine, the static and live pages, the downloads, the
// image export and the embeds all find a chart's type here. A new type is its file in src/charts and a line below.
import bars from "./bars.js";
import type {AnyChartType} from "./chart-type.js";
import rank from "./rank.js";
import rates from "./rates.js";
import shares from "./shares.js";
import sweep from "./sweep.js";
import timeline from "./timeline.js";

export const CHART_TYPES: ReadonlyMap<string, AnyChartType> = new Map(
  [bars, rates, rank, shares, timeline].map((t) => [t.type, t])
);

// The type of a chart: one story.json names, or a conversion's sweep ("conversion-…", src/charts/sweep.ts).
export function chartType(name: string): AnyChartType {
  const type = name === sweep.type ? sweep : CHART_TYPES.get(name);
  if (!type) throw new Error(`no chart type "${name}": use one of ${[...CHART_TYPES.keys()].join(", ")}`);
  return type;
}
