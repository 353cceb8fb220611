// All inputs of the story → one checked project: figures joined to the article's amounts, the story's shape, the
// rate bases of every currency it converts, every problem at once.
import {csvParse} from "d3-dsv";
import {linkConversions, type Conversion} from "./conversions.js";
import {assertNoProblems, hasColumns, type Problem} from "./errors.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {
  articleBasis,
  customBasis,
  defaultWindow,
  publicationBasis,
  toUsd,
  windowMeanBasis,
  type Basis,
  type BasisKind,
  type DailyRate
} from "./fx.js";
import {dailySeries, parseMonthlyRates, type FxSeries} from "./fx-series.js";
import {genericProse, genericStory} from "./generic.js";
import {parseJson} from "./json.js";
import {lineOf} from "./lines.js";
import {parseProse, tokenLine, type Prose} from "./prose.js";
import {parseDailyRates} from "./rates.js";
import {parseDerive, parseNotFigures, parseRegistry, type Figure, type NotFigure} from "./registry.js";
import {parseStoryConfig, type PublishedBasis, type StoryConfig} from "./story.js";
import type {Token} from "./tokens.js";

export {lineOf};

export interface ArticleMeta {
  title: string;
  standfirst?: string;
  authors: string[];
  agency: string;
  outlet: string;
  published: string; // ISO date
  updated?: string; // ISO date of the last correction or update
  dateline: string;
  source: string;
  url?: string;
}

export interface SourceRow {
  file: string;
  what: string;
  where_from: string;
  date: string;
  licence: string;
}

// The raw text of every input file, keyed by its path in the project ("data/figures.csv").
export interface ProjectFiles {
  article: string;
  articleMeta: string;
  rates: string;
  figures: string;
  notFigures: string;
  sources: string;
  factCheck: string;
  fxMonthly: string;
  story?: string; // data/story.json: absent for the generic story
  prose?: string; // data/story.md: absent for the generic story
  factCheckProse?: string; // data/fact-check.md: the journalist's words above the verdicts
  corrections?: string; // data/corrections.csv
  dataFiles: string[]; // every file in data/, relative to it
}

export const PATHS = {
  article: "data/article.txt",
  articleMeta: "data/article.json",
  rates: "data/usdjpy-daily.csv",
  figures: "data/figures.csv",
  notFigures: "data/not-figures.csv",
  sources: "data/sources.csv",
  factCheck: "data/fact-check.csv",
  fxMonthly: "data/fx-monthly-fred.csv",
  story: "data/story.json",
  prose: "data/story.md",
  factCheckProse: "data/fact-check.md",
  corrections: "data/corrections.csv"
};

export interface Correction {
  date: string; // ISO date of the correction
  figure_id: string; // the figure it concerns, if one
  was: string; // what was wrong
  now: string; // what the story says now
}

export const VERDICTS = ["confirmed", "rounded", "discrepancy", "depends on method", "not confirmed"];

export interface FactCheck {
  figure_id: string;
  claim: string;
  primary_source_says: string;
  verdict: string;
  source: string;
}

export interface Mention extends Quantity {
  figure_ids: string[]; // registry rows that cite it
  excused: string; // the not-figures reason, if any
}

export interface ResolvedFigure extends Figure {
  value: number;
  mention?: Mention;
}

// A currency's published rate bases: the article's own (when it prints a pair), publication time, window mean.
export type CurrencyBases = Partial<Record<PublishedBasis, Basis>>;

export interface Project {
  text: string;
  meta: ArticleMeta;
  rates: DailyRate[];
  series: FxSeries[]; // every rate series: the daily yen file, then the monthly one per currency
  mentions: Mention[];
  conversions: Conversion[];
  figures: ResolvedFigure[];
  notFigures: NotFigure[];
  sources: SourceRow[];
  factChecks: FactCheck[];
  story: StoryConfig;
  prose: Prose;
  factCheckProse?: Prose;
  corrections: Correction[];
  fx: Record<string, CurrencyBases>; // every foreign currency among the figures → its bases
  chartSeries: Record<string, FxSeries>; // rates chart id → the series it draws, cut to its dates
  notes: string[]; // figure ids in footnote order: cited in the prose, then shown in charts
  defaultBasis: PublishedBasis;
}

