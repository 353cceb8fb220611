// The scan of a text for its quantities, resumable as the text grows.
import {type Ambiguity} from "./classify.js";
import {CONTEXT_REACH, resolveFamilies} from "./currency-context.js";
import {PREFIX_MAX} from "./currency-prefixes.js";
import {NUMBER_WORDS} from "./number-words.js";
import {numeralAt} from "./numeral-at.js";
import type {Quantity} from "./quantity.js";
import {readAt} from "./read-at.js";

// How far reading one amount looks past its own characters, either way. A streaming reader keeps this much
// text before where it resumes, and holds back amounts that end this close to the end of what has arrived.
export const REACH = CONTEXT_REACH + 100;

// Where a quantity can start: a digit or a spelled-out number ("seven", "twenty-five", "half a").
const ANCHOR = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS.join("|")})\b`, "gi");

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
