// The label of an amount in a run that "respectively" pairs with a list of names.
import type {Span} from "../amounts/sentences.js";

// A name of capitalised words without digits: "Sarawak", "Ministry of Health" (not "RM5.8").
const PLAIN_NAME =
  "\\p{Lu}[\\p{L}&.’'-]*(?![\\p{L}\\p{N}])(?:\\s+(?:(?:of|de|for)\\s+)?\\p{Lu}[\\p{L}&.’'-]*(?![\\p{L}\\p{N}]))*";
const NAME_LIST = new RegExp(`(${PLAIN_NAME})((?:\\s*,\\s*${PLAIN_NAME})*)\\s*,?\\s+and\\s+(${PLAIN_NAME})`, "gu");

// An amount of a run that "respectively" pairs with a list: "to Sarawak and Sabah, which are RM5.8 billion and
// RM6.6 billion, respectively" → "Sabah" for RM6.6 billion; without a list of names, the run pairs with the amounts
// before it ("RM6.6 billion to Sabah and RM5.8 billion to Sarawak, up from RM6.5 billion and RM5.6 billion
// respectively" → "Sabah", "Sarawak"), whose labels `labelOf` gives. `amounts` are the sentence's own amounts.
export function respectiveLabel(
  text: string,
  amount: Span,
  sentence: Span,
  amounts: Span[],
  labelOf: (a: Span) => string
): string {
  const sorted = [...amounts].sort((a, b) => a.start - b.start);
  const at = sorted.findIndex((a) => a.start === amount.start);
  if (at < 0) return "";
  const joined = (a: Span, b: Span) =>
    /^\s*,?\s*(?:and\s+)?$/.test(text.slice(a.end, b.start).replace(/\([^)]*\)/g, ""));
  let [first, last] = [at, at];
  while (first > 0 && joined(sorted[first - 1], sorted[first])) first--;
  while (last < sorted.length - 1 && joined(sorted[last], sorted[last + 1])) last++;
  const n = last - first + 1;
  const tail = text.slice(sorted[last].end, Math.min(sentence.end, sorted[last].end + 60)).replace(/\([^)]*\)/g, "");
  if (n < 2 || !/^\s*,?\s*respectively\b/i.test(tail)) return "";
  const lists = [...text.slice(sentence.start, sorted[first].start).matchAll(NAME_LIST)]
    .map((m) => [
      m[1],
      ...m[2]
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
      m[3]
    ])
    .filter((items) => items.length === n);
  if (lists.length) return lists.at(-1)![at - first];
  const before = sorted.slice(0, first);
  return before.length >= n ? labelOf(before[before.length - n + at - first]) : "";
}
