// A rate basis: what states an amount of a currency in US dollars, and the two things the pages do with one (the
// reader's own rate, a conversion). Small, for the pages; the bases of the data are made in fx.ts.

// The bases every amount of the data is given, in the order the pages offer them; story.json's default_basis and
// a citation's `@…` name one of them.
export const BASIS_KINDS = ["article", "spot", "mean"] as const;
export type PublishedBasis = (typeof BASIS_KINDS)[number];
// …and the reader's own rate: "custom".
export type BasisKind = PublishedBasis | "custom";

export interface Basis {
  basis: BasisKind;
  currency: string; // ISO 4217 code of the amounts this basis converts: "JPY"
  rate: number; // units of the currency per US dollar
  label: string; // "2021–23 average"
  date: string; // spot: the trading day used, or the month's first day for a monthly mean; article: publication date; else ""
  window_start: string; // mean: first day of the window; spot on a monthly mean: first day of the month; else ""
  window_end: string; // mean: last day of the window; spot on a monthly mean: last day of the month; else ""
  days: number; // mean: trading days (or months, for monthly means) averaged; spot: 1; else 0
  source: string;
  note: string; // what the page must say: a fallback to an earlier day or to a monthly mean; "" when nothing
}

// The fields a basis leaves blank unless it has a date or a window.
export const BLANKS = {date: "", window_start: "", window_end: "", days: 0, note: ""};

// A rate the reader chooses; customBasis(100) is 100 yen per dollar (the story page's slider).
export function customBasis(rate: number): Basis;
export function customBasis(currency: string, rate: number): Basis;
export function customBasis(currencyOrRate: string | number, rate?: number): Basis {
  const [currency, r] = typeof currencyOrRate === "number" ? ["JPY", currencyOrRate] : [currencyOrRate, rate];
  if (!(typeof r === "number" && Number.isFinite(r) && r > 0))
    throw new RangeError(`custom rate ${r} is not a positive number`);
  return {
    ...BLANKS,
    basis: "custom",
    currency,
    rate: r,
    label: "a rate of your choosing",
    source: "chosen by the reader"
  };
}

// 3.9e12 JPY at 153.30 → 25.44e9 USD; USD passes through unchanged.
export function toUsd(value: number, currency: string, basis: Basis): number {
  if (currency === "USD") return value;
  if (basis.currency !== currency)
    throw new RangeError(
      `cannot convert an amount in ${currency} with a ${basis.currency} rate (${basis.label}): use a ${currency} basis`
    );
  return value / basis.rate;
}
