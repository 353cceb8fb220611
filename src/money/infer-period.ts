// The time an amount of money refers to, read from its sentence: "…will rise to 35.3 trillion won next year" →
// 2026 for an article of 2025. (A period as figures.csv writes it is period.ts; the rates that state it in US
// dollars, rate-window.ts.)
import {MONTH_NAMES as MONTHS, addMonths, monthEnd, monthStart} from "../inputs/dates.js";
import type {Period} from "./period.js";

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  "twenty-four": 24
};
const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);

// Fiscal years by currency: Japan's, India's and South Africa's run April to March, named for the year they start
// ("fiscal 2024" → 2024-04..2025-03); the US federal year runs October to September, and Australia's July to June,
// named for the year they end.
const FISCAL: Record<string, {month: number; named: "start" | "end"}> = {
  JPY: {month: 4, named: "start"},
  INR: {month: 4, named: "start"},
  USD: {month: 10, named: "end"},
  GBP: {month: 4, named: "start"},
  CAD: {month: 4, named: "start"},
  AUD: {month: 7, named: "end"},
  ZAR: {month: 4, named: "start"},
  NZD: {month: 7, named: "end"}
};
function fiscalYear(year: number, currency: string): Period {
  const f = FISCAL[currency];
  if (!f) return {start: `${year}-01-01`, end: `${year}-12-31`};
  const y0 = f.named === "start" ? year : year - 1;
  const [y1, m1] = addMonths(y0, f.month, 11);
  return {start: monthStart(y0, f.month), end: monthEnd(y1, m1)};
}

// The fiscal year that runs across two calendar years, "2020/21" (A$) → 2020-07..2021-06; a currency without a
// fiscal calendar of its own → the two years.
function fiscalAcross(a: number, currency: string): Period {
  const f = FISCAL[currency];
  return f ? fiscalYear(f.named === "start" ? a : a + 1, currency) : years(a, a + 1);
}

const years = (a: number, b: number): Period => ({start: `${a}-01-01`, end: `${b}-12-31`});
// "25" after "2021–" → 2025
const fullYear = (y: string, after: number) => (y.length === 2 ? Math.floor(after / 100) * 100 + Number(y) : Number(y));

export interface PeriodCue {
  period: Period;
  cue: string; // the words it was read from: "last year's"
  at: number; // their offset in the text
}

const NUM = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four)";
const YEAR = "((?:19|20)\\d{2})";

