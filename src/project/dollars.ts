// Step 5, dollars: constant dollars. Each sum in US$ is restated in the dollars of the publication month (or of
// story.json's `dollars_of`, or the latest CPI month), from the CPI of the months it is in.
import {isCurrency} from "../amounts/currencies.js";
import {cpiMean, cpiMonths, dollarsOf, type CpiPoint, type DollarsOf} from "../money/cpi.js";
import {isIsoDate} from "../inputs/dates.js";
import {parsePeriod} from "../money/period.js";
import type {Project, ResolvedFigure} from "./types.js";

// No `dollars` without CPI-U for the month (or a publication date): then no figure has deflators either.
export function constantDollars(
  cpi: CpiPoint[],
  figures: ResolvedFigure[],
  fx: Project["fx"],
  published: string,
  dollarsOfMonth?: string
): {dollars?: DollarsOf; deflators: Project["deflators"]} {
  const dollars = isIsoDate(published) ? dollarsOf(cpi, published, dollarsOfMonth) : undefined;
  const deflators: Project["deflators"] = {};
  for (const f of dollars ? figures : []) {
    if (!isCurrency(f.unit) || !Number.isFinite(f.value)) continue;
    const period = f.period ? parsePeriod(f.period) : undefined;
    const months = cpiMonths(f, fx[f.id] ?? {}, period, published);
    deflators[f.id] = Object.fromEntries(
      Object.entries(months).flatMap(([k, [s, e]]) => {
        const m = cpiMean(cpi, s, e);
        return m ? [[k, m]] : [];
      })
    );
  }
  return {...(dollars ? {dollars} : {}), deflators};
}
