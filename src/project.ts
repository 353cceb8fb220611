// All inputs of the story → one checked project: figures joined to the article's amounts, every problem at once.
import {linkConversions, type Conversion} from "./conversions.js";
import {isIsoDate} from "./dates.js";
import {assertNoProblems, type Problem} from "./errors.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {parseFactChecks, type FactCheck} from "./fact-checks.js";
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
import {inputText} from "./input-text.js";
import {parseMeta, type ArticleMeta} from "./meta.js";
import {parseDailyRates} from "./rates.js";
import {parseDerive, parseNotFigures, parseRegistry, unitRule, type Figure, type NotFigure} from "./registry.js";
import {DEFAULT_BASIS, MEAN_WINDOW, SUBSIDY} from "./settings.js";
import {parseSources, type SourceRow} from "./sources.js";

export {VERDICTS, type FactCheck} from "./fact-checks.js";
export type {ArticleMeta} from "./meta.js";
export type {SourceRow} from "./sources.js";

// An input file as read: its bytes (checked as UTF-8), its text, or null when the file is missing.
export type InputFile = Uint8Array | string | null;

// Every input file, keyed by its path in the project ("data/figures.csv").
export interface ProjectFiles {
  article: InputFile;
  articleMeta: InputFile;
  rates: InputFile;
  figures: InputFile;
  notFigures: InputFile;
  sources: InputFile;
  factCheck: InputFile;
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

// Computes each derived figure from its rule: rates to 4 decimals, shares to 6, dollars to the dollar. A rule
// whose parts already have a problem, or a "usd:" rule without a basis, is left for those problems to explain.
// A share must come out between 0 and 1, a rate above 0, and a rank paired with its "of" must not exceed it.
function derive(figures: ResolvedFigure[], basis: Basis | undefined, flawed: Set<number>, problems: Problem[]): void {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const at = (f: ResolvedFigure, message: string) => problems.push({file: PATHS.figures, line: f.line, message});
  for (const f of figures) {
    if (f.kind !== "derived") continue;
    const rule = parseDerive(f.derive);
    if (!rule) continue;
    const parts = rule.ids.map((id) => byId.get(id));
    const missing = rule.ids.filter((_, i) => !parts[i] || parts[i]!.kind === "derived");
    if (missing.length) {
      at(f, `"${f.id}" derives from ${missing.map((m) => `"${m}"`).join(", ")}, which is not a reported figure`);
      continue;
    }
    const [a, b] = parts as ResolvedFigure[];
    if (parts.some((p) => flawed.has(p!.line)) || (rule.op === "usd" && !basis)) continue;
    if (rule.op !== "usd" && a.unit === "rank" && a.value > b.value) {
      at(f, `"${f.id}": rank ${a.value} ("${a.id}") is beyond its "of", ${b.value} ("${b.id}")`);
      continue;
    }
    try {
      if (rule.op === "rate") f.value = round(a.value / b.value, 4);
      else if (rule.op === "share") f.value = round(a.value / b.value, 6);
      else
        f.value = Math.round((parts as ResolvedFigure[]).reduce((sum, p) => sum + toUsd(p.value, p.unit, basis!), 0));
    } catch (error) {
      at(f, `"${f.id}": ${(error as Error).message}`);
      continue;
    }
    if (!Number.isFinite(f.value)) at(f, `"${f.id}" computes to ${f.value}, not a finite number`);
    else if (unitRule(f.value, f.unit))
      at(f, `"${f.id}" computes to ${f.value}, but a value in "${f.unit}" ${unitRule(f.value, f.unit)}`);
  }
}

export function basisOf(project: Pick<Project, "bases">, kind: BasisKind, customRate?: number): Basis {
  return kind === "custom" ? customBasis(customRate ?? project.bases.article.rate) : project.bases[kind];
}

export function buildProject(files: ProjectFiles, options: {defaultBasis?: BasisKind} = {}): Project {
  const problems: Problem[] = [];
  // Each file's text (UTF-8 checked, BOM dropped, "\n" line ends), or undefined when it is missing.
  const read = (key: keyof typeof PATHS) => inputText(files[key], PATHS[key], problems);
  const article = read("article");
  const text = article ?? "";
  const meta = parseMeta(read("articleMeta"), PATHS.articleMeta, problems);
  const rates: DailyRate[] = parseDailyRates(read("rates"), PATHS.rates, problems);
  const registry = parseRegistry(read("figures"), PATHS.figures, problems);
  const notFigures = parseNotFigures(read("notFigures"), PATHS.notFigures, problems);
  // A missing input is already one problem; sources.csv is not also blamed for listing it.
  const missing = (Object.keys(PATHS) as (keyof typeof PATHS)[]).filter((k) => files[k] === null);
  const dataFiles = [...new Set([...files.dataFiles, ...missing.map((k) => PATHS[k].replace(/^data\//, ""))])].sort();
  const sources = parseSources(read("sources"), PATHS.sources, dataFiles, problems);
  // A file read only in part (missing, or rows lost to a broken quote) cannot show that something is absent.
  const partial = (file: string) => problems.some((p) => p.partial && p.file === file);
  const ids = partial(PATHS.figures) ? undefined : new Set(registry.map((f) => f.id));
  const factChecks = parseFactChecks(read("factCheck"), PATHS.factCheck, ids, PATHS.figures, problems);

  const mentions: Mention[] = extractAmounts(text).map((q) => ({...q, figure_ids: [], excused: ""}));
  const conversions = linkConversions(text, mentions);

  // Join each figure quoted from the article to the amount it names inside its quote.
  const figures: ResolvedFigure[] = registry.map((f) => ({...f, value: f.value ?? NaN}));
  for (const f of figures) {
    if (!f.in_article || !f.quote || article === undefined) continue;
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
    if (!at.length && article !== undefined)
      problems.push({file: PATHS.notFigures, line: n.line, message: `"${n.text}" is not in ${PATHS.article}`});
    for (const m of mentions) if (at.some((a) => m.start >= a && m.end <= a + n.text.length)) m.excused = n.reason;
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

  // The rate bases. The article's own rate comes from its ¥/US$ pair for the subsidy.
  const subsidy = figures.find((f) => f.id === SUBSIDY.id);
  const subsidyUsd = figures.find((f) => f.id === SUBSIDY.usd);
  const pair = conversions.find((c) => c.from === subsidy?.mention && c.to === subsidyUsd?.mention);
  const joinable = article !== undefined && !partial(PATHS.figures);
  if (joinable && (!subsidy || !subsidyUsd))
    problems.push({
      file: PATHS.figures,
      message: `needs figures "${SUBSIDY.id}" and "${SUBSIDY.usd}" (the subsidy and the article's US$ conversion of it)`
    });
  else if (joinable && !pair)
    problems.push({file: PATHS.article, message: `no "¥… (US$…)" pair joins "${SUBSIDY.id}" and "${SUBSIDY.usd}"`});
  const bases = {} as Project["bases"];
  const tryBasis = (kind: Exclude<BasisKind, "custom">, make: () => Basis) => {
    try {
      bases[kind] = make();
    } catch (error) {
      problems.push({file: PATHS.rates, message: `${kind} basis: ${(error as Error).message}`});
    }
  };
  if (joinable) tryBasis("article", () => articleBasis(pair ? pair.rate : NaN, meta.published));
  if (rates.length) {
    if (isIsoDate(meta.published)) tryBasis("spot", () => spotBasis(rates, meta.published));
    tryBasis("mean", () => meanBasis(rates, MEAN_WINDOW.start, MEAN_WINDOW.end));
  }

  // Derived figures join the same list: every problem is reported in one pass.
  const basis = basisOf({bases}, options.defaultBasis ?? DEFAULT_BASIS) as Basis | undefined;
  const flawed = new Set(problems.filter((p) => p.file === PATHS.figures && p.line).map((p) => p.line!));
  if (!partial(PATHS.figures)) derive(figures, basis, flawed, problems);
  assertNoProblems(problems);

  const defaultBasis = basis!;
  return {text, meta, rates, mentions, conversions, figures, notFigures, sources, factChecks, bases, defaultBasis};
}
