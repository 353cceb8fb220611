// The window of exchange rates that states an amount of a period in US dollars: money spent over 2021–23 is
// converted at the rates of 2021–23.
import {addMonths, monthEnd, monthName, monthStart} from "../inputs/dates.js";
import type {Period} from "./period.js";

export type WindowKind = "past" | "running" | "ahead";

export interface RateWindow extends Period {
  kind: WindowKind; // past: the period itself; running: its part up to publication; ahead: the latest rates
  why: string; // what the page says about it: "" for a past period
}

// The window of rates that states an amount of `period` (undefined: the publication date) in US dollars, for an
// article published on `published`:
// - a period over by publication: the period itself (2021..2023 → 2021-01-01..2023-12-31);
// - one under way since an earlier month: from its start to the end of the month before publication;
// - one still ahead (or that starts in the month of publication, or the publication date itself): the three
//   whole months before publication, the latest rates a reader of the article could know.
export function rateWindow(period: Period | undefined, published: string): RateWindow {
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const [py, pm] = addMonths(y, m, -1);
  const lastMonthEnd = monthEnd(py, pm);
  if (period && period.end < published) return {...period, kind: "past", why: ""};
  if (period && period.start <= lastMonthEnd)
    return {
      start: period.start,
      end: lastMonthEnd,
      kind: "running",
      why: `the period is still under way at publication, so the rates from its start to ${monthName(monthStart(py, pm))} are used`
    };
  const [sy, sm] = addMonths(y, m, -3);
  return {
    start: monthStart(sy, sm),
    end: lastMonthEnd,
    kind: "ahead",
    why: period
      ? "the money is yet to be spent at publication, so the rates of the three months before it are used"
      : "the amount is of the time of publication, so the rates of the three months before it are used"
  };
}
