// A numeral with its prefix and suffix → one quantity: money, a percent, a rank, a year, a day or a count.
import type {Ambiguous} from "./currency-context.js";
import {parseNumeral, scaleNumeral} from "./numbers.js";
import {GAP, LETTER, sticky, type Numeral} from "./numeral-at.js";
import type {Prefix} from "./prefix-before.js";
import type {Kind, Quantity} from "./quantity.js";
import type {Suffix} from "./suffix-after.js";

const MONTHS =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/i;
const MONTH_BEFORE = new RegExp(`${MONTHS.source}\\.?[ \\u00a0]$`, "i");
const MONTH_AFTER = new RegExp(`[ \\u00a0]${MONTHS.source}(?![\\p{L}])`, "iuy");

// One shape for every quantity (fast property access, no spreads in the hot loop).
function quantity(
  text: string,
  start: number,
  end: number,
  kind: Kind,
  value: number,
  unit: string,
  numeral: string,
  exponent: number
): Quantity {
  return {start, end, text: text.slice(start, end), kind, value, unit, numeral, exponent};
}

// Money in a family ("$", "dollars", "francs") waits on `ambiguous` for its sentence to settle its currency.
export interface Ambiguity extends Ambiguous {
  quantity: Quantity;
}

export function classify(
  n: Numeral,
  prefix: Prefix | undefined,
  s: Suffix,
  text: string,
  ambiguous: Ambiguity[]
): Quantity {
  const start = prefix ? prefix.start : n.start;
  const numeral = s.numeral ?? n.numeral;
  // A bare "$" gives way to a currency named after the number ("$5 Australian dollars" is rare but clear).
  const usePrefix = prefix && !(prefix.family && s.currency && !s.family);
  const currency = usePrefix ? prefix.code : (s.currency ?? prefix?.code);
  if (currency) {
    const family = usePrefix ? prefix.family : s.family;
    const q = quantity(text, start, s.end, "money", scaleNumeral(numeral, s.exponent), currency, numeral, s.exponent);
    if (family) ambiguous.push({start, end: s.end, family, unit: currency, quantity: q});
    return q;
  }
  const q = (kind: Kind, value: number, unit: string, end = s.end) =>
    quantity(text, start, end, kind, value, unit, numeral, s.exponent);
  if (s.percent) return q("percent", parseNumeral(n.numeral), "%");
  if (s.ordinal) return q("rank", parseNumeral(n.numeral), "rank");
  const plain = !n.spelled && s.exponent === 0 && /^\d+$/.test(n.numeral);
  const value = scaleNumeral(n.numeral, s.exponent);
  if (plain && n.numeral.length === 4 && value >= 1800 && value <= 2100) {
    if (text[n.end] === "s" && !LETTER.test(text[n.end + 1] ?? "")) return q("year", value, "decade", n.end + 1);
    return q("year", value, "year");
  }
  if (plain && value >= 1 && value <= 31) {
    // "April 14", "14 April": a month with its gap ("14,2" runs neither).
    const before = GAP.has(text[n.start - 1]) && MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 11), n.start));
    if (before || (GAP.has(text[n.end]) && sticky(MONTH_AFTER, text, n.end))) return q("date", value, "day");
  }
  return q("count", value, "");
}