// The cues a sentence gives for the time its money refers to, each with the period it means for an article
// published on `published`: "since 2021" → 2021-01-01..published; "over the next five years" → the five years
// from the month after publication; "in fiscal 2024" (yen) → 2024-04..2025-03.
export function periodCues(text: string, published: string, currency = ""): PeriodCue[] {
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const out: PeriodCue[] = [];
  // The `n` months from the month after publication, as the registry reads money yet to come.
  const ahead = (n: number): Period => {
    const [y0, m0] = addMonths(y, m, 1);
    const [y1, m1] = addMonths(y, m, n);
    return {start: monthStart(y0, m0), end: monthEnd(y1, m1)};
  };
  const rules: [RegExp, (g: string[]) => Period | undefined][] = [
    // A span with its start: "for a period of three years starting from April 1, 2019" → 2019-04..2022-03; with
    // none, "for a period of seven years" runs from the month after publication.
    [
      new RegExp(
        `\\b(?:for|over)\\s+(a\\s+(?:period|span|term)\\s+of\\s+)?${NUM}\\s+(years|months)\\b(?:,?\\s+(?:(?:starting|beginning|commencing|effective|with\\s+effect)(?:\\s+(?:from|on|in))?|from)\\s+(?:(${MONTHS.join("|")})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS.join("|")}),?\\s+)?${YEAR}\\b)?`,
        "gi"
      ),
      (g) => {
        const months = count(g[2]) * (g[3].toLowerCase() === "years" ? 12 : 1);
        if (!g[6]) return g[1] ? ahead(months) : undefined;
        const name = (g[4] ?? g[5] ?? "January").toLowerCase();
        const [y0, m0] = [Number(g[6]), MONTHS.findIndex((n) => n.toLowerCase() === name) + 1];
        const [y1, m1] = addMonths(y0, m0, months - 1);
        return {start: monthStart(y0, m0), end: monthEnd(y1, m1)};
      }
    ],
    [
      new RegExp(`\\b(?:in\\s+)?the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+${YEAR})?`, "gi"),
      (g) => {
        const q = ["first", "second", "third", "fourth"].indexOf(g[1].toLowerCase());
        // A quarter with no year is the latest one of that name by publication.
        const year = g[2] ? Number(g[2]) : q * 3 + 1 > m ? y - 1 : y;
        return {start: monthStart(year, q * 3 + 1), end: monthEnd(year, q * 3 + 3)};
      }
    ],
    [
      new RegExp(
        `\\b(?:between|from|for)\\s+(?:fiscal\\s+(?:year\\s+)?)?${YEAR}\\s+(?:and|to|through|until|till)\\s+${YEAR}\\b`,
        "gi"
      ),
      (g) => (Number(g[2]) >= Number(g[1]) ? years(Number(g[1]), Number(g[2])) : undefined)
    ],
    [
      new RegExp(`\\b(?:FY|fiscal(?:\\s+years?)?\\s*)${YEAR}\\s*[-–—]\\s*(\\d{2}|\\d{4})\\b`, "gi"),
      (g) => {
        const [a, b] = [Number(g[1]), fullYear(g[2], Number(g[1]))];
        return b >= a ? {start: fiscalYear(a, currency).start, end: fiscalYear(b, currency).end} : undefined;
      }
    ],
    [new RegExp(`\\b(?:FY\\s?|fiscal\\s+(?:year\\s+)?)${YEAR}\\b`, "gi"), (g) => fiscalYear(Number(g[1]), currency)],
    // Two consecutive years are the fiscal year across them where the currency has one: "2020/21" (A$),
    // "in 2012-2013" (rand) → 2012-04..2013-03; "2023-25" stays the three years.
    [
      new RegExp(`\\b${YEAR}\\s*([-–—/])\\s*(\\d{2}|\\d{4})\\b`, "g"),
      (g) => {
        const [a, b] = [Number(g[1]), fullYear(g[3], Number(g[1]))];
        // (Not the dollar's "2023-24": the US federal year is never written so, and most dollars are not federal.)
        const fiscal = g[2] === "/" || (FISCAL[currency] && currency !== "USD");
        if (b === a + 1 && fiscal) return fiscalAcross(a, currency);
        return b > a && b - a < 30 && g[2] !== "/" ? years(a, b) : undefined;
      }
    ],
    // "the fiscal year that ends in June 2020" → 2019-07..2020-06; "the fiscal ending in March" → the twelve
    // months to the first March from publication.
    [
      new RegExp(
        `\\bfiscal(?:\\s+year)?\\s+(?:that\\s+|which\\s+)?end(?:s|ing)?\\s+(?:in\\s+)?(${MONTHS.join("|")})(?:\\s+${YEAR})?`,
        "gi"
      ),
      (g) => {
        const month = MONTHS.findIndex((n) => n.toLowerCase() === g[1].toLowerCase()) + 1;
        const year = g[2] ? Number(g[2]) : month >= m ? y : y + 1;
        const [y0, m0] = addMonths(year, month, -11);
        return {start: monthStart(y0, m0), end: monthEnd(year, month)};
      }
    ],
    [new RegExp(`\\bsince\\s+${YEAR}\\b`, "gi"), (g) => ({start: `${g[1]}-01-01`, end: published})],
    // A level reached by a year is of that year: "a market size of $1tn by 2030" → 2030.
    [
      new RegExp(
        `(?<=\\b(?:reach(?:es|ed)?|hits?|tops?|exceeds?|(?:grows?|rises?|climbs?)\\s+to|be\\s+worth)\\b[^.;,]{0,80})\\bby\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}\\b`,
        "gi"
      ),
      (g) => years(Number(g[1]), Number(g[1]))
    ],
    // Money until a year runs from the month after publication: "the scheme will run till 2037" → 2023-09..2037-12.
    [
      new RegExp(`\\b(?:by|until|till|through|to)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}\\b`, "gi"),
      (g) => {
        const until = {start: ahead(1).start, end: `${g[1]}-12-31`};
        // (Published in December of that year: from publication.)
        return until.start <= until.end ? until : Number(g[1]) === y ? {...until, start: published} : undefined;
      }
    ],
    // "By the end of September" (published in November): the level on 30 September; a month still ahead: until then.
    [
      new RegExp(`\\bby\\s+the\\s+end\\s+of\\s+(${MONTHS.join("|")})(?:,?\\s+${YEAR})?\\b`, "gi"),
      (g) => {
        const month = MONTHS.findIndex((n) => n.toLowerCase() === g[1].toLowerCase()) + 1;
        const end = monthEnd(g[2] ? Number(g[2]) : y, month);
        if (end < published) return {start: end, end};
        return {start: ahead(1).start <= end ? ahead(1).start : published, end};
      }
    ],
    [
      new RegExp(`\\b(?:in|for|during|of|over)\\s+(?:the\\s+)?(?:(?:calendar|budget)\\s+year\\s+)?${YEAR}\\b`, "gi"),
      (g) => years(Number(g[1]), Number(g[1]))
    ],
    // A budget or bill named by its year: "the Malaysia Madani Budget 2024", "Supply Bill 2024" → 2024.
    [new RegExp(`\\b(?:budget|bill)\\s+${YEAR}\\b`, "gi"), (g) => years(Number(g[1]), Number(g[1]))],
    [
      new RegExp(`\\b${YEAR}(?:'s|’s)?\\s+(?:budget|spending|plan|fund)`, "gi"),
      (g) => years(Number(g[1]), Number(g[1]))
    ],
    [/\blast\s+year(?:'s|’s)?\b|\ba\s+year\s+(?:earlier|ago)\b|\bprevious\s+year\b/gi, () => years(y - 1, y - 1)],
    [/\bthis\s+year(?:'s|’s)?\b|\bthe\s+current\s+year\b/gi, () => years(y, y)],
    [/\bnext\s+year(?:'s|’s)?\b|\bthe\s+coming\s+year\b/gi, () => years(y + 1, y + 1)],
    [/\bnext\s+fiscal\s+year\b/gi, () => fiscalYear(y + 1, currency)],
    [/\b(?:in|over|during|within)\s+the\s+(?:next|coming)\s+decade\b/gi, () => ahead(120)],
    [
      new RegExp(`\\b(?:in|over|during)\\s+the\\s+(?:past|last|previous)\\s+${NUM}\\s+years\\b`, "gi"),
      (g) => {
        const [y0, m0] = addMonths(y, m, -12 * count(g[1]));
        return {start: monthStart(y0, m0), end: published};
      }
    ],
    [
      new RegExp(
        `\\b(?:in|over|during|within)\\s+the\\s+(?:next|coming|following)\\s+${NUM}\\s+(years|months)\\b`,
        "gi"
      ),
      (g) => ahead(count(g[1]) * (g[2].toLowerCase() === "years" ? 12 : 1))
    ],
    // A span with no start of its own runs from publication: "over 10 years", "paid within 10 years of
    // registration", "a 20-year strategy", "over a decade".
    [
      new RegExp(`\\b(?:over|within)\\s+(?:a\\s+(decade)|${NUM}\\s+years\\b(?!\\s+(?:ago|old|earlier)))`, "gi"),
      (g) => ahead(g[1] ? 120 : 12 * count(g[2]))
    ],
    [new RegExp(`\\b${NUM}-year\\b(?!-old)`, "gi"), (g) => ahead(12 * count(g[1]))],
    [
      /\blast\s+month\b/gi,
      () => ((p) => ({start: monthStart(p[0], p[1]), end: monthEnd(p[0], p[1])}))(addMonths(y, m, -1))
    ]
  ];
  const taken: [number, number][] = [];
  for (const [re, make] of rules) {
    for (const g of text.matchAll(re)) {
      const at = g.index!;
      const end = at + g[0].length;
      if (taken.some(([a, b]) => at < b && end > a)) continue; // a longer cue already read these words
      const period = make([...g]);
      if (!period) continue;
      taken.push([at, end]);
      out.push({period, cue: g[0], at});
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

// The period of an amount: the cue nearest to it in its clause, else in its sentence; undefined (the publication
// date) when the sentence gives none. `clause` and `sentence` are spans of `text`; `at` is the amount's offset.
// `others` are the sentence's other amounts, each with its clause: a cue that follows one of them in a later clause
// is that amount's, not this one's ("US$52.7 billion …, or the 43 billion euros … by 2030": 2030 is the euros').
export function inferPeriod(
  text: string,
  amount: {start: number; end: number},
  spans: {clause: {start: number; end: number}; sentence: {start: number; end: number}},
  published: string,
  currency = "",
  others: {start?: number; end: number; clause: {start: number; end: number}}[] = []
): PeriodCue | undefined {
  // (A clause before this one lends its time: "will spend 300 billion yen next year, and US$40 million on a lab".)
  const theirs = (at: number) =>
    others.some((o) => o.clause.start > spans.clause.start && at >= o.end && at < o.clause.end);
  // A time after a conjunction that opens the next amount's words is that amount's: "in 2021 spending was RM64.3
  // billion while in 2022 it amounted to RM71.6 billion" → 2022 is the RM71.6 billion's.
  const next = (c: PeriodCue) =>
    c.at >= amount.end &&
    /\b(?:while|whereas|but|and)\b/i.test(text.slice(amount.end, c.at)) &&
    others.some((o) => o.start !== undefined && o.start >= c.at + c.cue.length);
  for (const span of [spans.clause, spans.sentence]) {
    const cues = periodCues(text.slice(span.start, span.end), published, currency)
      .map((c) => ({...c, at: c.at + span.start}))
      .filter((c) => (span === spans.clause || !theirs(c.at)) && !next(c));
    if (!cues.length) continue;
    const distance = (c: PeriodCue) =>
      c.at >= amount.end ? c.at - amount.end : Math.max(0, amount.start - (c.at + c.cue.length)) + 0.5;
    return cues.reduce((best, c) => (distance(c) < distance(best) ? c : best));
  }
  return undefined;
}
