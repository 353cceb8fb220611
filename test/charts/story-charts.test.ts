// What the project asks of the seed's charts, each answered by its type: the rates chart's series, the bars'
// labels, the ranks and shares; and the charts a first draft gets.
import {describe, expect, it} from "vitest";
import type {ChartConfig, ProjectData} from "../../src/charts/chart-type.js";
import {draftCharts, ratesChartIn} from "../../src/charts/drafts.js";
import {amountLabels, chartIndicators, chartSeries} from "../../src/charts/story-charts.js";
import {project} from "../helpers/project.js";

const charts = project.story.charts;
const data = (problems: string[] = []): ProjectData => ({
  published: project.meta.published,
  window: () => ({start: "2021-01-01", end: "2023-12-31"}),
  fx: project.fx,
  series: project.series,
  ratesFile: "data/fx-monthly-fred.csv",
  problem: (message) => problems.push(message)
});

describe("what the charts take from the project", () => {
  it("a rates chart: the daily series of its currency, cut to its own dates", () => {
    const daily = project.series.find((s) => s.currency === "JPY" && s.frequency === "daily")!;
    const inRange = daily.points.filter((d) => d.date >= "2021-01-01" && d.date <= "2024-12-31");
    const series = chartSeries(charts, data());
    expect(Object.keys(series)).toEqual(["usdjpy"]); // the only chart that takes one
    expect(series.usdjpy).toEqual({...daily, points: inRange});
    expect(project.chartSeries).toEqual(series);
  });

  it("a rates chart of a currency without rates (XTS), from the default window: a problem naming the chart", () => {
    const problems: string[] = [];
    const xts = {id: "xts", type: "rates", title: "Test units", currency: "XTS", to: "2021-06-30"};
    expect(chartSeries([xts as ChartConfig], data(problems))).toEqual({});
    expect(problems).toEqual([
      'chart "xts": no XTS rates from 2021-01-01 to 2021-06-30: add them to data/fx-monthly-fred.csv'
    ]);
  });

  it("labels: a bars chart's, by the figure each labels", () => {
    const labels = amountLabels(charts);
    expect(labels.get("aws_cloud")).toBe("AWS: cloud infrastructure");
    expect(labels.get("chip_subsidies")).toBe("Japan’s government: chip subsidies, FY2021–23");
    expect(labels.size).toBe(5); // the five bars; the timeline's events label events, not amounts
  });

  it("indicators: the rank of its whole, then each share's part and whole", () => {
    expect(chartIndicators(charts).map(({figure, of}) => [figure, of])).toEqual([
      ["imd_rank", "imd_economies"],
      ["unicorns_japan", "unicorns_total"],
      ["ai_training", "population"]
    ]);
  });
});

describe("the charts of a first draft", () => {
  it("the money as bars by rule, and the rates of the main currency", () => {
    const drafted = draftCharts(true, "KRW");
    expect(drafted).toEqual([
      {id: "money", type: "bars", title: "The money in the article, in US dollars", figures: "money"},
      {id: "rates-krw", type: "rates", title: "South Korean won per US dollar", currency: "KRW"}
    ]);
    expect(ratesChartIn(drafted)).toBe(drafted[1]);
    expect(draftCharts(false)).toEqual([]);
    expect(ratesChartIn(draftCharts(true))).toBeUndefined();
  });
});
