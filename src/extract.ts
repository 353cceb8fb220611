// Every quantity in a text — money, counts, percents, ranks, years — with its span and sentence.
import {PREFIX_BEFORE, PREFIX_LAST, PREFIX_MAX, codeOfPrefix} from "./currency-prefixes.js";
import {CONTEXT_REACH, resolveFamilies, type Ambiguous} from "./currency-context.js";
import {currencyAfter, type Family} from "./currency-words.js";
import {homeOfText} from "./home-currency.js";
import {NUMBER_WORDS, readNumberWords} from "./number-words.js";
import {MONEY_ONLY_SCALES, NUMERAL_SOURCE, parseNumeral, scaleExponent, scaleNumeral} from "./numbers.js";
import {preEuro} from "./pre-euro.js";
import type {Kind, Quantity} from "./quantity.js";
import {sentenceSpans, spanIndexAt} from "./sentences.js";

export type {Kind, Quantity} from "./quantity.js";

export interface ExtractOptions {
  from?: number; // start scanning here (earlier text is still read as context)
  sentences?: boolean; // attach sentence spans (default true)
  published?: string; // the article's date: before the euro, its francs and marks are read by its country
  // The currency of the article's country ("AUD", "ZAR"), when the journalist or the outlet gives it; else the text
  // may make it plain (home-currency.ts). A bare "$" is then that dollar, "R18bn" rand.
  home?: string;
}

// How far reading one amount looks past its own characters, either way. A streaming reader keeps this much
// text before where it resumes, and holds back amounts that end this close to the end of what has arrived.
export const REACH = CONTEXT_REACH + 100;

