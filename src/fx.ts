// Yen ↔ US dollar normalisation with an explicit rate basis.

export interface DailyRate {
  date: string; // ISO date of a trading day
  rate: number; // yen per US dollar
}

export type BasisKind = "article" | "spot" | "mean" | "custom";

export interface Basis {
  basis: BasisKind;
  rate: number; // yen per US dollar
  label: string; // "2021–23 average"
  date: string; // spot: the trading day used; article: publication date; else ""
  window_start: string; // mean: first day of the window; else ""
  window_end: string; // mean: last day of the window; else ""
  days: number; // mean: trading days averaged; spot: 1; else 0
  source: string;
}

export const RATE_SOURCE = "Federal Reserve H.10, DEXJPUS (noon buying rates in New York)";
export const DEFAULT_WINDOW = {start: "2021-01-01", end: "2023-12-31"};

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

const EMPTY = {date: "", window_start: "", window_end: "", days: 0};

export function articleBasis(rate: number, published: string): Basis {
  return {
    ...EMPTY,
    basis: "article",
    rate,
    label: "the article’s own rate",
    date: published,
    source: "implied by the article’s ¥/US$ pair"
  };
}

export function spotBasis(rates: DailyRate[], date: string): Basis {
  const r = spotRate(rates, date);
  if (!r) throw new RangeError(`no reference rate on or before ${date}`);
  const label = r.date === date ? `rate on ${date}` : `rate on ${r.date}, the last trading day before ${date}`;
  return {...EMPTY, basis: "spot", rate: r.rate, label, date: r.date, days: 1, source: RATE_SOURCE};
}

export function meanBasis(rates: DailyRate[], start = DEFAULT_WINDOW.start, end = DEFAULT_WINDOW.end): Basis {
  const m = meanRate(rates, start, end);
  if (!m) throw new RangeError(`no reference rates between ${start} and ${end}`);
  const label = `${start.slice(0, 4)}–${end.slice(2, 4)} average`;
  return {
    ...EMPTY,
    basis: "mean",
    rate: m.rate,
    label,
    window_start: start,
    window_end: end,
    days: m.days,
    source: RATE_SOURCE
  };
}

export function customBasis(rate: number): Basis {
  if (!(Number.isFinite(rate) && rate > 0)) throw new RangeError(`custom rate ${rate} is not a positive number`);
  return {...EMPTY, basis: "custom", rate, label: "a rate of your choosing", source: "chosen by the reader"};
}

// 3.9e12 JPY at 153.30 → 25.44e9 USD; USD passes through unchanged.
export function toUsd(value: number, currency: string, basis: Basis): number {
  if (currency === "USD") return value;
  if (currency === "JPY") return value / basis.rate;
  throw new RangeError(`no ${currency}/USD rate: only JPY and USD amounts can be normalised`);
}
