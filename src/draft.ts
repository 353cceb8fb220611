// A new article → the draft of its story, file by file for data/: the article and its metadata, one draft figure
// per money amount with its quote, the generic story, empty checks and the sources table. `npm run new-story`
// writes them; a person then checks each figure and edits the prose.
import {linkConversions} from "./conversions.js";
import {mergeMentions} from "./one-money.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {toUsd} from "./basis.js";
import {publicationBasis} from "./fx.js";
import type {FxSeries} from "./fx-series.js";
import {genericProse, genericStory, storyJson, type StoryJson} from "./generic.js";
import {entityOf, nounPhrase, respectiveLabel, subjectOf, uniqueLabels, withoutDateline} from "./labels.js";
import {describePeriod, formatPeriod} from "./period.js";
import {inferPeriod, periodCues, type PeriodCue} from "./periods.js";
import type {ArticleMeta} from "./meta.js";
import type {SourceRow} from "./sources.js";
import {COLUMNS} from "./registry.js";
import {csvRecords} from "./csv/csv-rows.js";
import {csvText} from "./csv/to-csv.js";
import {sentenceSpans, type Span} from "./sentences.js";

// The files a draft writes into data/, and those of the previous story it removes (they stay in git history).
export const DRAFT_FILES = [
  "article.txt",
  "article.json",
  "figures.csv",
  "not-figures.csv",
  "fact-check.csv",
  "story.json",
  "story.md",
  "sources.csv"
] as const;
// The previous story's own words, which cite its figures: removed (they stay in git history). "pages" is the folder
// of its extra pages, data/pages/.
export const RETIRED_FILES = ["fact-check.md", "corrections.csv", "pages"] as const;
export type DraftFile = (typeof DRAFT_FILES)[number];

export interface DraftFigure {
  id: string;
  text: string; // the amount as printed: "2.8 trillion won"
  value: number;
  unit: string;
  quote: string;
  period: string; // "2026", "" for the publication date
  restates?: string; // the id of the figure it mentions again
  converts?: string; // the id of the amount it is the article's own conversion of
  label: string; // what the money is: "Government-guaranteed bonds"
}

export interface DraftPair {
  from: string; // figure ids
  to: string;
  text: string; // "2.8 trillion won (US$2 billion)"
  rate: number; // units of one currency per the other: 1400 (KRW per US$)
  pair: string; // "KRW per US$", "AUD per GBP"
}

export interface Draft {
  files: Record<DraftFile, string>;
  meta: ArticleMeta;
  figures: DraftFigure[];
  pairs: DraftPair[];
  story: StoryJson;
}

export interface DraftInput {
  text: string; // the article, normalised (normaliseText in input-text.ts)
  title: string;
  outlet: string;
  published: string; // YYYY-MM-DD
  byline?: string;
  url?: string;
  sources?: string; // the current data/sources.csv: its rows for files that stay are kept
  keptFiles?: string[]; // the files of data/ the draft leaves in place ("fx-monthly-fred.csv")
  series?: FxSeries[]; // the rates in data/, to order the amounts by size in US$
  home?: string; // the currency of the article's country, when known: "AUD" makes a bare "$" Australian
}

// "By Kim Min-ji, Lee Joon and Anna Berg" → ["Kim Min-ji", "Lee Joon", "Anna Berg"]
export function splitByline(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const SCALES: [number, string][] = [
  [1e12, "tn"],
  [1e9, "bn"],
  [1e6, "m"],
  [1e3, "k"]
];
const fewDecimals = (n: number) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6;
const idNumber = (n: number) => String(Math.round(n * 1000) / 1000).replace(/[^0-9]+/g, "_");

// A readable id for an amount: 14e9 USD → "usd_14bn"; 3.9e12 JPY → "jpy_3_9tn"; 1234567 USD → "usd_1234567"
export function figureId(value: number, unit: string): string {
  const scale = SCALES.find(([s], i) => value >= s && (i === 0 || value < s * 1000) && fewDecimals(value / s));
  const number = scale ? `${idNumber(value / scale[0])}${scale[1]}` : idNumber(value);
  return `${unit.toLowerCase().replace(/[^a-z0-9]/g, "")}_${number}`;
}

const isUnique = (text: string, s: string) => text.indexOf(s) === text.lastIndexOf(s);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// The clauses of a sentence: split after ",", ";" or ":" and around a dash, never inside parentheses.
export function clauses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  let depth = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth) continue;
    const cut = /[,;:]/.test(c) && /\s/.test(text[i + 1] ?? "") ? 1 : /^\s[—–]\s/.test(text.slice(i, i + 3)) ? 3 : 0;
    if (!cut) continue;
    if (i > start) out.push({start, end: i});
    start = i + cut;
  }
  if (s.end > start) out.push({start, end: s.end});
  return out;
}

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

