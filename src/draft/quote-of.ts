// The verbatim quote of an amount for figures.csv: the shortest span around it that names it alone in the article.
import type {Quantity} from "../amounts/quantity.js";
import {clauses, sentenceSpans, type Span} from "../amounts/sentences.js";

const isUnique = (text: string, s: string) => text.indexOf(s) === text.lastIndexOf(s);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// The words of `span`, without the sentence's closing punctuation: "…for its sites." → "…for its sites"
const spanText = (text: string, a: Span, b: Span) =>
  text
    .slice(a.start, b.end)
    .trim()
    .replace(/[.,;:!?]+$/, "");

type Located = Pick<Quantity, "start" | "end" | "sentence"> & Partial<Pick<Quantity, "value" | "unit">>;

// Whether a quote around `q` names it alone: it holds the amount and no other of the same value and unit.
function names(text: string, quote: string, q: Located, twins: Located[]): boolean {
  if (!quote.includes(text.slice(q.start, q.end)) || !isUnique(text, quote)) return false;
  const at = text.indexOf(quote);
  return !twins.some((t) => t.start !== q.start && t.start >= at && t.end <= at + quote.length);
}

// The shortest run of `units` around the amount, from the units holding it outwards (left first, for the subject),
// that reads as a phrase (4 words or more, or all of the units) and names it alone; at most `most` units.
function grow(text: string, units: Span[], q: Located, twins: Located[], most = Infinity): string | undefined {
  let i = units.findIndex((u) => u.end > q.start);
  let j = units.findIndex((u) => u.end >= q.end);
  if (i < 0 || j < 0) return undefined;
  for (let step = 0; ; step++) {
    const quote = spanText(text, units[i], units[j]);
    const all = i === 0 && j === units.length - 1;
    if ((words(quote) >= 4 || all) && names(text, quote, q, twins)) return quote;
    if (all || j - i + 1 >= most) return undefined;
    if ((step % 2 === 0 || j === units.length - 1) && i > 0) i--;
    else j++;
  }
}

// Word by word around the amount, inside its sentence: for two equal amounts in one clause ("issue 15 trillion won
// of bonds and attract 15 trillion won of private capital"), the words that tell each apart.
function growWords(
  text: string,
  sentence: Span,
  q: Located,
  twins: Located[],
  own: Located = q // the amount itself, when `q` also takes in words after it
): string | undefined {
  const spans: Span[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\S+/g))
    spans.push({start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length});
  // The amount's own words form one unit, so that no quote cuts through it.
  const inside = spans.filter((w) => w.end > q.start && w.start < q.end);
  const units = [
    ...spans.filter((w) => w.end <= q.start),
    {start: Math.min(q.start, inside[0]?.start ?? q.start), end: Math.max(q.end, inside.at(-1)?.end ?? q.end)},
    ...spans.filter((w) => w.start >= q.end)
  ];
  const k = units.findIndex((u) => u.start <= q.start && u.end >= q.end);
  for (let left = 0; left <= k; left++)
    for (let right = 0; k + right < units.length; right++) {
      // Right first: what the money is for follows it.
      const quote = spanText(text, units[k - Math.min(left, right)], units[k + right]);
      if (words(quote) >= 5 && names(text, quote, own, twins)) return quote;
      const wider = spanText(text, units[k - left], units[k + right]);
      if (words(wider) >= 5 && names(text, wider, own, twins)) return wider;
    }
  return undefined;
}

// The shortest verbatim span around an amount that is unique in the article, contains it, and contains no other
// amount of the same value and unit (`twins`): its clause, else more of its sentence, else words around it, else
// neighbouring sentences. "…said on Tuesday it would invest 2.8 trillion won (US$2 billion) to expand its plant
// near Wroclaw, Poland, …" → "LG Energy Solution said on Tuesday it would invest 2.8 trillion won (US$2
// billion) to expand its plant near Wroclaw"
export function quoteOf(
  text: string,
  q: Located,
  sentences = sentenceSpans(text),
  twins: Located[] = [],
  also?: Span // words the quote takes in too when it is cut word by word: what the money is for
): string {
  const sentence = q.sentence ?? sentences.find((s) => s.start <= q.start && s.end >= q.end);
  // A sentence said twice (a report that repeats itself) has no part said once: nothing in it is tried.
  const inSentence =
    sentence && isUnique(text, text.slice(sentence.start, sentence.end))
      ? (grow(text, clauses(text, sentence), q, twins) ??
        (also ? growWords(text, sentence, {...q, end: also.end}, twins, q) : undefined) ??
        growWords(text, sentence, q, twins))
      : undefined;
  // Else the sentences around it, three at most; else its sentence, said more than once, which the registry's
  // check reads as the first of its places not yet taken.
  const said = sentence ? spanText(text, sentence, sentence) : text.trim();
  return inSentence ?? grow(text, sentences, q, twins, QUOTE_SENTENCES) ?? said;
}
const QUOTE_SENTENCES = 3;