// Where a quantity can start: a digit or a spelled-out number ("seven", "twenty-five", "half a").
const ANCHOR = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS.join("|")})\b`, "gi");
const NUMERAL = new RegExp(NUMERAL_SOURCE, "y");
const PERCENT = /[ \u00a0]?(?:%|per ?cent(?![\p{L}])|pct(?![\p{L}]))/iuy;
const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const SCALE =
  /(?:[ \u00a0]|-)?((?:lakh|thousand)[ \u00a0-]crores?|trillion|billion|million|thousand|crores?|lakhs?|tln|trn|bil|mil|bln|mln|tn|bn|mn|tr|m|b|k)(?![\p{L}\p{N}])/iuy;
// The full stop of an abbreviation, before a word in lower case: "590 bil. yen", not "$5 mil. The".
const SCALE_STOP = /\.(?=[ \u00a0]+[a-z])/y;
const RANGE = /(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]+to[ \u00a0]+)/y;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;
const AND_GAP = /[ \u00a0]+and[ \u00a0]+/y;
const EQUALS = /[ \u00a0]*=[ \u00a0]*/y;
// "twelve dollars and thirty cents", "4 dollars 25 cents"
const AND_SUBUNIT = /(?:,?[ \u00a0]+and)?[ \u00a0]+(?=\d|[a-z])/iy;
const MONTHS =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/i;
const MONTH_BEFORE = new RegExp(`${MONTHS.source}\\.?[ \\u00a0]$`, "i");
const MONTH_AFTER = new RegExp(`[ \\u00a0]${MONTHS.source}(?![\\p{L}])`, "iuy");
const LETTER = /[\p{L}_]/u;
const WORD_BEFORE = /[\p{L}\p{N}-]/u;

// A numeral written out in full digits, grouped by thousands: "650,000", "1,200,000".
const inFull = (numeral: string) => /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(numeral);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Prefix {
  code: string;
  start: number;
  family?: Family;
  glued?: boolean; // an ISO code with no space before the number
}

// The currency printed just before `at` ("US$", "C $", "¥ ", "USD "), starting no earlier than `floor`.
function prefixBefore(text: string, at: number, floor: number): Prefix | undefined {
  if (at === 0 || !PREFIX_LAST.has(text[at - 1])) return undefined;
  const m = sticky(PREFIX_BEFORE, text, at);
  if (!m || at - m[1].length < floor) return undefined;
  const code = codeOfPrefix(m[1]);
  if (!code) return undefined;
  // An ISO code glued to the number counts only with a scale after it ("USD25m", not "ESP32").
  // (and "SR" for the riyal, which is also many another abbreviation: "SR 71")
  const glued = (/^[A-Z]{3}$/.test(m[1]) && m[1] === code) || /^SR[ \u00a0]?$/.test(m[1]);
  return {code, start: at - m[1].length, family: m[1].trim() === "$" ? "dollar" : undefined, glued};
}

// "R" just before a number ("R18bn", "R180-million"): rand, if the article is South African (see currency-context.ts).
function randBefore(text: string, n: Numeral, floor: number): Prefix | undefined {
  const at = n.start - 1;
  if (text.charCodeAt(at) !== 82 || at < floor || WORD_BEFORE.test(text[at - 1] ?? "")) return undefined;
  return {code: "ZAR", start: at, family: "rand"};
}

interface Numeral {
  start: number;
  end: number;
  numeral: string;
  spelled: boolean;
}

function numeralAt(text: string, at: number): Numeral | undefined {
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) {
    const m = sticky(NUMERAL, text, at)!;
    return {start: at, end: at + m[0].length, numeral: m[0], spelled: false};
  }
  if (at > 0 && WORD_BEFORE.test(text[at - 1])) return undefined;
  const w = readNumberWords(text, at);
  return w && {start: at, end: w.end, numeral: w.numeral, spelled: true};
}

interface Suffix {
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
function suffixAfter(text: string, n: Numeral, hasCurrency: boolean): Suffix {
  const at = n.end;
  const out: Suffix = {end: at, exponent: 0, percent: false, ordinal: false};
  const plus = text.charCodeAt(at) === 43;
  if (!plus) {
    let m = sticky(PERCENT, text, at);
    if (m) return {...out, end: at + m[0].length, percent: true};
    if (!n.spelled && /^\d+$/.test(n.numeral) && (m = sticky(ORDINAL, text, at)))
      return {...out, end: at + m[0].length, ordinal: true};
  }
  const from = plus ? at + 1 : at;
  out.end = from;
  const m = sticky(SCALE, text, from);
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
interface Ambiguity extends Ambiguous {
  quantity: Quantity;
}

function classify(n: Numeral, prefix: Prefix | undefined, s: Suffix, text: string, ambiguous: Ambiguity[]): Quantity {
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
    const before = text.slice(Math.max(0, n.start - 11), n.start);
    if (MONTH_BEFORE.test(before) || sticky(MONTH_AFTER, text, n.end)) return q("date", value, "day");
  }
  return q("count", value, "");
}

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
function readAt(text: string, n: Numeral, floor: number, found: Quantity[], ambiguous: Ambiguity[]): number {
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
    BETWEEN_BEFORE.test(text.slice(Math.max(0, from - 9), from)) ? sticky(AND_GAP, text, at) : null;
  const r = suffix.end === n.end && !n.spelled ? (sticky(RANGE, text, n.end) ?? between(n.end)) : null;
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
    const gap = sticky(RANGE, text, suffix.end) ?? between(suffix.end);
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

export interface Scan {
  quantities: Quantity[];
  next: number; // where a later scan of the same text, grown at its end, resumes
}

// Scans `text` from `from`. When `final` is false the text may still grow: amounts that end within REACH of
// its end are left for the next scan, which resumes at `next` and finds exactly what one scan of the whole
// text would have found there. `home`: the currency of the article's country, when known.
export function scanAmounts(text: string, from: number, final: boolean, home?: string): Scan {
  const found: Quantity[] = [];
  const ambiguous: Ambiguity[] = [];
  const limit = final ? text.length : text.length - REACH;
  let pos = from;
  let next: number;
  ANCHOR.lastIndex = pos;
  for (;;) {
    const m = ANCHOR.exec(text);
    if (!m || m.index >= limit) {
      next = final ? text.length : Math.max(pos, Math.min(limit, m ? m.index : limit) - PREFIX_MAX);
      break;
    }
    const n = numeralAt(text, m.index);
    if (!n) {
      ANCHOR.lastIndex = m.index + 1;
      continue;
    }
    const before = found.length;
    const pending = ambiguous.length;
    const end = readAt(text, n, pos, found, ambiguous);
    if (!final && end > limit) {
      found.length = before;
      ambiguous.length = pending;
      next = pos;
      break;
    }
    pos = end;
    ANCHOR.lastIndex = pos;
  }
  resolveFamilies(text, ambiguous, home);
  let dropped = false;
  for (const a of ambiguous) {
    a.quantity.unit = a.unit;
    if (a.fromHome) a.quantity.currencyFrom = "sentence";
    dropped ||= !a.unit;
  }
  return {quantities: dropped ? found.filter((q) => q.unit || q.kind !== "money") : found, next};
}

// "Japan has spent ¥3.9 trillion (US$25.44 billion)" → ¥3.9 trillion (3.9e12 JPY), US$25.44 billion (25.44e9 USD)
export function extractAmounts(text: string, options: ExtractOptions = {}): Quantity[] {
  const {from = 0, sentences = true, published} = options;
  const out = scanAmounts(text, from, true, options.home ?? homeOfText(text)?.code).quantities;
  if (published) preEuro(text, out, published);
  if (sentences) {
    const spans = sentenceSpans(text);
    for (const q of out) {
      const k = spanIndexAt(spans, q.start);
      if (k >= 0) q.sentence = spans[k];
    }
    currencyFromSentence(text, out);
  }
  return out;
}

// What may follow an amount whose currency its sentence gives: a preposition, a time, punctuation, the end
// ("to 19.8 billion in 2030", "19.8 billion."), never a noun of its own ("3 billion people").
const BARE_AFTER =
  /^(?:[ \u00a0]*(?:$|[.,;:)—–-])|[ \u00a0]+(?:in|by|to|from|for|on|this|next|last|a|an|per|each|over|until|and|or|after|before|since|at)\b)/i;

const COMPARED_BEFORE = /\b(?:to|from|than|versus|vs\.?|against)[ \u00a0]+$/i;

// "rising from 12.4 billion euros this year to 19.8 billion in 2030": a count of millions or more, with no noun
// of its own, in a sentence whose money is all in one currency, is money in that currency, marked as taken from
// the sentence for a person to check.
function currencyFromSentence(text: string, quantities: Quantity[]): void {
  const bySentence = new Map<number, Quantity[]>();
  for (const q of quantities) {
    if (!q.sentence) continue;
    const group = bySentence.get(q.sentence.start);
    if (group) group.push(q);
    else bySentence.set(q.sentence.start, [q]);
  }
  for (const group of bySentence.values()) {
    const units = new Set(group.filter((q) => q.kind === "money").map((q) => q.unit));
    if (units.size !== 1) continue;
    const [unit] = units;
    for (const q of group) {
      if (q.kind !== "count" || q.exponent < 6 || !BARE_AFTER.test(text.slice(q.end, q.end + 12))) continue;
      // …and compared with the money before it: "to 19.8 billion", "up from 2.5 trillion", not "a population of 125 million".
      if (!COMPARED_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))) continue;
      q.kind = "money";
      q.unit = unit;
      q.currencyFrom = "sentence";
    }
  }
}