function parseMeta(json: string, problems: Problem[]): ArticleMeta {
  const file = PATHS.articleMeta;
  let meta: Partial<ArticleMeta> = {};
  try {
    meta = JSON.parse(json) as Partial<ArticleMeta>;
  } catch (error) {
    problems.push({file, message: `not valid JSON: ${(error as Error).message}`});
  }
  for (const key of ["title", "outlet", "published", "source"] as const) {
    if (typeof meta[key] !== "string" || !meta[key]) problems.push({file, message: `missing "${key}"`});
  }
  if (meta.published && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published))
    problems.push({file, message: `"published" must be an ISO date`});
  return {title: "", authors: [], agency: "", outlet: "", published: "", dateline: "", source: "", ...meta};
}

function parseFactChecks(csv: string, ids: Set<string>, problems: Problem[]): FactCheck[] {
  const file = PATHS.factCheck;
  const rows = csvParse(csv);
  if (!hasColumns(rows.columns, ["figure_id", "claim", "primary_source_says", "verdict", "source"], file, problems))
    return [];
  return rows.map((r, i) => {
    const row = {
      figure_id: r.figure_id ?? "",
      claim: r.claim ?? "",
      primary_source_says: r.primary_source_says ?? "",
      verdict: r.verdict ?? "",
      source: r.source ?? ""
    };
    if (!ids.has(row.figure_id))
      problems.push({file, line: i + 2, message: `figure_id "${row.figure_id}" is not in ${PATHS.figures}`});
    if (!VERDICTS.includes(row.verdict))
      problems.push({file, line: i + 2, message: `verdict "${row.verdict}" must be one of: ${VERDICTS.join(", ")}`});
    if (!row.source) problems.push({file, line: i + 2, message: `"${row.figure_id}" has no source`});
    return row;
  });
}

// data/corrections.csv (optional): date, figure_id, was, now — newest last, as published.
function parseCorrections(csv: string | undefined, ids: Set<string>, problems: Problem[]): Correction[] {
  if (csv === undefined) return [];
  const file = PATHS.corrections;
  const rows = csvParse(csv);
  if (!hasColumns(rows.columns, ["date", "figure_id", "was", "now"], file, problems)) return [];
  return rows.map((r, i) => {
    const c = {date: r.date ?? "", figure_id: r.figure_id ?? "", was: r.was ?? "", now: r.now ?? ""};
    const at = (message: string) => problems.push({file, line: i + 2, message});
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.date) || Number.isNaN(Date.parse(c.date))) at(`date "${c.date}" is not a YYYY-MM-DD date`);
    if (c.figure_id && !ids.has(c.figure_id)) at(`figure_id "${c.figure_id}" is not in ${PATHS.figures}`);
    if (!c.was || !c.now) at(`a correction needs both "was" (what was wrong) and "now" (what it says now)`);
    return c;
  });
}

function parseSources(csv: string, dataFiles: string[], problems: Problem[]): SourceRow[] {
  const file = PATHS.sources;
  const rows = csvParse(csv);
  const columns = ["file", "what", "where_from", "date", "licence"];
  if (!hasColumns(rows.columns, columns, file, problems)) return [];
  const sources = rows.map((r) => ({
    file: r.file ?? "",
    what: r.what ?? "",
    where_from: r.where_from ?? "",
    date: r.date ?? "",
    licence: r.licence ?? ""
  }));
  sources.forEach((s, i) => {
    if (!dataFiles.includes(s.file))
      problems.push({file, line: i + 2, message: `lists "${s.file}", which is not in data/`});
    for (const c of columns)
      if (!s[c as keyof SourceRow]) problems.push({file, line: i + 2, message: `"${s.file}" has no ${c}`});
  });
  for (const f of dataFiles) {
    if (!sources.some((s) => s.file === f))
      problems.push({file, message: `data/${f} has no row: add its source, date and licence`});
  }
  return sources;
}

// Which extracted quantities a figure's value can match: "USD" → money in USD, "rank" → ranks…
function matchesUnit(q: Quantity, unit: string): boolean {
  if (/^[A-Z]{3}$/.test(unit)) return q.kind === "money" && q.unit === unit;
  if (unit === "rank") return q.kind === "rank";
  if (unit === "year") return q.kind === "year";
  if (unit === "%") return q.kind === "percent";
  return q.kind === "count";
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); needle && i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Computes each derived figure from its rule: rates to 4 decimals, shares to 6, dollars to the dollar.
function derive(figures: ResolvedFigure[], basisOf: (currency: string) => Basis, problems: Problem[]): void {
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) {
    if (f.kind !== "derived") continue;
    const rule = parseDerive(f.derive);
    if (!rule) continue;
    const parts = rule.ids.map((id) => byId.get(id));
    const missing = rule.ids.filter((_, i) => !parts[i] || parts[i]!.kind === "derived");
    if (missing.length) {
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `"${f.id}" derives from ${missing.map((m) => `"${m}"`).join(", ")}, which is not a reported figure`
      });
      continue;
    }
    const [a, b] = parts as ResolvedFigure[];
    try {
      if (rule.op === "rate") f.value = round(a.value / b.value, 4);
      else if (rule.op === "share") f.value = round(a.value / b.value, 6);
      else
        f.value = Math.round(
          (parts as ResolvedFigure[]).reduce((sum, p) => sum + toUsd(p.value, p.unit, basisOf(p.unit)), 0)
        );
    } catch (error) {
      problems.push({file: PATHS.figures, line: f.line, message: `"${f.id}": ${(error as Error).message}`});
    }
    if (!Number.isFinite(f.value))
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `"${f.id}" computes to ${f.value}, not a finite number`
      });
  }
}

