// Step 2, join: the article's amounts found and joined to the registry: each figure quoted from the article takes
// the amount inside its quote, each not-figure excuses the amounts inside its text, and every money amount must be
// one or the other. Restating rows and the article's own US$ pairs are read here too.
import {linkConversions, type Conversion} from "../amounts/conversions.js";
import {isCurrency} from "../amounts/currencies.js";
import {isIsoDate} from "../inputs/dates.js";
import type {Problem} from "../inputs/errors.js";
import {extractAmounts} from "../amounts/extract-amounts.js";
import type {Quantity} from "../amounts/quantity.js";
import {lineOf} from "../inputs/lines.js";
import type {ArticleMeta} from "../inputs/meta.js";
import type {Figure, NotFigure} from "../inputs/registry.js";
import {articlePairs, restatements} from "../story/story-view.js";
import {PATHS} from "./paths.js";
import type {Mention, ResolvedFigure} from "./types.js";

// A pair the article prints: a row that `converts` another, in its currency and in US$.
export type Pair = ReturnType<typeof articlePairs<ResolvedFigure>>[number];

export interface Joined {
  mentions: Mention[];
  conversions: Conversion[]; // the article's own "¥3.9 trillion (US$25.44 billion)"
  figures: ResolvedFigure[];
  aliases: Map<string, string>; // restating row → the figure it restates
  pairs: Pair[];
}

export function joinArticle(
  {
    article,
    meta,
    registry,
    notFigures
  }: {
    article: string | undefined; // undefined when data/article.txt is missing
    meta: ArticleMeta;
    registry: Figure[];
    notFigures: NotFigure[];
  },
  partial: (file: string) => boolean,
  problems: Problem[]
): Joined {
  const text = article ?? "";
  // A bare "$" is the dollar of the article's country when article.json names one ("currency": "AUD").
  const home = meta.currency && isCurrency(meta.currency) ? meta.currency : undefined;
  const mentions: Mention[] = extractAmounts(text, {published: meta.published, home}).map((q) => ({
    ...q,
    figure_ids: [],
    excused: ""
  }));
  const conversions = linkConversions(text, mentions);
  const inOrder = [...mentions].sort((a, b) => a.start - b.start);
  // A quote the registry repeats (a long report's restatements) is looked for once.
  const found = new Map<string, number[]>();
  const occurrencesOf = (needle: string) => {
    if (!found.has(needle)) found.set(needle, occurrences(text, needle));
    return found.get(needle)!;
  };

  // Join each figure quoted from the article to the amount it names inside its quote.
  const figures: ResolvedFigure[] = registry.map((f) => ({...f, value: f.value ?? NaN}));
  const candidates = new Map<string, {inside: Mention[]; matching: Mention[]; taken: number}>();
  for (const f of figures) {
    if (!f.in_article || !f.quote || article === undefined) continue;
    const at = occurrencesOf(f.quote);
    if (!at.length) {
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `quote of "${f.id}" is not in ${PATHS.article} verbatim: "${f.quote}"`
      });
      continue;
    }
    if (f.kind === "derived" || f.unit === "date") continue;
    // Two equal amounts in one quote ("15 trillion won of bonds and 15 trillion won of private capital"): each
    // figure takes the first that no other figure has taken. Figures of one quote, value and unit share the list
    // and the place in it up to which every amount is taken.
    const key = `${f.quote}\u0000${f.value}\u0000${f.unit}`;
    if (!candidates.has(key)) {
      const inside = within(inOrder, at, f.quote.length);
      const matching = inside.filter((m) => m.value === f.value && matchesUnit(m, f.unit));
      candidates.set(key, {inside, matching, taken: 0});
    }
    const c = candidates.get(key)!;
    while (c.taken < c.matching.length && c.matching[c.taken].figure_ids.length) c.taken++;
    const match = c.matching[c.taken] ?? c.matching[0];
    const inside = c.inside;
    if (!match) {
      const found = inside.map((m) => m.text).join(", ") || "no amounts";
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `"${f.id}" says ${f.value} ${f.unit}, but its quote has ${found}`
      });
      continue;
    }
    f.mention = match;
    match.figure_ids.push(f.restates || f.id);
  }
  // A figure is stated on or before its article's day; a time to come is its period's, not its as_of's.
  for (const f of isIsoDate(meta.published) ? figures : [])
    if (f.unit !== "year" && f.unit !== "date" && isIsoDate(f.as_of) && f.as_of > meta.published)
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `as_of ${f.as_of} of "${f.id}" is after the article's publication (${meta.published}): as_of is the day the figure was stated; write a time to come in its period`
      });
  const whole = !partial(PATHS.figures);
  const aliases = restatements(figures, PATHS.figures, problems, whole);
  const pairs = articlePairs(figures, aliases, PATHS.figures, problems, whole);
  for (const n of notFigures) {
    const at = occurrencesOf(n.text);
    if (!at.length && article !== undefined)
      problems.push({file: PATHS.notFigures, line: n.line, message: `"${n.text}" is not in ${PATHS.article}`});
    for (const m of within(inOrder, at, n.text.length)) m.excused = n.reason;
  }
  for (const m of mentions) {
    if (partial(PATHS.figures) || partial(PATHS.notFigures)) break;
    if (m.kind === "money" && !m.figure_ids.length && !m.excused) {
      problems.push({
        file: PATHS.article,
        line: lineOf(text, m.start),
        message: `money amount "${m.text}" is not accounted for: add it to ${PATHS.figures} (with its quote) or to ${PATHS.notFigures}`
      });
    }
  }
  return {mentions, conversions, figures, aliases, pairs};
}

// Which extracted quantities a figure's value can match: "USD" → money in USD, "rank" → ranks…
function matchesUnit(q: Quantity, unit: string): boolean {
  if (/^[A-Z]{3}$/.test(unit)) return q.kind === "money" && q.unit === unit;
  if (unit === "rank") return q.kind === "rank";
  if (unit === "year") return q.kind === "year";
  if (unit === "%") return q.kind === "percent";
  return q.kind === "count";
}

// The mentions (in the text's order) wholly inside a span of `length` at any of `at`, in the text's order; each
// span's first found by bisection, so that a long report's thousand quotes cost no more than their mentions.
export function within<T extends {start: number; end: number}>(mentions: T[], at: number[], length: number): T[] {
  const out = new Set<T>();
  for (const a of at) {
    let [lo, hi] = [0, mentions.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < mentions.length && mentions[i].start < a + length; i++)
      if (mentions[i].end <= a + length) out.add(mentions[i]);
  }
  return [...out].sort((x, y) => x.start - y.start);
}

// Where a text holds a needle: ("a b a", "a") → [0, 4].
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); needle && i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
