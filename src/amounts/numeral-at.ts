// The numeral a quantity starts with, in digits or words: "3.9", "twenty-five", and the sticky reading the
// scanner shares.
import {readNumberWords} from "./number-words.js";
import {NUMERAL_SOURCE} from "./numbers.js";

const NUMERAL = new RegExp(NUMERAL_SOURCE, "y");
export const LETTER = /[\p{L}_]/u;
export const WORD_BEFORE = /[\p{L}\p{N}-]/u;

// The characters a pattern can start with, for a quick test before running it: "1,2" → "," starts no percent,
// scale, currency or range, so none of them runs there.
export const firstOf = (chars: string): Set<string | undefined> => new Set(chars);
// A space or a no-break space: the gap between a number and its words.
export const GAP = firstOf(" \u00a0");

// `re` (sticky) matched at `at`, or null.
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export interface Numeral {
  start: number;
  end: number;
  numeral: string;
  spelled: boolean;
}

export function numeralAt(text: string, at: number): Numeral | undefined {
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) {
    const m = sticky(NUMERAL, text, at)!;
    return {start: at, end: at + m[0].length, numeral: m[0], spelled: false};
  }
  if (at > 0 && WORD_BEFORE.test(text[at - 1])) return undefined;
  const w = readNumberWords(text, at);
  return w && {start: at, end: w.end, numeral: w.numeral, spelled: true};
}