// The basis a currency's amounts are stated under by default: the story's default, or publication time.
export function defaultBasisOf(p: Pick<Project, "fx" | "defaultBasis">, currency: string): Basis {
  const bases = p.fx[currency] ?? {};
  const basis = bases[p.defaultBasis] ?? bases.spot;
  if (!basis) throw new RangeError(`no ${currency} rate basis`);
  return basis;
}

export function basisOf(p: Pick<Project, "fx">, currency: string, kind: BasisKind, customRate?: number): Basis {
  if (kind === "custom") return customBasis(currency, customRate ?? p.fx[currency]?.article?.rate ?? NaN);
  const basis = p.fx[currency]?.[kind];
  if (!basis) throw new RangeError(`no ${kind} basis for ${currency}`);
  return basis;
}

const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

export function buildProject(files: ProjectFiles): Project {
  const problems: Problem[] = [];
  const text = files.article;
  const meta = parseMeta(files.articleMeta, problems);
  let rates: DailyRate[] = [];
  try {
    rates = parseDailyRates(files.rates, PATHS.rates);
  } catch (error) {
    for (const p of (error as {problems?: Problem[]}).problems ?? [{file: PATHS.rates, message: String(error)}])
      problems.push(p);
  }
  const series = [dailySeries(rates, "JPY", PATHS.rates), ...parseMonthlyRates(files.fxMonthly, PATHS.fxMonthly, problems)];
  const registry = parseRegistry(files.figures, PATHS.figures, problems);
  const notFigures = parseNotFigures(files.notFigures, PATHS.notFigures, problems);
  const sources = parseSources(files.sources, files.dataFiles, problems);
  const factChecks = parseFactChecks(files.factCheck, new Set(registry.map((f) => f.id)), problems);
  const corrections = parseCorrections(files.corrections, new Set(registry.map((f) => f.id)), problems);

  const mentions: Mention[] = extractAmounts(text).map((q) => ({...q, figure_ids: [], excused: ""}));
  const conversions = linkConversions(text, mentions);

  // Join each figure quoted from the article to the amount it names inside its quote.
  const figures: ResolvedFigure[] = registry.map((f) => ({...f, value: f.value ?? NaN}));
  for (const f of figures) {
    if (!f.in_article || !f.quote) continue;
    const at = occurrences(text, f.quote);
    if (!at.length) {
      problems.push({
        file: PATHS.figures,
        line: f.line,
        message: `quote of "${f.id}" is not in ${PATHS.article} verbatim: "${f.quote}"`
      });
      continue;
    }
    if (f.kind === "derived" || f.unit === "date") continue;
    const inside = mentions.filter((m) => at.some((a) => m.start >= a && m.end <= a + f.quote.length));
    const match = inside.find((m) => m.value === f.value && matchesUnit(m, f.unit));
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
    match.figure_ids.push(f.id);
  }
  for (const n of notFigures) {
    const at = occurrences(text, n.text);
    if (!at.length)
      problems.push({file: PATHS.notFigures, line: n.line, message: `"${n.text}" is not in ${PATHS.article}`});
    for (const m of mentions) if (at.some((a) => m.start >= a && m.end <= a + n.text.length)) m.excused = n.reason;
  }
  for (const m of mentions) {
    if (m.kind === "money" && !m.figure_ids.length && !m.excused) {
      problems.push({
        file: PATHS.article,
        line: lineOf(text, m.start),
        message: `money amount "${m.text}" is not accounted for: add it to ${PATHS.figures} (with its quote) or to ${PATHS.notFigures}`
      });
    }
  }

  // The story's shape: data/story.json, or the generic story of every money figure when there is none.
  const byId = new Map(figures.map((f) => [f.id, f]));
  const story =
    files.story === undefined
      ? genericStory(figures, conversions)
      : checkStory(files.story, byId, problems);
  const prose = parseProse(files.prose ?? genericProse(meta, story, figures), PATHS.prose, problems);
  const factCheckProse =
    files.factCheckProse === undefined ? undefined : parseProse(`# Fact check\n${files.factCheckProse}`, PATHS.factCheckProse, problems);

  // The rate bases of every foreign currency among the figures.
  const fx: Project["fx"] = {};
  const window = story.mean_window ?? defaultWindow(meta.published || "2000-01-01");
  const currencies = [...new Set(figures.filter((f) => isMoney(f.unit) && f.unit !== "USD").map((f) => f.unit))];
  const amountsIn = (c: string) =>
    figures
      .filter((f) => f.unit === c)
      .map((f) => `"${f.id}"`)
      .join(", ");
  for (const currency of currencies) {
    const bases: CurrencyBases = {};
    const attempt = (kind: PublishedBasis, make: () => Basis) => {
      try {
        bases[kind] = make();
      } catch (error) {
        problems.push({file: PATHS.figures, message: `${amountsIn(currency)}: ${kind} basis: ${(error as Error).message}`});
      }
    };
    const pair = story.conversions
      .map((c) => ({c, from: byId.get(c.figure), to: c.article_usd ? byId.get(c.article_usd) : undefined}))
      .find((x) => x.from?.unit === currency && x.to);
    if (pair) {
      const found = conversions.find((c) => c.from === pair.from!.mention && c.to === pair.to!.mention);
      if (!found)
        problems.push({
          file: PATHS.article,
          message: `no "${pair.from!.mention?.text ?? pair.from!.id} (US$…)" pair in the article joins "${pair.c.figure}" and "${pair.c.article_usd}" (data/story.json conversions)`
        });
      else attempt("article", () => articleBasis(currency, found.rate, meta.published));
    }
    if (meta.published) {
      attempt("spot", () => publicationBasis(series, currency, meta.published));
      attempt("mean", () => windowMeanBasis(series, currency, window.start, window.end));
    }
    fx[currency] = bases;
  }
  const defaultBasis = story.default_basis;
  for (const c of story.conversions) {
    const f = byId.get(c.figure);
    if (f && fx[f.unit] && !fx[f.unit][defaultBasis] && defaultBasis === "article")
      problems.push({
        file: PATHS.story,
        message: `default_basis is "article", but "${c.figure}" has no US$ conversion in the article: add "article_usd" or choose "spot" or "mean"`
      });
  }

  // Each rates chart's series, cut to its dates: from the averaging window's start to the publication date.
  const chartSeries: Project["chartSeries"] = {};
  for (const c of story.charts) {
    if (c.type !== "rates") continue;
    const from = c.from ?? window.start;
    const to = c.to ?? meta.published;
    // Daily rates when they cover the dates (to within a week at either end), else monthly means.
    const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000;
    const covers = (d: FxSeries) =>
      d.points.length > 0 && (d.points[0].date <= from || near(d.points[0].date, from)) && (d.points.at(-1)!.date >= to || near(d.points.at(-1)!.date, to));
    const s =
      series.find((d) => d.currency === c.currency && d.frequency === "daily" && covers(d)) ??
      series.find((d) => d.currency === c.currency && d.frequency === "monthly");
    const points = s?.points.filter((d) => d.date >= from.slice(0, s.frequency === "monthly" ? 7 : 10) && d.date <= to) ?? [];
    if (!s || points.length < 2)
      problems.push({file: PATHS.story, message: `chart "${c.id}": no ${c.currency} rates from ${from} to ${to}: add them to ${PATHS.fxMonthly}`});
    else chartSeries[c.id] = {...s, points};
  }

  const project: Project = {
    text,
    meta,
    rates,
    series,
    mentions,
    conversions,
    figures,
    notFigures,
    sources,
    factChecks,
    story,
    prose,
    ...(factCheckProse ? {factCheckProse} : {}),
    corrections,
    fx,
    chartSeries,
    notes: [],
    defaultBasis
  };
  assertNoProblems(problems);
  derive(figures, (currency) => defaultBasisOf(project, currency), problems);
  checkCitations(project, problems);
  assertNoProblems(problems);
  project.notes = footnoteOrder(project);
  return project;
}