// The figure registry's columns as the draft writes them: the id and its label, the registry's, then status,
// period, and the figure a row restates or converts.
export const DRAFT_COLUMNS = [COLUMNS[0], "label", ...COLUMNS.slice(1), "status", "period", "restates", "converts"];

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
    // "to Sarawak and Sabah, which are RM5.8 billion and RM6.6 billion, respectively" → "Sabah" for RM6.6 billion
    const own = money.filter((o) => o.start >= sentence.start && o.end <= sentence.end && !convertedTo.has(o));
    const label =
      respectiveLabel(text, m, sentence, own, (o) => out.find((d) => d.mention === o)?.label ?? "") ||
      nounPhrase(text, {start: m.start, end}, clause) ||
      (clause.start > sentence.start && !ownSubject ? subjectOf(text, parts[0]) : "");
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
      entity: ownSubject || entityOf(text, sentence)
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
  // One money, many mentions: each repeat of an amount the text does not tell apart restates it.
  mergeMentions(text, out, pairs);
  // A figure whose sentence gives no time takes that of its first restatement that gives one: the headline's "£1bn"
  // is "the £1bn investment over 10 years" of the body.
  for (const d of out) if (!d.restates && !d.period) d.period = out.find((r) => r.restates === d && r.period)?.period;
  // An amount with no time of its own is part of the nearest larger sum before it, in its currency, whose sentence
  // gives one: "RM648.54 million for this year's services … The additional expenditure is requested for the Prime
  // Minister's Department which amounts to RM64.9 million" → 2024.
  const timed = out.filter((d) => d.period);
  for (const d of out) {
    if (d.period || d.restates) continue;
    const whole = timed
      .filter((w) => w.mention.start < d.mention.start && w.mention.unit === d.mention.unit)
      .filter((w) => w.mention.value > d.mention.value)
      .at(-1);
    if (whole) d.period = whole.period;
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

// The money a story is about: the amount its headline names (the figure of the article's text that states it, or
// that this one converts), else the article's first sum.
function leadOf(
  title: string,
  figures: {id: string; value: number; unit: string; restates: string; converts: string}[],
  home?: string
): string | undefined {
  const own = figures.filter((f) => !f.restates);
  // Its money, or a bare number the article gives a currency ("…of the promised 8 billion": 8 billion reais).
  const amounts = extractAmounts(title, {sentences: false, home});
  const named =
    amounts.flatMap((q) =>
      q.kind === "money" ? own.filter((f) => f.value === q.value && f.unit === q.unit) : []
    )[0] ??
    amounts.flatMap((q) => (q.kind !== "money" && q.value >= 1e6 ? own.filter((f) => f.value === q.value) : []))[0];
  const lead = named ?? own.find((f) => !f.converts);
  return lead?.converts || lead?.id;
}

// The draft of a story for `input.text`, every file as text.
export function draftStory(input: DraftInput): Draft {
  const {text, title, outlet, published} = input;
  const meta: ArticleMeta = {
    title,
    authors: splitByline(input.byline ?? ""),
    agency: "",
    outlet,
    published,
    dateline: "",
    source: input.url ?? "supplied by the journalist",
    ...(input.url ? {url: input.url} : {}),
    // The home goes with the article's metadata, so the build reads the article's "$" the same way.
    ...(input.home ? {currency: input.home} : {})
  };
  const mentions = extractAmounts(text, {published, home: input.home});
  const drafted = draftMentions(text, published, mentions);
  const conversions = linkConversions(text, mentions);
  // Each amount's rough size in US$, at the latest rate before publication, to order the story by: the largest
  // leads. An amount with no rate in the data sorts by its own value, after those that have one.
  const usd = (d: DraftMention) => {
    if (d.mention.unit === "USD") return d.mention.value;
    try {
      return input.series
        ? toUsd(d.mention.value, d.mention.unit, publicationBasis(input.series, d.mention.unit, published))
        : NaN;
    } catch {
      return NaN;
    }
  };
  const converted = new Set(conversions.map((c) => c.to));
  const primary = drafted.filter((d) => !d.restates && !converted.has(d.mention));
  const size = new Map(drafted.map((d) => [d.id, usd(d)]));
  const labels = uniqueLabels(
    primary.map((d) => {
      // A label that is a name of its own needs no subject: "Ministry of Digital", not "Ministry of Communications:
      // Ministry of Digital" (a one-word place keeps it: "Acme: Ohio").
      const own =
        d.label &&
        d.entity &&
        !d.label.toLowerCase().includes(d.entity.toLowerCase()) &&
        !/^\p{Lu}\S*\s+(?:(?:of|for|and|de|&)\s+)?\p{Lu}/u.test(d.label)
          ? `${d.entity}: ${d.label}`
          : d.label || d.entity;
      const when = d.period ? ` (${describePeriod(formatPeriod(d.period.period))})` : "";
      return {label: own ? `${own[0].toUpperCase()}${own.slice(1)}` : "", text: `${d.mention.text}${when}`};
    })
  );
  const labelOf = new Map(primary.map((d, i) => [d.id, labels[i]]));
  // A bracketed US$ conversion has its amount's label.
  for (const c of conversions) {
    const [from, to] = [drafted.find((d) => d.mention === c.from), drafted.find((d) => d.mention === c.to)];
    if (from && to) labelOf.set(to.id, labelOf.get(from.id) ?? "");
  }
  // The bracketed amount of a pair converts the amount before it: "728 trillion won ($523 billion)".
  const convertsOf = new Map<string, string>();
  for (const c of conversions) {
    const [from, to] = [drafted.find((d) => d.mention === c.from), drafted.find((d) => d.mention === c.to)];
    if (from && to && !from.restates && !to.restates) convertsOf.set(to.id, from.id);
  }
  const figures = drafted.map((d) => ({
    id: d.id,
    text: d.mention.text,
    value: d.mention.value,
    unit: d.mention.unit,
    quote: d.quote,
    period: d.period ? formatPeriod(d.period.period) : "",
    restates: d.restates?.id ?? "",
    converts: convertsOf.get(d.id) ?? "",
    label: labelOf.get(d.id) ?? labelOf.get(d.restates?.id ?? "") ?? "",
    usd: size.get(d.id) ?? NaN,
    mention: d.mention
  }));
  const registered = figures.map((f) => ({
    ...f,
    entity: "",
    kind: "reported" as const,
    in_article: true
  }));
  const story = genericStory(registered, leadOf(title, registered, input.home));
  const pairs = figures
    .filter((f) => f.converts)
    .map((f) => {
      const from = figures.find((g) => g.id === f.converts)!;
      const [first, second] = from.mention.start < f.mention.start ? [from, f] : [f, from];
      // Units per US$ when one side is the US$; else the first currency per the bracketed one.
      const [per, of] = f.unit === "USD" ? [from, f] : from.unit === "USD" ? [f, from] : [first, second];
      return {
        from: first.id,
        to: second.id,
        text: text.slice(first.mention.start, text.indexOf(")", second.mention.end) + 1),
        rate: per.value / of.value,
        pair: `${per.unit} per ${of.unit === "USD" ? "US$" : of.unit}`
      };
    });

  const source = `article (${outlet} ${published})`;
  const notes = new Map<string, string>();
  for (const d of drafted) {
    const said: string[] = [];
    if (d.restates)
      said.push(
        d.unsure
          ? `Restates ${d.restates.id}: the same amount, and nothing in the text tells them apart, so the draft merged them; clear "restates" if it is different money`
          : `Restates ${d.restates.id} (same amount, same subject): clear "restates" if it is a different amount`
      );
    if (d.partOf) said.push(`Part of ${d.partOf.id}`);
    if (convertsOf.has(d.id))
      said.push(`The article's own conversion of ${convertsOf.get(d.id)}: not charted beside it`);
    if (d.mention.currencyFrom === "sentence")
      said.push(`Currency ${d.mention.unit} taken from its sentence or the article, not its own words: check it`);
    if (d.period) said.push(`Period read from “${d.period.cue}”`);
    const twin = drafted.find(
      (t) =>
        t !== d &&
        !t.restates &&
        !d.restates &&
        t.mention.value === d.mention.value &&
        t.mention.unit === d.mention.unit &&
        t.mention.sentence?.start === d.mention.sentence?.start
    );
    if (twin)
      said.push(`The sentence has the same amount twice: this row is the one quoted here, ${twin.id} the other`);
    notes.set(d.id, said.join(". "));
  }
  const figuresCsv = csvText([
    DRAFT_COLUMNS,
    ...figures.map((f) => {
      const row: Record<string, string> = {
        id: f.id,
        entity: "",
        category: "money",
        kind: "reported",
        value: String(f.value),
        unit: f.unit,
        as_of: published,
        in_article: "true",
        quote: f.quote,
        derive: "",
        source,
        note: notes.get(f.id) ?? "",
        status: "draft",
        period: f.period,
        restates: f.restates,
        converts: f.converts,
        label: f.label
      };
      return DRAFT_COLUMNS.map((c) => row[c] ?? "");
    })
  ]);

  const files: Record<DraftFile, string> = {
    "article.txt": text,
    "article.json": `${JSON.stringify({file: "article.txt", ...meta}, null, 2)}\n`,
    "figures.csv": figuresCsv,
    "not-figures.csv": "text,reason\n",
    "fact-check.csv": "figure_id,claim,primary_source_says,verdict,source\n",
    "story.json": storyJson(story),
    "story.md": genericProse(meta, story, {mentions: mentions.length, text}),
    "sources.csv": sourcesCsv(meta, input.sources ?? "", input.keptFiles ?? [])
  };
  return {
    files,
    meta,
    figures: figures.map((f) => ({
      id: f.id,
      text: f.text,
      value: f.value,
      unit: f.unit,
      quote: f.quote,
      period: f.period,
      ...(f.restates ? {restates: f.restates} : {}),
      ...(f.converts ? {converts: f.converts} : {}),
      label: f.label
    })),
    pairs,
    story
  };
}

// data/sources.csv for the draft: a row for each file it writes, then the current rows of the files that stay.
function sourcesCsv(meta: ArticleMeta, current: string, kept: string[]): string {
  const by = meta.authors.length ? ` by ${meta.authors.join(" and ")}` : "";
  const from = meta.url ? `${meta.outlet}, ${meta.url}` : `${meta.outlet}, ${meta.source}`;
  const project = "Drafted by npm run new-story from the article";
  const rows: SourceRow[] = [
    {
      file: "article.txt",
      what: `Text of “${meta.title}”${by}, as supplied, in UTF-8 with any byte-order mark removed and line ends normalised`,
      where_from: from,
      date: meta.published,
      licence: `© ${meta.outlet}; quoted for news reporting, commentary and fact-checking`
    },
    {
      file: "article.json",
      what: "Metadata of article.txt: title, authors, outlet, dates, source",
      where_from: "Written by npm run new-story from its options",
      date: meta.published,
      licence: "CC0 (project metadata)"
    },
    {
      file: "figures.csv",
      what: "Figure registry: one row per money amount in the article with its verbatim quote; status draft until a person has checked it",
      where_from: project,
      date: meta.published,
      licence: `CC BY 4.0 (project compilation); quotes © ${meta.outlet}`
    },
    {
      file: "not-figures.csv",
      what: "Numbers in the article that are deliberately not figures, with the reason",
      where_from: project,
      date: meta.published,
      licence: "CC0 (project metadata)"
    },
    {
      file: "fact-check.csv",
      what: "Fact-check of the article’s figures: the claim, what the primary source says, the verdict and the source",
      where_from: "Compiled by the project from the primary sources named in its source column",
      date: meta.published,
      licence: "CC BY 4.0 (project compilation)"
    },
    {
      file: "story.json",
      what: "The story’s shape: which figures each chart shows, which amounts are converted to US$, the default rate basis and the averaging window",
      where_from: project,
      date: meta.published,
      licence: "CC BY 4.0 (project compilation)"
    },
    {
      file: "story.md",
      what: "The story’s prose, citing figures by id",
      where_from: project,
      date: meta.published,
      licence: "CC BY 4.0 (project text)"
    },
    {
      file: "sources.csv",
      what: "This table: every file in data/, what it is, where it is from, its date and licence",
      where_from: project,
      date: meta.published,
      licence: "CC0 (project metadata)"
    }
  ];
  const keep = current.trim() ? csvRecords(current).filter((r) => r.file && kept.includes(r.file)) : [];
  const columns: (keyof SourceRow)[] = ["file", "what", "where_from", "date", "licence"];
  return csvText([columns, ...[...rows, ...keep].map((r) => columns.map((c) => r[c] ?? ""))]);
}
