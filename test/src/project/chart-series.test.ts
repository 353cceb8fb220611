import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {chartSeries} from "../../../src/project/chart-series.js";
import type {StoryConfig} from "../../../src/inputs/story-config.js";
import {files, project} from "../../helpers/project.js";

const series = project.series;
const chart = (fields: object) => [{id: "yen", type: "rates", title: "Yen", currency: "JPY", ...fields}];
const draw = (charts: object[], published = "2024-04-14") => {
  const problems: Problem[] = [];
  const out = chartSeries(charts as StoryConfig["charts"], project.fx, series, published, problems);
  return {out, problems: problems.map(formatProblem)};
};
// The daily yen file's dated rates, read apart from the parsers.
const daily = files.rates
  .trimEnd()
  .split("\n")
  .slice(1)
  .map((l) => l.split(","))
  .filter(([, rate]) => rate);

describe("chartSeries", () => {
  it("cuts the daily rates to a chart's own dates", () => {
    const {out, problems} = draw(chart({from: "2022-01-01", to: "2022-12-31"}));
    expect(problems).toEqual([]);
    const inside = daily.filter(([d]) => d >= "2022-01-01" && d <= "2022-12-31");
    expect(out.yen).toMatchObject({currency: "JPY", frequency: "daily"});
    expect(out.yen.points.map((p) => [p.date, p.rate])).toEqual(inside.map(([d, rate]) => [d, Number(rate)]));
  });

  it("starts by default at the earliest mean window of its currency and ends at publication", () => {
    const {out} = draw(chart({}));
    const starts = Object.values(project.fx).map((b) => b.mean!.window_start);
    const from = starts.sort()[0];
    expect(from).toBe("2021-01-01");
    expect(out.yen.points[0].date).toBe(daily.find(([d]) => d >= from)![0]);
    expect(out.yen.points.at(-1)!.date).toBe("2024-04-12");
  });

  it("takes monthly means where the daily file does not reach", () => {
    const {out} = draw(chart({from: "2010-01-01", to: "2010-12-31"}));
    expect(out.yen.frequency).toBe("monthly");
    expect(out.yen.points.map((p) => p.date.slice(0, 7))).toEqual(
      Array.from({length: 12}, (_, i) => `2010-${String(i + 1).padStart(2, "0")}`)
    );
  });

  it("leaves other charts alone, and names a rates chart with no rates for its dates", () => {
    const {out, problems} = draw([
      {id: "bars", type: "bars", title: "B", bars: []},
      ...chart({from: "1900-01-01", to: "1900-12-31"})
    ]);
    expect(out).toEqual({});
    expect(problems).toEqual([
      'data/story.json: chart "yen": no JPY rates from 1900-01-01 to 1900-12-31: add them to data/fx-monthly-fred.csv'
    ]);
  });
});
