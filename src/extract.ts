// Every quantity in a text — money, counts, percents, ranks, years — with its span and sentence.
import {PREFIXES, currencyOfWord, isCurrency} from "./currencies.js";
import {MONEY_ONLY_SCALES, parseNumeral, scaleExponent, scaleNumeral} from "./numbers.js";
import {sentenceSpans, spanIndexAt, type Span} from "./sentences.js";

export type Kind = "money" | "count" | "percent" | "rank" | "year" | "date";

export interface Quantity {
  start: number; // UTF-16 offset of the first character (currency symbol included)
  end: number; // UTF-16 offset after the last character (scale word and currency name included)
  text: string; // text.slice(start, end)
  kind: Kind;
  value: number; // the full amount: "US$20-billion" → 20000000000
  unit: string; // ISO 4217 code for money; "%", "rank", "year", "decade", "day" or "" otherwise
  numeral: string; // the digits as printed: "3.9"
  exponent: number; // the scale word's power of ten: 12 for "trillion"
  range?: "low" | "high"; // one end of "US$5-6 billion"
  sentence?: Span; // the sentence it is in
}

export interface ExtractOptions {
  from?: number; // start scanning here (earlier text is still read as context)
  sentences?: boolean; // attach sentence spans (default true)
}

const RUN = /\d+(?:[,.]\d+)*/g;
const NUMERAL = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+(?!\d))?/y;
const PERCENT = /[ \u00a0]?(?:%|per ?cent(?![\p{L}])|pct(?![\p{L}]))/iuy;
const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const SCALE = /(?:[ \u00a0]|-)?(trillion|billion|million|thousand|crore|lakh|tn|bn|mn|tr|m|b|k)(?![\p{L}\p{N}])/iuy;
const CURRENCY_WORD =
  /[ \u00a0]+((?:(?:new taiwan|nt|taiwan(?:ese)?|hong kong|australian|canadian|singapore|swiss|u\.?s\.?|us)[ \u00a0]+)?(?:dollars?|yen|euros?|pounds?(?:[ \u00a0]+sterling)?|yuan|renminbi|won|rupees?|francs?))(?![\p{L}])/iuy;
const CODE_WORD = /[ \u00a0]+([A-Z]{3})(?![\p{L}])/uy;
const RANGE = /(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]+to[ \u00a0]+)/y;
const MONTHS =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/i;
const MONTH_BEFORE = new RegExp(`${MONTHS.source}\\.?[ \\u00a0]$`, "i");
const MONTH_AFTER = new RegExp(`[ \\u00a0]${MONTHS.source}(?![\\p{L}])`, "iuy");
const LETTER = /[\p{L}_]/u;
// Number words that are quantities in news copy ("seven Japanese firms"); "one" is left out, as it is more
// often a pronoun than a count.
const WORDS =
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " "
  );
const WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(${WORDS.join("|")})(?![\\p{L}\\p{N}-])`, "giu");

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// The currency printed just before `at` ("US$", "¥ ", "USD "), if any.
function prefixBefore(text: string, at: number): {code: string; start: number} | undefined {
  const before = text.slice(Math.max(0, at - 7), at);
  for (const gap of ["", " ", "\u00a0"]) {
    if (gap && !before.endsWith(gap)) continue;
    const head = gap ? before.slice(0, -1) : before;
    for (const [symbol, code] of PREFIXES) {
      if (!head.endsWith(symbol)) continue;
      const start = at - gap.length - symbol.length;
      // Letter codes ("USD", "Rs") need a word boundary before them; symbols do not.
      if (/^[A-Za-z]/.test(symbol) && start > 0 && LETTER.test(text[start - 1])) continue;
      return {code, start};
    }
  }
  return undefined;
}

interface Suffix {
  end: number;
  exponent: number;
  percent: boolean;
  ordinal: boolean;
  currency?: string;
}

// Reads what follows a numeral: a percent sign, an ordinal suffix, a scale word, a currency name.
function suffixAfter(text: string, at: number, integer: boolean, hasCurrency: boolean): Suffix {
  const out: Suffix = {end: at, exponent: 0, percent: false, ordinal: false};
  let m = sticky(PERCENT, text, at);
  if (m) return {...out, end: at + m[0].length, percent: true};
  if (integer && (m = sticky(ORDINAL, text, at))) return {...out, end: at + m[0].length, ordinal: true};
  m = sticky(SCALE, text, at);
  if (m) {
    const word = m[1].toLowerCase();
    const exponent = scaleExponent(word)!;
    // "5m" is five metres and "5k" five kilometres unless money is being counted; "-m" is never a scale.
    const moneyOnly = MONEY_ONLY_SCALES.has(word);
    const hyphenShort = m[0][0] === "-" && word.length < 3;
    if (!hyphenShort && (!moneyOnly || hasCurrency || currencyAhead(text, at + m[0].length))) {
      out.exponent = exponent;
      out.end = at + m[0].length;
    }
  }
  const c = sticky(CURRENCY_WORD, text, out.end);
  const code = c ? currencyOfWord(c[1].replace(/\s+/g, " ")) : undefined;
  if (c && code) return {...out, end: out.end + c[0].length, currency: code};
  const k = sticky(CODE_WORD, text, out.end);
  if (k && isCurrency(k[1])) return {...out, end: out.end + k[0].length, currency: k[1]};
  return out;
}

function currencyAhead(text: string, at: number): boolean {
  const c = sticky(CURRENCY_WORD, text, at);
  return Boolean(c && currencyOfWord(c[1].replace(/\s+/g, " ")));
}

interface Numeral {
  start: number;
  end: number;
  numeral: string;
}

function classify(n: Numeral, prefix: {code: string; start: number} | undefined, s: Suffix, text: string): Quantity {
  const start = prefix ? prefix.start : n.start;
  const base = {start, end: s.end, text: text.slice(start, s.end), numeral: n.numeral, exponent: s.exponent};
  const currency = prefix?.code ?? s.currency;
  if (currency) return {...base, kind: "money", value: scaleNumeral(n.numeral, s.exponent), unit: currency};
  if (s.percent) return {...base, kind: "percent", value: parseNumeral(n.numeral), unit: "%"};
  if (s.ordinal) return {...base, kind: "rank", value: parseNumeral(n.numeral), unit: "rank"};
  const plain = /^\d+$/.test(n.numeral) && s.exponent === 0;
  const value = scaleNumeral(n.numeral, s.exponent);
  if (plain && n.numeral.length === 4 && value >= 1800 && value <= 2100) {
    if (text[n.end] === "s" && !LETTER.test(text[n.end + 1] ?? "")) {
      return {...base, end: n.end + 1, text: text.slice(start, n.end + 1), kind: "year", value, unit: "decade"};
    }
    return {...base, kind: "year", value, unit: "year"};
  }
  if (plain && value >= 1 && value <= 31) {
    const before = text.slice(Math.max(0, n.start - 11), n.start);
    if (MONTH_BEFORE.test(before) || sticky(MONTH_AFTER, text, n.end))
      return {...base, kind: "date", value, unit: "day"};
  }
  return {...base, kind: "count", value, unit: ""};
}

// Finds the numerals in one run of digits and separators: "1,200" → ["1,200"]; "1,2,3" → ["1", "2", "3"].
function* numeralsIn(run: string, offset: number): Generator<Numeral> {
  let i = 0;
  while (i < run.length) {
    NUMERAL.lastIndex = i;
    const m = NUMERAL.exec(run);
    if (!m) {
      i++;
      continue;
    }
    yield {start: offset + i, end: offset + i + m[0].length, numeral: m[0]};
    i += m[0].length;
  }
}

// "Japan has spent ¥3.9 trillion (US$25.44 billion)" → ¥3.9 trillion (3.9e12 JPY), US$25.44 billion (25.44e9 USD)
export function extractAmounts(text: string, options: ExtractOptions = {}): Quantity[] {
  const {from = 0, sentences = true} = options;
  const out: Quantity[] = [];
  const numerals: Numeral[] = [];
  RUN.lastIndex = from;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) for (const n of numeralsIn(m[0], m.index)) numerals.push(n);
  WORD.lastIndex = from;
  const words: Numeral[] = [];
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({start: m.index, end: m.index + m[0].length, numeral: String(WORDS.indexOf(m[0].toLowerCase()) + 2)});
  }
  if (words.length) {
    for (const w of words) numerals.push(w);
    numerals.sort((a, b) => a.start - b.start);
  }

  for (let i = 0; i < numerals.length; i++) {
    const n = numerals[i];
    const prefix = prefixBefore(text, n.start);
    const prev = text[n.start - 1] ?? "";
    // "G7", "A380", "F-35", "v1.2": part of a name, not a quantity.
    if (!prefix && (LETTER.test(prev) || (prev === "-" && LETTER.test(text[n.start - 2] ?? "")) || prev === "."))
      continue;
    const integer = /^\d+$/.test(n.numeral);
    let suffix = suffixAfter(text, n.end, integer, Boolean(prefix));

    // A range: "US$5-6 billion", "5 to 6%", "¥3-¥4 trillion" — the low end takes the high end's scale and unit.
    const next = numerals[i + 1];
    const bare = suffix.end === n.end;
    const r = bare && next ? sticky(RANGE, text, n.end) : null;
    if (r && next) {
      const gapEnd = n.end + r[0].length;
      const nextPrefix = prefixBefore(text, next.start);
      const joined =
        next.start === gapEnd || (nextPrefix && nextPrefix.start === gapEnd && nextPrefix.code === prefix?.code);
      if (joined) {
        const highSuffix = suffixAfter(text, next.end, /^\d+$/.test(next.numeral), Boolean(prefix ?? nextPrefix));
        const shared = highSuffix.exponent > 0 || highSuffix.percent || highSuffix.currency || prefix;
        const bothYears = !shared && /^\d{4}$/.test(n.numeral) && /^\d{4}$/.test(next.numeral);
        if (shared && !bothYears && !highSuffix.ordinal) {
          suffix = {...highSuffix, end: n.end, ordinal: false};
          out.push({...classify(n, prefix, suffix, text), range: "low"});
          out.push({
            ...classify(
              next,
              nextPrefix ?? (prefix ? {code: prefix.code, start: next.start} : undefined),
              highSuffix,
              text
            ),
            range: "high"
          });
          i++;
          continue;
        }
      }
    }
    out.push(classify(n, prefix, suffix, text));
  }

  if (sentences) {
    const spans = sentenceSpans(text);
    for (const q of out) {
      const k = spanIndexAt(spans, q.start);
      if (k >= 0) q.sentence = spans[k];
    }
  }
  return out;
}