// data/story.json → its config, each figure id it names checked against the registry.
function checkStory(json: string, byId: Map<string, ResolvedFigure>, problems: Problem[]): StoryConfig {
  const {config, refs} = parseStoryConfig(parseJson(json, PATHS.story, problems), json, PATHS.story, problems);
  for (const r of refs) {
    const f = byId.get(r.id);
    const at = (message: string) => problems.push({file: PATHS.story, line: r.line, message});
    if (!f) {
      at(`${r.where} cites "${r.id}", which is not in ${PATHS.figures}`);
      continue;
    }
    const money = isMoney(f.unit);
    if (r.need === "money" && !money) at(`${r.where}: "${r.id}" is in ${f.unit}, not money`);
    if (r.need === "foreign" && (!money || f.unit === "USD"))
      at(`${r.where}: "${r.id}" is in ${f.unit}; only an amount in a currency other than USD is converted`);
    if (r.need === "usd" && f.unit !== "USD") at(`${r.where}: "${r.id}" must be in USD, not ${f.unit}`);
    if (r.need === "rank" && f.unit !== "rank") at(`${r.where}: "${r.id}" must be a rank, not ${f.unit}`);
    if (r.need === "count" && !["count", "people", "rank"].includes(f.unit))
      at(`${r.where}: "${r.id}" must be a count or people, not ${f.unit}`);
  }
  return config;
}

