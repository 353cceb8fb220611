// How a draft of new-story reads an article, scored against hand-made gold (test/drafting/*.gold.json): which
// mentions are one money (restatements and conversions), which charts draw a money twice, whether each bar's label
// names what the money is, whether the lead is on the story's money, and whether periods are exact. Pure: it reads
// the command's output files as text, never the drafting code, so it measures whatever the draft writes.
import {csvParse} from "d3-dsv";
import {parsePeriod} from "../src/money/period.js";

export interface GoldMention {
  text: string; // the amount as printed: "£1 billion"
  context?: string; // words around it, unique in the article, that hold `text` once: "unveiled a £1 billion ("
}

export interface GoldFigure {
  id: string;
  value: number;
  unit: string; // ISO 4217
  period: string; // as figures.csv writes it: "2024", "2021..2023", "2024-04..2025-03"; "" for the publication date
  label: string; // a label a desk editor would accept: "National semiconductor strategy"
  keywords: string[]; // the words a label needs, each "word" or "word|other": ["semiconductor|chip", "strateg"]
  converts?: string; // on a US$ figure that is the article's own conversion of a foreign one: that figure's id
  mentions: GoldMention[]; // every mention, in the article's order
}

export interface Gold {
  title: string;
  outlet: string;
  published: string; // YYYY-MM-DD
  url: string;
  lead: string; // the id of the figure the story is about
  figures: GoldFigure[];
}

// A row of data/figures.csv as the scorer needs it.
export interface DraftRow {
  id: string;
  value: number;
  unit: string;
  quote: string;
  period: string;
  restates: string;
  converts: string;
  label: string;
}

export interface DraftBar {
  figure: string;
  label: string;
}

export interface Draft {
  text: string; // data/article.txt
  rows: DraftRow[];
  charts: DraftBar[][]; // each bars chart's bars, in order
  lead?: string; // a figure id
}

interface StoryJson {
  lead?: string;
  conversions?: {figure: string; article_usd?: string}[];
  charts?: {type?: string; bars?: {figure: string; label?: string}[]; figures?: string}[];
}

const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

// The draft as new-story writes it, from its files. Both story.json formats: a bars chart listing its bars
// ({figure, label}), or the rule {"figures": "money"} (every money row that restates and converts nothing, labelled
// from figures.csv's `label`). Without a `converts` column, a conversion is read from story.json's article_usd;
// without a `lead`, the lead is the first figure story.md cites, else the first bar.
export function readDraft(files: {article: string; figures: string; story: string; prose: string}): Draft {
  const story = JSON.parse(files.story) as StoryJson;
  const parsed = csvParse(files.figures);
  const fromStory = new Map(
    (story.conversions ?? []).flatMap((c) => (c.article_usd ? [[c.article_usd, c.figure]] : []))
  );
  const rows: DraftRow[] = parsed.map((r) => ({
    id: r.id ?? "",
    value: Number(r.value),
    unit: r.unit ?? "",
    quote: r.quote ?? "",
    period: r.period ?? "",
    restates: r.restates ?? "",
    converts: parsed.columns.includes("converts") ? (r.converts ?? "") : (fromStory.get(r.id ?? "") ?? ""),
    label: r.label ?? ""
  }));
  const charts = (story.charts ?? [])
    .filter((c) => c.type === "bars")
    .map((c) =>
      Array.isArray(c.bars)
        ? c.bars.map((b) => ({figure: b.figure, label: b.label ?? rows.find((r) => r.id === b.figure)?.label ?? ""}))
        : c.figures === "money"
          ? rows
              .filter((r) => isMoney(r.unit) && !r.restates && !r.converts)
              .map((r) => ({figure: r.id, label: r.label}))
          : []
    );
  // The first figure the prose cites ("[[krw_728tn]]", "[[krw_728tn@mean]]"), not its instructions' "[[its_id]]".
  const ids = new Set(rows.map((r) => r.id));
  const cited = [...files.prose.matchAll(/\[\[([^\]@]+)(?:@[^\]]*)?\]\]/g)].map((m) => m[1]).find((id) => ids.has(id));
  return {text: files.article, rows, charts, lead: story.lead || cited || charts[0]?.[0]?.figure};
}

