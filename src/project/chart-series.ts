// Each chart's series, by chart id: what its type takes from the project (a rates chart's rates, cut to its dates;
// src/charts/rates.ts).
import {chartSeries as seriesOfCharts} from "../charts/story-charts.js";
import type {Problem} from "../inputs/errors.js";
import {defaultWindow} from "../money/fx.js";
import type {FxSeries} from "../money/fx-series.js";
import type {StoryConfig} from "../inputs/story-config.js";
import {PATHS} from "./paths.js";
import type {Project} from "./types.js";

export function chartSeries(
  charts: StoryConfig["charts"],
  fx: Project["fx"],
  series: FxSeries[],
  published: string,
  problems: Problem[]
): Project["chartSeries"] {
  return seriesOfCharts(charts, {
    published,
    window: () => defaultWindow(published || "2000-01-01"), // asked only when needed: it checks the date
    fx,
    series,
    ratesFile: PATHS.fxMonthly,
    problem: (message) => problems.push({file: PATHS.story, message})
  });
}
