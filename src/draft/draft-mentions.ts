// Each money amount of an article as the draft sees it: its id, its quote, the figure it restates, the whole it is
// part of, its period and its label. "…issue 15 trillion won of government-guaranteed bonds…" → krw_15tn,
// "Government-guaranteed bonds", 2026.
import {linkConversions} from "../amounts/conversions.js";
import {withoutDateline} from "./dateline.js";
import {entityOf} from "./entity-of.js";
import {extractAmounts} from "../amounts/extract-amounts.js";
import {figureId} from "./figure-id.js";
import {isFragment} from "./fragment.js";
import {nounPhrase} from "./noun-phrase.js";
import {mergeMentions} from "./one-money.js";
import {inferPeriod, periodCues, type PeriodCue} from "../money/infer-period.js";
import type {Quantity} from "../amounts/quantity.js";
import {quoteOf} from "./quote-of.js";
import {respectiveLabel} from "./respective-label.js";
import {clauses, sentenceSpans, type Span} from "../amounts/sentences.js";
import {subjectOf} from "./subject-of.js";

export interface DraftMention {
  mention: Quantity;
  id: string;
  quote: string;
  restates?: DraftMention; // another mention of the same money: "the more than 30 trillion won fund"
  unsure?: boolean; // merged with it though no word but the amount joins them
  partOf?: DraftMention; // "including 6 trillion won for GPUs" is part of the 10.1 trillion won before it
  period?: PeriodCue;
  label: string;
  entity: string;
}

// The kinds of money a sentence names, each one word for its synonyms: "the increased allocations" → ["budget"];
// "Estimated cost of the scheme" → ["scheme"].
const BUDGET_KINDS: [string, RegExp][] = [
  ["budget", /\b(?:budgets?|allocations?|appropriations?|packages?|bill)\b/i],
  ["scheme", /\bschemes?\b/i],
  ["plan", /\bplans?\b(?!\s+to\b)/i], // (not the verb: "the government plans to earmark")
  ["programme", /\bprogram(?:me)?s?\b/i],
  ["fund", /\bfunds?\b/i],
  ["strategy", /\bstrateg(?:y|ies)\b/i]
];
const budgetKinds = (s: string) => BUDGET_KINDS.filter(([, re]) => re.test(s)).map(([k]) => k);

// A name of capitalised words that ends on `noun`: "Kiru Hydro Electric project".
const NAMED = (noun: string) =>
  new RegExp(`(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s+${noun.toLowerCase()})\\b`, "gu");
// …or by the acronym of its name: "the 'PM Electric Drive Revolution in … (PM E-DRIVE) Scheme'" → "PM E-DRIVE"
const ACRONYM_NAMED = (noun: string) =>
  new RegExp(`\\((\\p{Lu}[\\p{Lu}\\p{N}&.-]*(?:\\s[\\p{Lu}\\p{N}&.-]+)*)\\)\\s+${noun}\\b`, "giu");

