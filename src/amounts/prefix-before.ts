// The currency printed before a number: "US$", "C $", "¥ ", "USD ", and the rand's "R".
import {codeOfPrefix, prefixEndingAt} from "./currency-prefixes.js";
import type {Family} from "./currency-words.js";
import {WORD_BEFORE, type Numeral} from "./numeral-at.js";

export interface Prefix {
  code: string;
  start: number;
  family?: Family;
  glued?: boolean; // an ISO code with no space before the number
}

// The currency printed just before `at` ("US$", "C $", "¥ ", "USD "), starting no earlier than `floor`.
export function prefixBefore(text: string, at: number, floor: number): Prefix | undefined {
  const prefix = prefixEndingAt(text, at);
  if (prefix === undefined || at - prefix.length < floor) return undefined;
  const code = codeOfPrefix(prefix);
  if (!code) return undefined;
  // An ISO code glued to the number counts only with a scale after it ("USD25m", not "ESP32").
  // (and "SR" for the riyal, which is also many another abbreviation: "SR 71")
  const glued = (/^[A-Z]{3}$/.test(prefix) && prefix === code) || /^SR[ \u00a0]?$/.test(prefix);
  return {code, start: at - prefix.length, family: prefix.trim() === "$" ? "dollar" : undefined, glued};
}

// "R" just before a number ("R18bn", "R180-million"): rand, if the article is South African (see currency-context.ts).
export function randBefore(text: string, n: Numeral, floor: number): Prefix | undefined {
  const at = n.start - 1;
  if (text.charCodeAt(at) !== 82 || at < floor || WORD_BEFORE.test(text[at - 1] ?? "")) return undefined;
  return {code: "ZAR", start: at, family: "rand"};
}
