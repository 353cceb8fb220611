// A new article → the draft of its story, file by file for data/: the article and its metadata, one draft figure
// per money amount with its quote, the generic story, empty checks and the sources table. `npm run new-story`
// writes them; a person then checks each figure and edits the prose.
import {csvFormatRows, csvParse} from "d3-dsv";
import {linkConversions} from "./conversions.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {defaultWindow} from "./fx.js";
import {genericProse, genericStory} from "./generic.js";
import type {ArticleMeta, SourceRow} from "./project.js";
import {COLUMNS} from "./registry.js";
import {sentenceSpans, type Span} from "./sentences.js";
import type {StoryConfig} from "./story.js";

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
export const RETIRED_FILES = ["fact-check.md", "corrections.csv"] as const;
export type DraftFile = (typeof DRAFT_FILES)[number];

export interface DraftFigure {
  id: string;
  text: string; // the amount as printed: "2.8 trillion won"
  value: number;
  unit: string;
  quote: string;
}

export interface DraftPair {
  from: string; // figure ids
  to: string;
  text: string; // "2.8 trillion won (US$2 billion)"
  rate: number; // units of `from` per US$
}

export interface Draft {
  files: Record<DraftFile, string>;
  meta: ArticleMeta;
  figures: DraftFigure[];
  pairs: DraftPair[];
  story: StoryConfig;
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
function clauses(text: string, s: Span): Span[] {
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

// The shortest run of `units` around the amount, from the units holding it outwards (left first, for the subject),
// that reads as a phrase (4 words or more, or all of the units) and occurs once in the text.
function grow(text: string, units: Span[], q: Span): string | undefined {
  let i = units.findIndex((u) => u.end > q.start);
  let j = units.findIndex((u) => u.end >= q.end);
  if (i < 0 || j < 0) return undefined;
  for (let step = 0; ; step++) {
    const quote = spanText(text, units[i], units[j]);
    const all = i === 0 && j === units.length - 1;
    if (quote.includes(text.slice(q.start, q.end)) && (words(quote) >= 4 || all) && isUnique(text, quote)) return quote;
    if (all) return undefined;
    if ((step % 2 === 0 || j === units.length - 1) && i > 0) i--;
    else j++;
  }
}

// The shortest verbatim span around an amount that is unique in the article and contains it: its clause, else
// more of its sentence, else neighbouring sentences. "…said on Tuesday it would invest 2.8 trillion won (US$2
// billion) to expand its plant near Wroclaw, Poland, …" → "LG Energy Solution said on Tuesday it would invest
// 2.8 trillion won (US$2 billion) to expand its plant near Wroclaw"
export function quoteOf(
  text: string,
  q: Pick<Quantity, "start" | "end" | "sentence">,
  sentences = sentenceSpans(text)
): string {
  const sentence = q.sentence ?? sentences.find((s) => s.start <= q.start && s.end >= q.end);
  const inSentence = sentence ? grow(text, clauses(text, sentence), q) : undefined;
  return inSentence ?? grow(text, sentences, q) ?? text.trim();
}

const csvText = (rows: string[][]) => rows.map((r) => csvFormatRows([r])).join("\n") + "\n";

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
    ...(input.url ? {url: input.url} : {})
  };
  const mentions = extractAmounts(text);
  const sentences = sentenceSpans(text);
  const taken = new Map<string, number>();
  const money = mentions.filter((m) => m.kind === "money");
  const figures = money.map((m) => {
    const base = figureId(m.value, m.unit);
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    const id = n === 1 ? base : `${base}_${n}`;
    return {id, text: m.text, value: m.value, unit: m.unit, quote: quoteOf(text, m, sentences), mention: m};
  });
  // An id with a suffix can clash with another amount's plain id ("usd_2bn_2"): number on until it is free.
  const ids = new Set<string>();
  for (const f of figures) {
    let id = f.id;
    for (let k = 2; ids.has(id); k++) id = `${f.id}_${k}`;
    f.id = id;
    ids.add(id);
  }
  const conversions = linkConversions(text, mentions);
  const registered = figures.map((f) => ({
    ...f,
    entity: "",
    kind: "reported" as const,
    in_article: true
  }));
  const referredYears = mentions.filter((m) => m.kind === "year").map((m) => m.value);
  const story: StoryConfig = {
    ...genericStory(registered, conversions),
    mean_window: defaultWindow(published, referredYears)
  };
  const byMention = new Map(figures.map((f) => [f.mention, f]));
  const pairs = conversions
    .filter((c) =>
      story.conversions.some((s) => s.figure === byMention.get(c.from)?.id && s.article_usd === byMention.get(c.to)?.id)
    )
    .map((c) => ({
      from: byMention.get(c.from)!.id,
      to: byMention.get(c.to)!.id,
      text: text.slice(c.from.start, text.indexOf(")", c.to.end) + 1),
      rate: c.rate
    }));

  const source = `article (${outlet} ${published})`;
  const figuresCsv = csvText([
    [...COLUMNS, "status"],
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
        note: "",
        status: "draft"
      };
      return [...COLUMNS, "status"].map((c) => row[c] ?? "");
    })
  ]);

  const files: Record<DraftFile, string> = {
    "article.txt": text,
    "article.json": `${JSON.stringify({file: "article.txt", ...meta}, null, 2)}\n`,
    "figures.csv": figuresCsv,
    "not-figures.csv": "text,reason\n",
    "fact-check.csv": "figure_id,claim,primary_source_says,verdict,source\n",
    "story.json": `${JSON.stringify(story, null, 2)}\n`,
    "story.md": genericProse(meta, story, figures),
    "sources.csv": sourcesCsv(meta, input.sources ?? "", input.keptFiles ?? [])
  };
  return {files, meta, figures: figures.map(({mention: _, ...f}) => f), pairs, story};
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
  const keep = current.trim() ? csvParse(current).filter((r) => r.file && kept.includes(r.file)) : [];
  const columns: (keyof SourceRow)[] = ["file", "what", "where_from", "date", "licence"];
  return csvText([columns, ...[...rows, ...keep].map((r) => columns.map((c) => r[c] ?? ""))]);
}