export interface Located {
  figure: string;
  index: number; // which mention of the figure
  start: number;
  end: number;
}

// Every gold mention's place in the article: its context found once, the amount found once inside it. An error
// names the figure and the mention that cannot be placed.
export function locate(text: string, gold: Gold, file = "gold"): Located[] {
  const out: Located[] = [];
  for (const f of gold.figures)
    f.mentions.forEach((m, index) => {
      const where = `${file}: figure ${f.id}, mention ${index + 1} ("${m.text}")`;
      const context = m.context ?? m.text;
      const at = text.indexOf(context);
      if (at < 0) throw new Error(`${where}: "${context}" is not in the article`);
      if (text.indexOf(context, at + 1) >= 0) throw new Error(`${where}: "${context}" is in the article twice`);
      const inner = context.indexOf(m.text);
      if (inner < 0 || context.indexOf(m.text, inner + 1) >= 0)
        throw new Error(`${where}: the amount is not in its context exactly once`);
      out.push({figure: f.id, index, start: at + inner, end: at + inner + m.text.length});
    });
  return out.sort((a, b) => a.start - b.start);
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

// Each draft row's gold mention: one of the same value inside the row's quote, else the first free one of that
// value after the last one matched, else the first free one. A row with no gold mention of its value (an amount
// the gold does not count as money, or one misread) matches none.
export function matchRows(text: string, gold: Gold, located: Located[], rows: DraftRow[]): Map<string, Located> {
  const value = new Map(gold.figures.map((f) => [f.id, f.value]));
  const taken = new Set<Located>();
  const out = new Map<string, Located>();
  let last = -1;
  for (const row of rows) {
    const free = located.filter((l) => !taken.has(l) && sameValue(value.get(l.figure)!, row.value));
    const q = row.quote ? text.indexOf(row.quote) : -1;
    const pick =
      (q >= 0 ? free.find((l) => l.start >= q && l.end <= q + row.quote.length) : undefined) ??
      free.find((l) => l.start > last) ??
      free[0];
    if (!pick) continue;
    taken.add(pick);
    out.set(row.id, pick);
    last = pick.start;
  }
  return out;
}

// Whether a label names what its money is: not a fragment (opening on a preposition, ending mid-phrase, cut with
// "…"), not the amount alone, and holding each of the gold's key words (any one of a keyword's "|" alternatives,
// at the start of a word: "semiconductor" in "Semiconductors").
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const OPENERS =
  /^(?:to|by|of|for|from|in|on|at|with|and|or|but|as|than|about|into|over|under|such|alone|which|that|while|including)\b/i;
const DANGLING =
  /\b(?:such|and|or|of|the|a|an|to|for|by|with|in|on|at|from|as|than|its|their|his|her|which|that|alone|including)$/i;
export function labelProblem(label: string, keywords: string[]): string | undefined {
  const core = label
    .trim()
    .replace(/\s*\([^)]*\)$/, "") // a period or an amount after it: "(2023–2025)"
    .replace(/[.,;:]+$/, "")
    .trim();
  if (!core) return "empty";
  if (/…|\.\.\./.test(label)) return "cut short";
  if (OPENERS.test(core)) return "opens on a preposition";
  if (DANGLING.test(core)) return "ends mid-phrase";
  const words = fold(core)
    .replace(/[\d.,]+|[$£€¥₹₩]|\b(?:[a-z]{1,2}\$|rs|rm|rp|r|p)\b/g, " ")
    .replace(
      /\b(?:billion|million|trillion|thousand|crore|lakh|bn|mn|m|tn|trn|won|yen|yuan|euros?|pounds?|dollars?|rupees?|reais|real|rand|ringgit|rupiah|pesos?|us|usd)\b/g,
      " "
    )
    .match(/\p{L}{3,}/gu);
  if (!words) return "the amount alone";
  const text = fold(label);
  const missing = keywords.filter(
    (k) =>
      !k
        .split("|")
        .some((alt) =>
          new RegExp(`(?:^|[^\\p{L}\\p{N}])${fold(alt).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(text)
        )
  );
  return missing.length ? `lacks ${missing.map((k) => `"${k}"`).join(", ")}` : undefined;
}

// The same period: both empty (the publication date), or the same dates however written.
export function samePeriod(a: string, b: string): boolean {
  if (!a.trim() || !b.trim()) return !a.trim() && !b.trim();
  const [p, q] = [parsePeriod(a), parsePeriod(b)];
  return p && q ? p.start === q.start && p.end === q.end : a.trim() === b.trim();
}

export interface ArticleScore {
  // MUC link counts: precision = linksRight / linksDrawn, recall = linksFound / linksNeeded.
  linksRight: number;
  linksDrawn: number;
  linksFound: number;
  linksNeeded: number;
  charts: number;
  chartsTwice: number; // charts that draw some money more than once
  labelsAccepted: number;
  labels: number;
  leadRight: boolean;
  periodsExact: number;
  periods: number;
  notes: string[]; // what failed, for a developer
}

// The money each gold figure belongs to: itself, or the figure it converts (followed to the end).
function moneyOf(gold: Gold): Map<string, string> {
  const byId = new Map(gold.figures.map((f) => [f.id, f]));
  const root = (id: string, seen = new Set<string>()): string => {
    const to = byId.get(id)?.converts;
    return to && byId.has(to) && !seen.has(to) ? root(to, seen.add(id)) : id;
  };
  return new Map(gold.figures.map((f) => [f.id, root(f.id)]));
}

// Groups of keys joined by links (union-find): key → its group's representative.
function components(keys: string[], links: [string, string][]): Map<string, string> {
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  for (const [a, b] of links) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  return new Map(keys.map((k) => [k, find(k)]));
}

// The MUC count over groups: Σ(|group| − parts it falls into under the other partition), and Σ(|group| − 1).
function muc(groups: Map<string, string[]>, partOf: (member: string) => string): [number, number] {
  let [right, total] = [0, 0];
  for (const members of groups.values()) {
    right += members.length - new Set(members.map(partOf)).size;
    total += members.length - 1;
  }
  return [right, total];
}

const group = (keys: string[], of: (k: string) => string) => {
  const out = new Map<string, string[]>();
  for (const k of keys) out.set(of(k), [...(out.get(of(k)) ?? []), k]);
  return out;
};

export function scoreArticle(gold: Gold, draft: Draft, file = "gold"): ArticleScore {
  const notes: string[] = [];
  const located = locate(draft.text, gold, file);
  const match = matchRows(draft.text, gold, located, draft.rows);
  const money = moneyOf(gold);
  const figure = new Map(gold.figures.map((f) => [f.id, f]));
  const key = (l: Located) => `${l.figure}#${l.index}`;
  const said = (l: Located) => `"${draft.text.slice(l.start, l.end)}" (${l.figure}, mention ${l.index + 1})`;
  const rowIds = new Set(draft.rows.map((r) => r.id));
  for (const l of located) if (![...match.values()].includes(l)) notes.push(`no row for ${said(l)}`);
  for (const r of draft.rows) if (!match.has(r.id)) notes.push(`row ${r.id} (${r.value} ${r.unit}) is no gold money`);

  // Links: the draft's restates and converts join rows; the gold joins a figure's mentions and its conversions.
  const links = draft.rows.flatMap((r) =>
    [r.restates, r.converts].filter((t) => t && rowIds.has(t)).map((t) => [r.id, t] as [string, string])
  );
  const draftGroup = components(
    draft.rows.map((r) => r.id),
    links
  );
  // A gold mention no row reads stands alone in the draft; a row with no gold mention stands alone in the gold.
  const rowOf = new Map([...match].map(([id, l]) => [key(l), id]));
  const [linksFound, linksNeeded] = muc(
    group(located.map(key), (k) => money.get(k.split("#")[0])!),
    (k) => (rowOf.has(k) ? draftGroup.get(rowOf.get(k)!)! : `missing:${k}`)
  );
  const [linksRight, linksDrawn] = muc(
    group(
      draft.rows.map((r) => r.id),
      (id) => draftGroup.get(id)!
    ),
    (id) => (match.has(id) ? money.get(match.get(id)!.figure)! : `spurious:${id}`)
  );
  for (const [a, b] of links) {
    const [x, y] = [match.get(a), match.get(b)];
    if (x && y && money.get(x.figure) !== money.get(y.figure))
      notes.push(`wrong link: ${a} → ${b} joins ${said(x)} to ${said(y)}`);
  }
  for (const l of located) {
    const id = rowOf.get(key(l));
    const first = located.find((o) => money.get(o.figure) === money.get(l.figure));
    const firstRow = first && rowOf.get(key(first));
    if (id && firstRow && first !== l && draftGroup.get(id) !== draftGroup.get(firstRow))
      notes.push(`missed link: ${said(l)} is the money of ${said(first)}`);
  }

  // Charts and their labels.
  let [chartsTwice, labelsAccepted, labels] = [0, 0, 0];
  for (const bars of draft.charts) {
    const drawn = new Map<string, string>();
    let twice = false;
    for (const bar of bars) {
      labels++;
      const l = match.get(bar.figure);
      if (!l) {
        notes.push(`bar ${bar.figure} "${bar.label}" draws no gold money`);
        continue;
      }
      const m = money.get(l.figure)!;
      if (drawn.has(m)) {
        twice = true;
        notes.push(`bar ${bar.figure} draws again the money of bar ${drawn.get(m)} (${m})`);
      } else drawn.set(m, bar.figure);
      const f = figure.get(l.figure)!;
      const keywords = f.keywords.length ? f.keywords : figure.get(m)!.keywords;
      const problem = labelProblem(bar.label, keywords);
      if (problem) notes.push(`label "${bar.label}" of ${bar.figure}: ${problem} (gold "${f.label}")`);
      else labelsAccepted++;
    }
    if (twice) chartsTwice++;
  }

  // The lead.
  const leadAt = draft.lead ? match.get(draft.lead) : undefined;
  const leadRight = !!leadAt && money.get(leadAt.figure) === money.get(gold.lead);
  if (!leadRight)
    notes.push(
      `lead on ${draft.lead ? (leadAt ? said(leadAt) : `${draft.lead} (no gold money)`) : "nothing"}, not ${gold.lead}`
    );

  // Periods: each money once (conversions share their figure's), read from its first row that restates nothing.
  let periodsExact = 0;
  const own = gold.figures.filter((f) => !f.converts);
  for (const f of own) {
    const rows = draft.rows.filter((r) => match.get(r.id)?.figure === f.id);
    const row = rows.find((r) => !r.restates && !r.converts) ?? rows[0];
    if (row && samePeriod(row.period, f.period)) periodsExact++;
    else notes.push(`period of ${f.id}: "${row?.period ?? "no row"}", not "${f.period}"`);
  }

  return {
    linksRight,
    linksDrawn,
    linksFound,
    linksNeeded,
    charts: draft.charts.length,
    chartsTwice,
    labelsAccepted,
    labels,
    leadRight,
    periodsExact,
    periods: own.length,
    notes
  };
}

export interface Totals {
  articles: number;
  precision: number;
  recall: number;
  chartsTwice: number;
  labelsAccepted: number;
  labels: number;
  leads: number;
  periodsExact: number;
  periods: number;
}

// The corpus's figures: link precision and recall pooled over every article (MUC), counts summed.
export function totals(scores: ArticleScore[]): Totals {
  const sum = (k: keyof ArticleScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    articles: scores.length,
    precision: ratio(sum("linksRight"), sum("linksDrawn")),
    recall: ratio(sum("linksFound"), sum("linksNeeded")),
    chartsTwice: sum("chartsTwice"),
    labelsAccepted: sum("labelsAccepted"),
    labels: sum("labels"),
    leads: scores.filter((s) => s.leadRight).length,
    periodsExact: sum("periodsExact"),
    periods: sum("periods")
  };
}

// The rows `npm run bench` prints, as the issue words them.
export function benchRows(t: Totals): string[] {
  return [
    `| drafting: restatement and conversion links, precision / recall | ${t.precision.toFixed(2)} / ${t.recall.toFixed(2)} |`,
    `| drafting: charts drawing a money twice | ${t.chartsTwice} |`,
    `| drafting: labels an editor accepts | ${t.labelsAccepted} / ${t.labels} |`,
    `| drafting: leads on the story's money | ${t.leads} / ${t.articles} |`,
    `| drafting: periods exact | ${t.periodsExact} / ${t.periods} |`
  ];
}
