// The quantities a numeral starts: none (a name, an exchange rate), one, or the two ends of a range.
import {classify, type Ambiguity} from "./classify.js";
import {PREFIX_MAX} from "./currency-prefixes.js";
import {parseNumeral, scaleNumeral} from "./numbers.js";
import {GAP, LETTER, firstOf, numeralAt, sticky, type Numeral} from "./numeral-at.js";
import {prefixBefore, randBefore, type Prefix} from "./prefix-before.js";
import type {Quantity} from "./quantity.js";
import {suffixAfter, type Suffix} from "./suffix-after.js";

const RANGE = /(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]+to[ \u00a0]+)/y;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;
const AND_GAP = /[ \u00a0]+and[ \u00a0]+/y;
const EQUALS = /[ \u00a0]*=[ \u00a0]*/y;
const RANGE_FIRST = firstOf(" \u00a0-–—");

// A numeral written out in full digits, grouped by thousands: "650,000", "1,200,000".
const inFull = (numeral: string) => /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(numeral);

// "($1 = 5.03 reais)", "US$1 = ¥150": one unit of a currency set equal to an amount of another is an exchange rate,
// not money of the story. Returns where the rate ends, or -1.
function rateLineEnd(text: string, n: Numeral, prefix: Prefix | undefined, s: Suffix): number {
  if (n.numeral !== "1" || s.exponent !== 0 || !(prefix || s.currency)) return -1;
  const eq = sticky(EQUALS, text, s.end);
  if (!eq) return -1;
  const gapEnd = s.end + eq[0].length;
  let j = gapEnd;
  while (j < gapEnd + PREFIX_MAX && j < text.length && !/\d/.test(text[j])) j++;
  const other = /\d/.test(text[j] ?? "") ? numeralAt(text, j) : undefined;
  if (!other) return -1;
  const otherPrefix = j > gapEnd ? prefixBefore(text, j, gapEnd) : undefined;
  if (j > gapEnd && otherPrefix?.start !== gapEnd) return -1;
  const after = suffixAfter(text, other, Boolean(otherPrefix));
  return after.end >= 0 && (otherPrefix || after.currency) ? after.end : -1;
}

// The quantities a numeral starts: none, one, or the two ends of a range. `floor` is where the scan stands.
export function readAt(text: string, n: Numeral, floor: number, found: Quantity[], ambiguous: Ambiguity[]): number {
  const prefix = n.spelled ? undefined : (prefixBefore(text, n.start, floor) ?? randBefore(text, n, floor));
  const prev = text[n.start - 1] ?? "";
  // "G7", "A380", "F-35", "v1.2": part of a name, not a quantity.
  if (
    !n.spelled &&
    !prefix &&
    (LETTER.test(prev) || (prev === "-" && LETTER.test(text[n.start - 2] ?? "")) || prev === ".")
  )
    return n.end;
  const suffix = suffixAfter(text, n, Boolean(prefix));
  if (suffix.end < 0) return n.end;
  // "1/2 pound of chocolate": a fraction of a unit, not money.
  if (suffix.currency && !prefix && prev === "/" && /\d/.test(text[n.start - 2] ?? "")) return suffix.end;
  if (prefix?.glued && suffix.exponent <= 0) return n.end; // "ESP32", "USD1": a name
  // "R18bn", "R1,500", "R49.99" may be rand; "R2", "R5 motorway" are names.
  if (prefix?.family === "rand" && (suffix.currency || (suffix.exponent < 3 && !/[.,]/.test(n.numeral)))) return n.end;
  const rate = rateLineEnd(text, n, prefix, suffix);
  if (rate >= 0) return rate;
  if (n.spelled && !suffix.currency && !suffix.exponent && !suffix.percent && Number(n.numeral) < 2) return n.end; // "one" is more often a pronoun than a count; "half" needs "a billion"

  // A range: "US$5-6 billion", "5 to 6%", "¥3-¥4 trillion" — the low end takes the high end's scale and unit.
  // "between 10 and 12 billion yen" is a range too.
  const from = prefix?.start ?? n.start;
  const between = (at: number) =>
    GAP.has(text[at]) && GAP.has(text[from - 1]) && BETWEEN_BEFORE.test(text.slice(Math.max(0, from - 9), from))
      ? sticky(AND_GAP, text, at)
      : null;
  const range = (at: number) => (RANGE_FIRST.has(text[at]) ? sticky(RANGE, text, at) : null) ?? between(at);
  const r = suffix.end === n.end && !n.spelled ? range(n.end) : null;
  if (r) {
    const gapEnd = n.end + r[0].length;
    let j = gapEnd;
    while (j < gapEnd + PREFIX_MAX && j < text.length && !/\d/.test(text[j])) j++;
    const next = /\d/.test(text[j] ?? "") ? numeralAt(text, j) : undefined;
    const nextPrefix = next && j > gapEnd ? prefixBefore(text, j, gapEnd) : undefined;
    const joined =
      next && (j === gapEnd || (nextPrefix && nextPrefix.start === gapEnd && nextPrefix.code === prefix?.code));
    if (next && joined) {
      const high = suffixAfter(text, next, Boolean(prefix ?? nextPrefix));
      const shared = high.exponent !== 0 || high.percent || high.currency || prefix;
      const bothYears = !shared && /^\d{4}$/.test(n.numeral) && /^\d{4}$/.test(next.numeral);
      if (high.end >= 0 && shared && !bothYears && !high.ordinal && !high.numeral) {
        // The low end keeps its own scale when it is written in full ("$650,000 to $2.4 million": 650,000, not
        // 650,000 million), or when the high end's scale would make it the larger of the two ("$300 to $5 million").
        const full =
          inFull(n.numeral) ||
          parseNumeral(n.numeral) * 10 ** high.exponent > scaleNumeral(next.numeral, high.exponent);
        const low = classify(
          n,
          prefix,
          {...high, end: n.end, ordinal: false, ...(full ? {exponent: 0} : {})},
          text,
          ambiguous
        );
        const highPrefix = nextPrefix ?? (prefix ? {...prefix, start: next.start} : undefined);
        const top = classify(next, highPrefix, high, text, ambiguous);
        low.range = "low";
        top.range = "high";
        found.push(low, top);
        return top.end;
      }
    }
  }
  // "25 billion to 28 billion euros": each end has its scale, the high end alone its currency, which both share.
  if (!prefix && !suffix.currency && suffix.exponent && !suffix.percent) {
    const gap = range(suffix.end);
    const next = gap ? numeralAt(text, suffix.end + gap[0].length) : undefined;
    const high = next && !next.spelled ? suffixAfter(text, next, false) : undefined;
    if (next && high && high.currency && high.exponent === suffix.exponent) {
      const low = classify(n, undefined, {...suffix, currency: high.currency, family: high.family}, text, ambiguous);
      const top = classify(next, undefined, high, text, ambiguous);
      low.range = "low";
      top.range = "high";
      found.push(low, top);
      return top.end;
    }
  }
  const q = classify(n, prefix, suffix, text, ambiguous);
  found.push(q);
  return Math.max(q.end, n.end);
}
