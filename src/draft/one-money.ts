// One money, many mentions: amounts of one value and currency in an article are one figure unless the text tells
// them apart. A headline's "$1.24 billion" is the body's; "the £1 billion" refers back; "15 trillion won of bonds
// and 15 trillion won of private capital" (one sentence), "another £1 billion" and the same sum in two fiscal
// years are apart. Where nothing tells them apart the draft merges them, and says it was unsure: a missed bar is one
// edit away, a double-counted one is a published error.
import type {Conversion} from "../amounts/conversions.js";
import {currencyOfWord} from "../amounts/currency-words.js";
import {scaleExponent} from "../amounts/numbers.js";
import type {Quantity} from "../amounts/quantity.js";

export interface Mentioned {
  mention: Quantity;
  quote: string;
  label: string;
  period?: {period: {start: string; end: string}};
  partOf?: Mentioned;
  entity: string; // the subject its sentence or clause names: "Samsung"; ""
  restates?: Mentioned;
  unsure?: boolean; // merged though no word but the amount joins them
}

// "another £1 billion", "a further $2bn", "$5 million each", "US$1bn a year": words that make an amount one more
// sum of its size, not the same one again.
const APART_BEFORE =
  /\b(?:another|a\s+further|further|an\s+additional|additional|each|every|per|extra|second|third)\s+(?:\S+\s+)?$/i;
const APART_AFTER =
  /^\s*(?:each|apiece|a\s+(?:year|month|week|day)|per\s+(?:year|annum|month|person|head)|annually|every)\b/i;

// Content words of a span, for telling a restatement from another amount of the same size.
const STOPWORDS = new Set(
  "the a an of for on in to and or by with from that this its their his her will would said says was were is are be has have had more than about over under some into at as it".split(
    " "
  )
);
export const contentWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(
        (w) =>
          w.length > 2 &&
          !STOPWORDS.has(w) &&
          currencyOfWord(w) === undefined && // not "won", "reais", "crore" or "billion": the amount, not what it is
          scaleExponent(w) === undefined
      )
  );

// Whether an amount is in the article's headline: a first line that is not a sentence ("Acme to invest $20B in
// Ohio"), as a pasted article often begins.
export function inHeadline(text: string, m: Pick<Quantity, "start">): boolean {
  const end = text.indexOf("\n");
  return end > 0 && m.start < end && !/[.!?]["”’)]?\s*$/.test(text.slice(0, end));
}

// Whether the text tells two mentions of one value and currency apart.
export function toldApart(text: string, a: Mentioned, b: Mentioned, pairs: Conversion[]): boolean {
  const [x, y] = [a.mention, b.mention];
  if (x.sentence && y.sentence && x.sentence.start === y.sentence.start) return true;
  for (const m of [x, y]) {
    if (APART_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
    if (APART_AFTER.test(text.slice(m.end, m.end + 20))) return true;
  }
  // Different subjects and nothing else in common ("Samsung will invest $1 billion in Texas", "LG will spend $1
  // billion on batteries"), unless one is the headline, whose words are the body's in short.
  const [ea, eb] = [a.entity.toLowerCase(), b.entity.toLowerCase()];
  const common = [...contentWords(a.quote)].some((w) => contentWords(b.quote).has(w));
  if (ea && eb && !ea.includes(eb) && !eb.includes(ea) && !common && !inHeadline(text, x) && !inHeadline(text, y))
    return true;
  // Each says what it is for in words of its own (two at least), none in common, and neither refers back ("the Rs 500 crore"): "Rs
  // 500 crore will be allocated for deployment of e-ambulances", "Rs 500 crore has been allotted to incentivise
  // adoption of electric trucks".
  const [la, lb] = [contentWords(a.label), contentWords(b.label)];
  const back = (m: Quantity) =>
    /\b(?:the|this|that|these|those)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start));
  if (
    la.size > 1 &&
    lb.size > 1 &&
    ![...la].some((w) => lb.has(w)) &&
    ![x, y].some((m) => back(m) || inHeadline(text, m))
  )
    return true;
  const [p, q] = [a.period?.period, b.period?.period];
  if (p && q && (p.start !== q.start || p.end !== q.end)) return true;
  // Each the bracketed conversion of a different amount: "¥140 billion ($1 billion)" and "€900 million ($1 billion)".
  const [fx, fy] = [pairs.find((c) => c.to === x)?.from, pairs.find((c) => c.to === y)?.from];
  if (fx && fy && (fx.unit !== fy.unit || fx.value !== fy.value)) return true;
  if (a.partOf && b.partOf && a.partOf !== b.partOf) return true;
  return false;
}

// Marks each mention that repeats an earlier-told money as restating it: of each group not told apart, the one in a
// printed conversion pair (so the pair stays whole), else the first, is the figure.
export function mergeMentions<M extends Mentioned>(text: string, drafted: M[], pairs: Conversion[]): void {
  const groups = new Map<string, M[]>();
  for (const d of drafted) {
    const key = `${d.mention.value} ${d.mention.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const paired = new Set(pairs.flatMap((c) => [c.from, c.to]));
  for (const group of groups.values()) {
    const clusters: M[][] = [];
    for (const d of group) {
      // It repeats the first of a group it is not told apart from (mentions in between may name other subjects).
      const cluster = clusters.find((c) => !toldApart(text, c[0], d, pairs));
      if (cluster) cluster.push(d);
      else clusters.push([d]);
    }
    for (const cluster of clusters) {
      if (cluster.length < 2) continue;
      const figure = cluster.find((d) => paired.has(d.mention)) ?? cluster[0];
      const told = contentWords(`${figure.quote} ${figure.label}`);
      for (const d of cluster) {
        if (d === figure) continue;
        d.restates = figure;
        // Sure when its words share one with the figure's ("the £1bn semiconductor strategy"); else merged, unsure.
        if (![...contentWords(d.quote)].some((w) => told.has(w))) d.unsure = true;
      }
    }
  }
}
