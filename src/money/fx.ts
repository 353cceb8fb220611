// Any currency ↔ US dollar normalisation with an explicit rate basis: the bases made from the rate series.
import {BLANKS, type Basis, type BasisKind} from "./basis.js";
import {CURRENCIES} from "../amounts/currencies.js";
import {isIsoDate, isoDay, monthEndOf, monthName, monthStart} from "../inputs/dates.js";
import {describePeriod, parsePeriod} from "./period.js";
import {fredCountryOf} from "./fred-countries.js";
import {OTHER_RATES_FILE, dailySeries, type FxSeries, type RatePoint} from "./fx-series.js";

export type DailyRate = RatePoint; // a trading day's rate, units of the currency per US dollar

export const MAX_GAP_DAYS = 7; // the longest stretch without a rate that a spot or mean rate may bridge

const DAY = 86_400_000;
const WEEKDAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY);

export function checkDate(date: string, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} "${date}" is not an ISO date (YYYY-MM-DD)`);
}

// The rate on `date`, or on the last trading day before it.
export function spotRate(rates: DailyRate[], date: string): DailyRate | undefined {
  let found: DailyRate | undefined;
  for (const r of rates) {
    if (r.date > date) break;
    found = r;
  }
  return found;
}

export function meanRate(rates: DailyRate[], start: string, end: string): {rate: number; days: number} | undefined {
  let sum = 0;
  let days = 0;
  for (const r of rates) {
    if (r.date >= start && r.date <= end) {
      sum += r.rate;
      days++;
    }
  }
  return days ? {rate: sum / days, days} : undefined;
}

// US dollars need no rate: every basis of USD is 1.
function dollarBasis(basis: BasisKind): Basis {
  return {...BLANKS, basis, currency: "USD", rate: 1, label: "US dollars, not converted", source: ""};
}

const find = (series: FxSeries[], currency: string, frequency: FxSeries["frequency"]) =>
  series.find((s) => s.currency === currency && s.frequency === frequency && s.points.length);

// What to add for a month with no rate: "add a row for Euro 2026-09-01 to data/fx-monthly-fred.csv".
function missingMonth(series: FxSeries[], currency: string, month: string): RangeError {
  const file = find(series, currency, "monthly")?.file ?? series.find((s) => s.frequency === "monthly")?.file;
  const where = file ?? "the monthly rates file (data/fx-monthly-fred.csv)";
  const entry = fredCountryOf(currency);
  const last = find(series, currency, "monthly")?.points.at(-1)?.date;
  const daily = find(series, currency, "daily");
  let what: string;
  if (!file && daily) what = `add its daily rates to ${daily.file} (no monthly rates were given)`;
  else if (entry?.replacedBy && last && `${month}-01` > last)
    what = `${currency} was replaced by ${entry.replacedBy} after ${last.slice(0, 7)}: state the amount in ${entry.replacedBy}`;
  else if (entry && last && `${month}-01` > last)
    what = `the ${entry.country} series in ${where} ends in ${last.slice(0, 7)}, more than ${EDGE_MONTHS} months before; run npm run update-reference to fetch the newest rates, or add its monthly rates up to ${month} in units per US dollar, one row a month`;
  else if (entry) what = `add a row for ${entry.country} ${month}-01 to ${where}`;
  else if (last)
    what = `the ${currency} rates in ${where} end in ${last.slice(0, 7)}; add its rows up to ${month} (${month}-01,${currency},<units per US dollar>)`;
  else
    what = `no file in data/ has ${currency} rates: add its monthly means to ${OTHER_RATES_FILE}, a row a month from the first month the story needs (${month}-01,${currency},<units of ${currency} per US dollar>; header date,currency,per_usd), and a row for that file, with its source, in data/sources.csv`;
  return new RangeError(`no ${currency} rate for ${month}: ${what}`);
}

// How far past the end of the monthly rates an article may be dated and still be stated in US$ at the latest month
// the data has (the page says which): a July 2026 story while the series end in June 2026.
export const EDGE_MONTHS = 3;

const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

// The last month of a currency's monthly rates, when `month` is past it by at most EDGE_MONTHS.
function edgeMonth(series: FxSeries[], currency: string, month: string): RatePoint | undefined {
  const last = find(series, currency, "monthly")?.points.at(-1);
  if (!last || month <= last.date.slice(0, 7)) return undefined;
  return monthsBetween(last.date, `${month}-01`) <= EDGE_MONTHS ? last : undefined;
}

// The monthly mean of `date`'s month as a spot basis, with the note the page shows; for a month just past the end
// of the data, the latest month's.
function monthBasis(series: FxSeries[], currency: string, date: string, why: string): Basis {
  const month = date.slice(0, 7);
  const monthly = find(series, currency, "monthly");
  const exact = monthly?.points.find((p) => p.date.startsWith(month));
  const point = exact ?? edgeMonth(series, currency, month);
  if (!monthly || !point) throw missingMonth(series, currency, month);
  const label = `${monthName(point.date)} monthly average`;
  return {
    ...BLANKS,
    basis: "spot",
    currency,
    rate: point.rate,
    label,
    date: point.date,
    window_start: point.date,
    window_end: monthEndOf(point.date),
    days: 1,
    source: monthly.source,
    note: exact
      ? `${why}: the ${label} is used`
      : `${why}, and the rates in ${monthly.file} end in ${monthName(point.date)}: the latest, the ${label}, is used`
  };
}

// The publication-day rate: the daily rate on `date` (or the last trading day before it, at most 7 days back),
// else the month's mean when there is no daily data for the currency or the date is after its end.
export function publicationBasis(series: FxSeries[], currency: string, date: string): Basis {
  checkDate(date, "date");
  if (currency === "USD") return {...dollarBasis("spot"), date};
  const daily = find(series, currency, "daily");
  if (!daily) return monthBasis(series, currency, date, `no daily ${currency} rates in the data`);
  const [first, last] = [daily.points[0].date, daily.points.at(-1)!.date];
  if (date > last)
    return monthBasis(series, currency, date, `no daily ${currency} rate for ${date} (${daily.file} ends ${last})`);
  if (date < first)
    return monthBasis(series, currency, date, `no daily ${currency} rate for ${date} (${daily.file} starts ${first})`);
  const r = spotRate(daily.points, date)!;
  const gap = daysBetween(r.date, date);
  if (gap > MAX_GAP_DAYS)
    throw new RangeError(
      `no ${currency} rate within ${MAX_GAP_DAYS} days before ${date}: the last one in ${daily.file} is on ${r.date}, ${gap} days earlier; add the missing daily rates`
    );
  const same = r.date === date;
  return {
    ...BLANKS,
    basis: "spot",
    currency,
    rate: r.rate,
    label: same ? `rate on ${date}` : `rate on ${r.date}, the last trading day before ${date}`,
    date: r.date,
    days: 1,
    source: daily.source,
    note: same
      ? ""
      : `no rate on ${date} (a ${WEEKDAYS[new Date(utc(date)).getUTCDay()]}): the last trading day before it, ${r.date}, is used`
  };
}

// "2021-01-01", "2023-12-31" → "2021–23"; one calendar year → "2023"; else "2024-01-15 to 2024-03-31".
// Whole months: "2025-06-01", "2025-08-31" → "June–August 2025"; "2024-12-01", "2025-02-28" → "December 2024–February 2025".
function windowName(start: string, end: string): string {
  const [y0, y1] = [start.slice(0, 4), end.slice(0, 4)];
  const wholeMonths = start.endsWith("-01") && end === monthEndOf(end);
  if (wholeMonths && !(start.endsWith("-01-01") && end.endsWith("-12-31"))) {
    const [a, b] = [monthName(start), monthName(end)];
    if (a === b) return a;
    return y0 === y1 ? `${a.split(" ")[0]}–${b}` : `${a}–${b}`;
  }
  if (!(start.endsWith("-01-01") && end.endsWith("-12-31"))) return `${start} to ${end}`;
  if (y0 === y1) return y0;
  return `${y0}–${y0.slice(0, 2) === y1.slice(0, 2) ? y1.slice(2) : y1}`;
}

// Whether daily points cover [start, end] with no stretch of more than 7 days without a rate.
function coversWindow(points: RatePoint[], start: string, end: string): boolean {
  let previous = start;
  let any = false;
  for (const p of points) {
    if (p.date < start) continue;
    if (p.date > end) break;
    if (daysBetween(previous, p.date) > MAX_GAP_DAYS) return false;
    [previous, any] = [p.date, true];
  }
  return any && daysBetween(previous, end) <= MAX_GAP_DAYS;
}

// The mean rate over a window: of the daily rates when daily data covers it, else of the monthly means of the
// months it touches (2021-01-01..2023-12-31 → 36 months).
export function windowMeanBasis(series: FxSeries[], currency: string, start: string, end: string): Basis {
  checkDate(start, "window start");
  checkDate(end, "window end");
  if (end < start) throw new RangeError(`window ${start}..${end} ends before it starts`);
  const window = {window_start: start, window_end: end};
  if (currency === "USD") return {...dollarBasis("mean"), ...window};
  const name = windowName(start, end);
  const daily = find(series, currency, "daily");
  if (daily && coversWindow(daily.points, start, end)) {
    const m = meanRate(daily.points, start, end)!;
    const label = `${name} average`;
    return {...BLANKS, basis: "mean", currency, rate: m.rate, label, ...window, days: m.days, source: daily.source};
  }
  const monthly = find(series, currency, "monthly");
  const rates = new Map(monthly?.points.map((p) => [p.date.slice(0, 7), p.rate]));
  const months: string[] = [];
  for (let y = Number(start.slice(0, 4)), m = Number(start.slice(5, 7)); ; m === 12 ? (y++, (m = 1)) : m++) {
    const month = monthStart(y, m).slice(0, 7);
    if (month > end.slice(0, 7)) break;
    months.push(month);
  }
  // Months just past the end of the data are left out (the latest month stands in when none is left).
  const edge = months.filter((month) => !rates.has(month) && edgeMonth(series, currency, month));
  let used = months.filter((month) => !edge.includes(month));
  if (!used.length && edge.length) used = [monthly!.points.at(-1)!.date.slice(0, 7)];
  let sum = 0;
  for (const month of used) {
    const rate = rates.get(month);
    if (rate === undefined) throw missingMonth(series, currency, month);
    sum += rate;
  }
  const [first, last] = [`${used[0]}-01`, `${used.at(-1)}-01`];
  const span = first === last ? monthName(first) : `${monthName(first)}–${monthName(last)}`;
  const cut = edge.length
    ? `; the rates in ${monthly!.file} end in ${monthName(monthly!.points.at(-1)!.date)}, so ${edge.length === 1 ? monthName(`${edge[0]}-01`) : `${monthName(`${edge[0]}-01`)}–${monthName(`${edge.at(-1)}-01`)}`} ${edge.length === 1 ? "is" : "are"} left out`
    : "";
  return {
    ...BLANKS,
    basis: "mean",
    currency,
    rate: sum / used.length,
    label: `${name} average of monthly means`,
    ...window,
    days: used.length,
    source: monthly!.source,
    note: `no daily ${currency} rates cover ${start}..${end}: the mean of the ${used.length} monthly averages ${span} is used${cut}`
  };
}

// The years an article refers to (those up to its publication year) or else the three calendar years before it:
// "2024-04-14" → 2021-01-01..2023-12-31; "2024-04-14", [2022, 2024] → 2022-01-01..2024-04-14 (never after it).
export function defaultWindow(published: string, referredYears: number[] = []): {start: string; end: string} {
  checkDate(published, "publication date");
  const year = Number(published.slice(0, 4));
  const years = referredYears.filter((y) => Number.isInteger(y) && y <= year);
  const [from, to] = years.length ? [Math.min(...years), Math.max(...years)] : [year - 3, year - 1];
  const end = `${to}-12-31`;
  return {start: `${from}-01-01`, end: end > published ? published : end};
}

// ¥3.9 trillion = US$25.44 billion → 153.30 yen per dollar, as of the publication date.
export function articleBasis(currency: string, rate: number, published: string): Basis {
  return {
    ...BLANKS,
    basis: "article",
    currency,
    rate,
    label: "the article’s own rate",
    date: published,
    source: `implied by the article’s ${(CURRENCIES[currency]?.symbol ?? currency).trim()}/US$ pair`
  };
}

// Whether money of `period` lies outside the article's time, the three months before publication: its period, for
// readers ("2021–2023"), or "" when it lies within (or has no period). "2021..2023" published 2024-04-14 → "2021–2023".
export function outsideArticleTime(period: string, published: string): string {
  const p = period ? parsePeriod(period) : undefined;
  if (!p || !isIsoDate(published)) return "";
  const d = new Date(`${published}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 3);
  const from = isoDay(d);
  return p.end < from || p.start > published ? describePeriod(period) : "";
}

// The article's basis of an amount of another time: the mean of its own time, saying so.
export function articleElsewhen(mean: Basis, period: string): Basis {
  const why = `the article’s own rate is of its own time; this money is of ${period}, so it is at the ${mean.label}`;
  return {...mean, basis: "article", note: [why, mean.note].filter(Boolean).join("; ")};
}

// The article's basis of an amount in a currency the article prints no US$ conversion of: the rate at publication,
// saying so.
export function articleUnprinted(spot: Basis): Basis {
  const why = `the article prints no ${spot.currency}/US$ rate, so its own rate is the one at publication`;
  return {...spot, basis: "article", note: [why, spot.note].filter(Boolean).join("; ")};
}

// The seed's daily-only bases (no monthly fallback): the spot rate on `date`, and the mean over a window.
export const spotBasis = (rates: DailyRate[], date: string, currency = "JPY"): Basis =>
  publicationBasis([dailySeries(rates, currency)], currency, date);
export const meanBasis = (rates: DailyRate[], start: string, end: string, currency = "JPY"): Basis =>
  windowMeanBasis([dailySeries(rates, currency)], currency, start, end);
