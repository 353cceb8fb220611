// The currency printed before a number: "US$", "C $", "¥ ", "USD ", and the rand's "R".
import {PREFIX_BEFORE, PREFIX_LAST, codeOfPrefix} from "./currency-prefixes.js";
import type {Family} from "./currency-words.js";
import {WORD_BEFORE, sticky, type Numeral} from "./numeral-at.js";

export interface Prefix {
  code: string;
  start: number;
  family?: Family;
  glued?: boolean; // an ISO code with no space before the number
}

// The currency printed just before `at` ("US$", "C $", "¥ ", "USD "), starting no earlier than `floor`.
export function prefixBefore(text: string, at: number, floor: number): Prefix | undefined {
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
export function randBefore(text: string, n: Numeral, floor: number): Prefix | undefined {
  const at = n.start - 1;
  if (text.charCodeAt(at) !== 82 || at < floor || WORD_BEFORE.test(text[at - 1] ?? "")) return undefined;
  return {code: "ZAR", start: at, family: "rand"};
}
