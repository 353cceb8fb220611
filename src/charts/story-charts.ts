// What the rest of the project asks of the story's charts, each answered by the chart's type: the data a chart takes
// from the project, the labels charts give amounts, the ranks and shares they chart.
import type {FxSeries} from "../money/fx-series.js";
import type {ChartConfig, Labelled, ProjectData} from "./chart-type.js";
import {chartType} from "./chart-types.js";

// Each chart's series, by chart id: a rates chart's rates, cut to its dates.
export function chartSeries(charts: ChartConfig[], project: ProjectData): Record<string, FxSeries> {
  return Object.fromEntries(
    charts.flatMap((c) => {
      const {series} = chartType(c.type).prepare(c, project);
      return series ? [[c.id, series]] : [];
    })
  );
}

// The label each amount has in a chart, by figure id: a bar's "AWS: cloud infrastructure" for "aws_cloud".
export const amountLabels = (charts: ChartConfig[]): Map<string, string> =>
  new Map(
    charts.flatMap((c) =>
      chartType(c.type)
        .labels(c)
        .map((l) => [l.figure, l.label] as const)
    )
  );

// Every rank and share the charts show, a figure of a whole: {figure: "imd_rank", of: "imd_economies", label: …}.
export const chartIndicators = (charts: ChartConfig[]): (Labelled & {of: string})[] =>
  charts.flatMap((c) => chartType(c.type).indicators(c));
