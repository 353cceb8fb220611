// Each rates chart's series, cut to its dates: from the averaging window's start to the publication date.
import type {Problem} from "../errors.js";
import {defaultWindow} from "../fx.js";
import type {FxSeries} from "../fx-series.js";
import {isRates} from "../charts/rates.js";
import type {StoryConfig} from "../story.js";
import {PATHS} from "./paths.js";
import type {Project} from "./types.js";

export function chartSeries(
  charts: StoryConfig["charts"],
  fx: Project["fx"],
  series: FxSeries[],
  published: string,
  problems: Problem[]
): Project["chartSeries"] {
  const out: Project["chartSeries"] = {};
  for (const c of charts) {
    if (!isRates(c)) continue;
    // By default from the start of the earliest window among the amounts in its currency.
    const starts = Object.values(fx)
      .map((b) => b.mean)
      .filter((b) => b?.currency === c.currency)
      .map((b) => b!.window_start);
    const from = c.from ?? (starts.length ? starts.sort()[0] : defaultWindow(published || "2000-01-01").start);
    const to = c.to ?? published;
    // Daily rates when they cover the dates (to within a week at either end), else monthly means.
    const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000;
    const covers = (d: FxSeries) =>
      d.points.length > 0 &&
      (d.points[0].date <= from || near(d.points[0].date, from)) &&
      (d.points.at(-1)!.date >= to || near(d.points.at(-1)!.date, to));
    const s =
      series.find((d) => d.currency === c.currency && d.frequency === "daily" && covers(d)) ??
      series.find((d) => d.currency === c.currency && d.frequency === "monthly");
    const points =
      s?.points.filter((d) => d.date >= from.slice(0, s.frequency === "monthly" ? 7 : 10) && d.date <= to) ?? [];
    if (!s || points.length < 2)
      problems.push({
        file: PATHS.story,
        message: `chart "${c.id}": no ${c.currency} rates from ${from} to ${to}: add them to ${PATHS.fxMonthly}`
      });
    else out[c.id] = {...s, points};
  }
  return out;
}