// What a citation prints: [[aws_cloud]] → "US$14 billion"; [[chip_subsidies@mean]] → "US$30.6 billion";
// [[chip_subsidies:rate@article]] → 153.30; [[chip_subsidies:from@mean]] → "2021". An error says why not.
export function citationValue(
  p: Pick<Project, "fx">,
  f: Pick<ResolvedFigure, "id" | "value" | "unit">,
  t: Pick<Token, "field" | "basis">
): {value: number | string; kind: "figure" | "usd" | "rate" | "year"} | {error: string} {
  if (t.field === "value") return {value: f.value, kind: "figure"};
  const basis = p.fx[f.unit]?.[t.basis!];
  if (!basis)
    return {error: `"${f.id}" is in ${f.unit}: it has no ${t.basis} rate basis${f.unit === "USD" ? " (it is already in US$)" : ""}`};
  if (t.field === "usd") return {value: toUsd(f.value, f.unit, basis), kind: "usd"};
  if (t.field === "rate") return {value: basis.rate, kind: "rate"};
  const day = t.field === "from" ? basis.window_start : basis.window_end;
  if (!day) return {error: `the ${t.basis} basis of "${f.id}" has no window: use ${t.field}@mean`};
  return {value: Number(day.slice(0, 4)), kind: "year"};
}

// Every citation in the prose names a figure of the registry that can print the way it asks.
function checkCitations(p: Project, problems: Problem[]): void {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  const charts = new Set(p.story.charts.map((c) => c.id));
  const converted = new Set(p.story.conversions.map((c) => c.figure));
  for (const [prose, file] of [[p.prose, PATHS.prose], [p.factCheckProse, PATHS.factCheckProse]] as const) {
    for (const b of prose?.blocks ?? []) {
      if (b.type === "directive") {
        if (b.name === "chart" && b.arg && !charts.has(b.arg))
          problems.push({file, line: b.line, message: `::: chart ${b.arg}: no chart "${b.arg}" in ${PATHS.story}`});
        if (b.name === "conversion" && b.arg && !converted.has(b.arg))
          problems.push({file, line: b.line, message: `::: conversion ${b.arg}: "${b.arg}" is not among the conversions in ${PATHS.story}`});
        continue;
      }
      for (const t of b.tokens) {
        if (t.error) continue;
        const line = tokenLine(b, t);
        const f = byId.get(t.id);
        if (!f) {
          problems.push({file, line, message: `cites "${t.id}", which is not in ${PATHS.figures}`});
          continue;
        }
        const v = citationValue(p, f, t);
        if ("error" in v) problems.push({file, line, message: `${t.raw}: ${v.error}`});
      }
    }
  }
}

// Footnotes: the figures the prose cites, in the order it first cites them, then those only the charts show.
function footnoteOrder(p: Project): string[] {
  const ids: string[] = [];
  for (const b of p.prose.blocks) if (b.type === "markdown") for (const t of b.tokens) ids.push(t.id);
  for (const c of p.story.charts) {
    if (c.type === "bars") ids.push(...c.bars.map((b) => b.figure));
    else if (c.type === "timeline") ids.push(...c.events.map((e) => e.figure));
    else if (c.type === "shares") ids.push(...c.rows.flatMap((r) => [r.figure, r.of]));
    else if (c.type === "rank") ids.push(c.figure, c.of);
    else ids.push(...(c.annotations ?? []).map((a) => a.figure));
  }
  for (const c of p.story.conversions) ids.push(c.figure, ...(c.article_usd ? [c.article_usd] : []));
  return [...new Set(ids.filter(Boolean))];
}
