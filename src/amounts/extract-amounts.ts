// Every quantity in a text — money, counts, percents, ranks, years — with its span and sentence.
import {homeOfText} from "./home-currency.js";
import {preEuro} from "./pre-euro.js";
import type {Quantity} from "./quantity.js";
import {scanAmounts} from "./scan-amounts.js";
import {sentenceSpans, spanIndexAt} from "./sentences.js";

export interface ExtractOptions {
  from?: number; // start scanning here (earlier text is still read as context)
  sentences?: boolean; // attach sentence spans (default true)
  published?: string; // the article's date: before the euro, its francs and marks are read by its country
  // The currency of the article's country ("AUD", "ZAR"), when the journalist or the outlet gives it; else the text
  // may make it plain (home-currency.ts). A bare "$" is then that dollar, "R18bn" rand.
  home?: string;
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
