// All inputs of the story → one checked project: figures joined to the article's amounts, every problem at once.
import {csvParse} from "d3-dsv";
import {linkConversions, type Conversion} from "./conversions.js";
import {assertNoProblems, hasColumns, type Problem} from "./errors.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {
  articleBasis,
  customBasis,
  meanBasis,
  spotBasis,
  toUsd,
  type Basis,
  type BasisKind,
  type DailyRate
} from "./fx.js";
import {parseDailyRates} from "./rates.js";
import {parseDerive, parseNotFigures, parseRegistry, type Figure, type NotFigure} from "./registry.js";
import {DEFAULT_BASIS, MEAN_WINDOW, SUBSIDY} from "./settings.js";

export interface ArticleMeta {
  title: string;
  authors: string[];
  agency: string;
  outlet: string;
  published: string; // ISO date
  dateline: string;
  source: string;
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
  dataFiles: string[]; // every file in data/, relative to it
}

export const PATHS = {
  article: "data/article.txt",
  articleMeta: "data/article.json",
  rates: "data/usdjpy-daily.csv",
  figures: "data/figures.csv",
  notFigures: "data/not-figures.csv",
  sources: "data/sources.csv",
  factCheck: "data/fact-check.csv"
};

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

export interface Project {
  text: string;
  meta: ArticleMeta;
  rates: DailyRate[];
  mentions: Mention[];
  conversions: Conversion[];
  figures: ResolvedFigure[];
  notFigures: NotFigure[];
  sources: SourceRow[];
  factChecks: FactCheck[];
  bases: Record<Exclude<BasisKind, "custom">, Basis>;
  defaultBasis: Basis;
}

// Line number (1-based) of a UTF-16 offset.
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
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
function derive(figures: ResolvedFigure[], basis: Basis, problems: Problem[]): void {
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
      else f.value = Math.round((parts as ResolvedFigure[]).reduce((sum, p) => sum + toUsd(p.value, p.unit, basis), 0));
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

export function basisOf(project: Pick<Project, "bases">, kind: BasisKind, customRate?: number): Basis {
  return kind === "custom"
    ? customBasis(project.bases.article.currency, customRate ?? project.bases.article.rate)
    : project.bases[kind];
}

export function buildProject(files: ProjectFiles, options: {defaultBasis?: BasisKind} = {}): Project {
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
  const registry = parseRegistry(files.figures, PATHS.figures, problems);
  const notFigures = parseNotFigures(files.notFigures, PATHS.notFigures, problems);
  const sources = parseSources(files.sources, files.dataFiles, problems);
  const factChecks = parseFactChecks(files.factCheck, new Set(registry.map((f) => f.id)), problems);

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

  // The rate bases. The article's own rate comes from its ¥/US$ pair for the subsidy.
  const subsidy = figures.find((f) => f.id === SUBSIDY.id);
  const subsidyUsd = figures.find((f) => f.id === SUBSIDY.usd);
  const pair = conversions.find((c) => c.from === subsidy?.mention && c.to === subsidyUsd?.mention);
  if (!subsidy || !subsidyUsd)
    problems.push({
      file: PATHS.figures,
      message: `needs figures "${SUBSIDY.id}" and "${SUBSIDY.usd}" (the subsidy and the article's US$ conversion of it)`
    });
  else if (!pair)
    problems.push({file: PATHS.article, message: `no "¥… (US$…)" pair joins "${SUBSIDY.id}" and "${SUBSIDY.usd}"`});
  const bases = {} as Project["bases"];
  const tryBasis = (kind: Exclude<BasisKind, "custom">, make: () => Basis) => {
    try {
      bases[kind] = make();
    } catch (error) {
      problems.push({file: PATHS.rates, message: `${kind} basis: ${(error as Error).message}`});
    }
  };
  tryBasis("article", () => articleBasis("JPY", pair ? pair.rate : NaN, meta.published));
  if (rates.length) {
    tryBasis("spot", () => spotBasis(rates, meta.published));
    tryBasis("mean", () => meanBasis(rates, MEAN_WINDOW.start, MEAN_WINDOW.end));
  }
  assertNoProblems(problems);

  const defaultBasis = basisOf({bases}, options.defaultBasis ?? DEFAULT_BASIS);
  derive(figures, defaultBasis, problems);
  assertNoProblems(problems);
  return {text, meta, rates, mentions, conversions, figures, notFigures, sources, factChecks, bases, defaultBasis};
}
