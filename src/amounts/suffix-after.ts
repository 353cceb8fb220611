// What follows a numeral: a percent sign, an ordinal, a scale word, a currency name or sub-unit.
import {currencyAfter, type Family} from "./currency-words.js";
import {MONEY_ONLY_SCALES, scaleExponent} from "./numbers.js";
import {firstOf, numeralAt, sticky, type Numeral} from "./numeral-at.js";

const PERCENT = /[ \u00a0]?(?:%|per ?cent(?![\p{L}])|pct(?![\p{L}]))/iuy;
const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const SCALE =
  /(?:[ \u00a0]|-)?((?:lakh|thousand)[ \u00a0-]crores?|trillion|billion|million|thousand|crores?|lakhs?|tln|trn|bil|mil|bln|mln|tn|bn|mn|tr|m|b|k)(?![\p{L}\p{N}])/iuy;
// What each can start with (a scale word case-insensitively, so the Kelvin sign too, which folds to "k").
const PERCENT_FIRST = firstOf(" \u00a0%pP");
const ORDINAL_FIRST = firstOf("snrt");
const SCALE_FIRST = firstOf(" \u00a0-ltbmckLTBMCK\u212a");
// The full stop of an abbreviation, before a word in lower case: "590 bil. yen", not "$5 mil. The".
const SCALE_STOP = /\.(?=[ \u00a0]+[a-z])/y;
// "twelve dollars and thirty cents", "4 dollars 25 cents"
const AND_SUBUNIT = /(?:,?[ \u00a0]+and)?[ \u00a0]+(?=\d|[a-z])/iy;

export interface Suffix {
  end: number;
  exponent: number;
  percent: boolean;
  ordinal: boolean;
  currency?: string;
  family?: Family;
  numeral?: string; // set when a sub-unit tail changed the numeral: "4 dollars 25 cents" → "4.25"
}

// Reads what follows a numeral: a percent sign, an ordinal suffix, a scale word, a currency name or sub-unit,
// "+" for an open-ended amount ("$50+ billion").
export function suffixAfter(text: string, n: Numeral, hasCurrency: boolean): Suffix {
  const at = n.end;
  const out: Suffix = {end: at, exponent: 0, percent: false, ordinal: false};
  const plus = text.charCodeAt(at) === 43;
  if (!plus) {
    let m = PERCENT_FIRST.has(text[at]) ? sticky(PERCENT, text, at) : null;
    if (m) return {...out, end: at + m[0].length, percent: true};
    if (ORDINAL_FIRST.has(text[at]) && !n.spelled && /^\d+$/.test(n.numeral) && (m = sticky(ORDINAL, text, at)))
      return {...out, end: at + m[0].length, ordinal: true};
  }
  const from = plus ? at + 1 : at;
  out.end = from;
  const m = SCALE_FIRST.has(text[from]) ? sticky(SCALE, text, from) : null;
  if (m) {
    const word = m[1].toLowerCase();
    // "5m" is five metres and "5k" five kilometres unless money is being counted; "-m" is never a scale.
    const moneyOnly = MONEY_ONLY_SCALES.has(word);
    const hyphenShort = m[0][0] === "-" && word.length < 3;
    const end = from + m[0].length + (word.length === 3 && sticky(SCALE_STOP, text, from + m[0].length) ? 1 : 0);
    if (!hyphenShort && (!moneyOnly || hasCurrency || currencyAfter(text, end))) {
      out.exponent = scaleExponent(word)!;
      out.end = end;
    }
  }
  const c = currencyAfter(text, out.end);
  if (c) {
    out.end = c.end;
    out.currency = c.code;
    out.family = c.family;
    out.exponent += c.exponent;
    if (c.exponent === 0 && out.exponent === 0 && /^\d+$/.test(n.numeral)) subunitTail(text, n.numeral, out);
  }
  // "5+ years" is not open-ended money; "$50+" is.
  if (plus && !out.currency && !hasCurrency) return {...out, end: at, exponent: 0};
  if (!plus && !out.currency && text[out.end] === "-" && n.spelled) out.end = -1; // "three-year": not a quantity
  return out;
}

// After "12 dollars": " and thirty cents", " 25 cents" → numeral "12.30" in the same currency.
function subunitTail(text: string, whole: string, out: Suffix): void {
  const a = sticky(AND_SUBUNIT, text, out.end);
  if (!a) return;
  const n = numeralAt(text, out.end + a[0].length);
  if (!n || !/^\d{1,2}$/.test(n.numeral)) return;
  const c = currencyAfter(text, n.end);
  // Cents of the same currency; bare "cents" go with any main unit but the pound, which has pence.
  if (!c || c.exponent !== -2 || (c.code !== out.currency && !(c.family && out.currency !== "GBP"))) return;
  out.numeral = `${whole}.${n.numeral.padStart(2, "0")}`;
  out.end = c.end;
}