// Each money amount of the article as the draft sees it: its quote, the figure it restates, the whole it is part
// of, its period and its label.
export function draftMentions(
  text: string,
  published: string,
  mentions = extractAmounts(text, {published})
): DraftMention[] {
  const sentences = sentenceSpans(text);
  const money = mentions.filter((m) => m.kind === "money");
  const pairs = linkConversions(text, mentions);
  const convertedTo = new Map(pairs.map((c) => [c.to, c.from]));
  const out: DraftMention[] = [];
  const taken = new Map<string, number>();
  for (const m of money) {
    const full = m.sentence ??
      sentences.find((s) => s.start <= m.start && s.end >= m.end) ?? {start: 0, end: text.length};
    // Its words without a wire story's dateline ("SAO PAULO, Nov 20 (Reuters) - "), which names no subject.
    const sentence = withoutDateline(text, full);
    const parts = clauses(text, sentence);
    const clause = parts.find((c) => c.start <= m.start && c.end >= m.end) ?? sentence;
    const twins = money.filter((t) => t.value === m.value && t.unit === m.unit);
    // A bracketed US$ conversion's label and time are its amount's: "2.8 trillion won (US$2 billion)".
    const pair = pairs.find((c) => c.from === m);
    const end = pair ? text.indexOf(")", pair.to.end) + 1 : m.end;
    const before = text.slice(sentence.start, m.start);
    const whole =
      /\b(?:including|includes|of which|among them|of that|of this)\s+(?:about\s+|some\s+|nearly\s+)?[^\s]*$/i.test(
        before.replace(/\s+$/, " ").slice(-40)
      )
        ? out
            .filter(
              (d) => d.mention.sentence?.start === full.start && d.mention.unit === m.unit && d.mention.value > m.value
            )
            .at(-1)
        : undefined;
    // A clause that holds little but the amount ("from 29.6 trillion won this year") is about the sentence's subject;
    // one with a subject of its own ("…, and Microsoft said it would invest $30 billion") is not.
    const ownSubject = clause.start > sentence.start && entityOf(text, clause);
    // …nor is one that opens on a subject of its own without a name ("…, while a wide range of clean tech factories in
    // France are to get a €2.5bn bump"): it is not the sentence's subject's money.
    const otherSubject =
      clause.start > sentence.start &&
      /^\s*(?:while|whereas|but|and)\s+(?:the|a|an|its|their|some|many|other|most)\s/i.test(
        text.slice(clause.start, clause.end)
      );
    // "to Sarawak and Sabah, which are RM5.8 billion and RM6.6 billion, respectively" → "Sabah" for RM6.6 billion
    const own = money.filter((o) => o.start >= sentence.start && o.end <= sentence.end && !convertedTo.has(o));
    // The first of these that is no fragment ("Three-wheelers and Rs", "Intel: totalling").
    let label =
      [
        respectiveLabel(text, m, sentence, own, (o) => out.find((d) => d.mention === o)?.label ?? ""),
        nounPhrase(text, {start: m.start, end}, clause),
        clause.start > sentence.start && !ownSubject ? subjectOf(text, parts[0]) : ""
      ].find((l) => l && !isFragment(l)) ?? "";
    // "…will invest £1 billion in the decade, with up to £200 million in 2025" → the larger sum's label (not the
    // sentence's subject)
    const withIn =
      (!label || label === subjectOf(text, parts[0])) && /,\s*with\s+(?:up\s+to\s+|about\s+|some\s+)?$/i.test(before)
        ? out
            .filter((d) => d.mention.start >= sentence.start && d.mention.unit === m.unit && d.mention.value > m.value)
            .at(-1)
        : undefined;
    if (withIn) label = withIn.label;
    // "The project will cost Rs 4,000 crore" after "…approved the Sutlej Canal project." → "Sutlej Canal project"
    const earlier = text.slice(Math.max(0, sentence.start - 600), sentence.start);
    const kind = /^(?:project|scheme|programme|program|plan|fund|package|strategy)$/i.test(label);
    const acronym = kind ? [...earlier.matchAll(ACRONYM_NAMED(label))].at(-1)?.[1] : undefined;
    const named = acronym
      ? `${acronym} ${label.toLowerCase()}`
      : kind
        ? [...earlier.matchAll(NAMED(label))].at(-1)?.[1]
        : undefined;
    if (named) label = named;
    // The quote takes in the label's words when they follow the amount: "15 trillion won of private capital".
    const near = label ? text.slice(end, clause.end).indexOf(label.slice(1)) : -1;
    const also = near >= 0 && near < 40 ? {start: end + near - 1, end: end + near - 1 + label.length} : undefined;
    const base = figureId(m.value, m.unit);
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    const from = convertedTo.get(m);
    out.push({
      mention: m,
      id: n === 1 ? base : `${base}_${n}`,
      quote: quoteOf(text, {...m, sentence}, sentences, twins, also),
      ...(whole ? {partOf: whole} : {}),
      label: from ? (out.find((d) => d.mention === from)?.label ?? label) : label,
      // A later clause with a subject of its own ("…, while China's state fund raised…") names its own.
      entity: ownSubject || (otherSubject ? "" : entityOf(text, sentence))
    });
    const others = money
      .filter((o) => o !== m && o.start >= sentence.start && o.end <= sentence.end)
      .map((o) => ({start: o.start, end: o.end, clause: parts.find((c) => c.start <= o.start && c.end >= o.end)!}))
      .filter((o) => o.clause);
    // In "£200m of the £1bn will come in 2023-25" the time after the whole is its part's: the whole reads only
    // the words before it.
    const ofWhole = money.some(
      (o) =>
        o.end <= m.start && o.start >= clause.start && /^\s*(?:out\s+)?of\s+the\s*$/i.test(text.slice(o.end, m.start))
    );
    const upTo = (s: Span) => (ofWhole ? {start: s.start, end: Math.min(s.end, end)} : s);
    const spans = {clause: upTo(clause), sentence: upTo(sentence)};
    const period = inferPeriod(text, {start: m.start, end}, spans, published, m.unit, others);
    if (period) out[out.length - 1].period = period;
  }
  // An id with a suffix can clash with another amount's plain id ("usd_2bn_2"): number on until it is free.
  const ids = new Set<string>();
  for (const d of out) {
    let id = d.id;
    for (let k = 2; ids.has(id); k++) id = `${d.id}_${k}`;
    d.id = id;
    ids.add(id);
  }
  // The low end of a range, with no words of its own, is labelled as its high end: "Rs 5,000 to Rs 10,000 on
  // bicycles" → "bicycles" for both.
  out.forEach((d, i) => {
    const next = out[i + 1];
    if (
      !d.label &&
      next?.label &&
      /^\s*(?:to|-|–|and\s+up\s+to)\s*$/i.test(text.slice(d.mention.end, next.mention.start))
    )
      d.label = next.label;
  });
  // One money, many mentions: each repeat of an amount the text does not tell apart restates it.
  mergeMentions(text, out, pairs);
  // A figure whose sentence gives no time takes that of its first restatement that gives one: the headline's "£1bn"
  // is "the £1bn investment over 10 years" of the body.
  for (const d of out) if (!d.restates && !d.period) d.period = out.find((r) => r.restates === d && r.period)?.period;
  // An amount with no time of its own is part of the nearest larger sum before it, in its currency, and takes its
  // time, as the parts before it have: "RM648.54 million for this year's services … The additional expenditure is
  // requested for the Prime Minister's Department which amounts to RM64.9 million" → 2024. A larger sum with no
  // time between them is the nearer whole: "Rs 10,000 crore … starting from April 1, 2019 … the debt of Air India
  // Ltd to be around Rs 29,464 crore … foreign investments of more than Rs 5,000 crore" → no time.
  for (const d of out) {
    if (d.period || d.restates) continue;
    const whole = out
      .filter((w) => w.mention.start < d.mention.start && w.mention.unit === d.mention.unit)
      .filter((w) => w.mention.value > d.mention.value && (w.period || !w.restates))
      .at(-1);
    if (whole?.period) d.period = whole.period;
  }
  // Else the time the article first gives the budget, scheme or fund its sentence names: "Budget 2024 … the
  // increased allocations given to Sarawak and Sabah, which are RM5.8 billion" → 2024.
  for (const d of out) {
    if (d.period || d.restates) continue;
    const full = d.mention.sentence ?? sentences.find((s) => s.start <= d.mention.start && s.end >= d.mention.end);
    const kinds = full ? budgetKinds(text.slice(full.start, full.end)) : [];
    // (Its own sentence's times are another amount's: inferPeriod left them.)
    for (const s of kinds.length ? sentences.filter((s) => s.end <= full!.start || s.start >= full!.end) : []) {
      const words = text.slice(s.start, s.end);
      // Where the sentence names the same kind, and the time nearest those words.
      const at = BUDGET_KINDS.filter(([k]) => kinds.includes(k)).flatMap(([, re]) =>
        [...words.matchAll(new RegExp(re, "gi"))].map((m) => m.index!)
      );
      const cues = at.length ? periodCues(words, published, d.mention.unit) : [];
      if (!cues.length) continue;
      const far = (c: PeriodCue) => Math.min(...at.map((a) => Math.abs(c.at - a)));
      const cue = cues.reduce((a, b) => (far(b) < far(a) ? b : a));
      d.period = {...cue, at: cue.at + s.start};
      break;
    }
  }
  // A restatement shares its figure's time when its own sentence gives none.
  for (const d of out) if (d.restates && !d.period && d.restates.period) d.period = d.restates.period;
  return out;
}
