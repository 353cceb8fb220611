// A quantity the extractor reads in an article's text: its place, its kind, its value and unit as printed. Its own
// module, below the extractor and the rules it applies (src/amounts/pre-euro.ts).
import type {Span} from "./sentences.js";

export type Kind = "money" | "count" | "percent" | "rank" | "year" | "date";

export interface Quantity {
  start: number; // UTF-16 offset of the first character (currency symbol included)
  end: number; // UTF-16 offset after the last character (scale word and currency name included)
  text: string; // text.slice(start, end)
  kind: Kind;
  value: number; // the full amount: "US$20-billion" → 20000000000; "40 cents" → 0.4
  unit: string; // ISO 4217 code for money; "%", "rank", "year", "decade", "day" or "" otherwise
  numeral: string; // the digits as printed, or as digits when spelled out: "3.9"; "seven" → "7"
  exponent: number; // the power of ten applied: 12 for "trillion", -2 for "cents"
  range?: "low" | "high"; // one end of "US$5-6 billion"
  sentence?: Span; // the sentence it is in
  // Money whose currency its own words do not give, but its sentence ("… to 19.8 billion in 2030") or the article's
  // home (a bare "$" in a Canadian story): marked for a person to check.
  currencyFrom?: "sentence";
}
