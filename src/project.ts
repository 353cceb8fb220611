// All inputs of the story → one checked project: figures joined to the article's amounts, the story's shape, the
// rate bases of every currency it converts, every problem at once.
import {linkConversions, type Conversion} from "./conversions.js";
import {parseCorrections, type Correction} from "./corrections.js";
import {
  CPI_FILE,
  cpiMean,
  cpiMonths,
  deflate,
  dollarsOf,
  parseCpi,
  type CpiMean,
  type CpiPoint,
  type DollarsOf
} from "./cpi.js";
import {isIsoDate} from "./dates.js";
import {assertNoProblems, type Problem} from "./errors.js";
import {extractAmounts, type Quantity} from "./extract.js";
import {formatFigure} from "./figure-text.js";
import {formatMoney, formatRate} from "./format.js";
import {parseFactChecks, type FactCheck} from "./fact-checks.js";
import {isCurrency} from "./currencies.js";
import {customBasis, toUsd, type Basis, type BasisKind} from "./basis.js";
import {
  articleBasis,
  articleElsewhen,
  articleUnprinted,
  defaultWindow,
  outsideArticleTime,
  publicationBasis,
  windowMeanBasis,
  type DailyRate
} from "./fx.js";
import {OTHER_RATES_FILE, dailySeries, parseMonthlyRates, parseOtherRates, type FxSeries} from "./fx-series.js";
import {genericProse, genericStory, storyJson} from "./generic.js";
import {inputText} from "./input-text.js";
import {parseJson} from "./json-parse.js";
import {lineOf} from "./lines.js";
import {parseMeta, type ArticleMeta} from "./meta.js";
import {parseProse, tokenLine, type Block, type Prose} from "./prose.js";
import {checkCells, proseCells} from "./cells.js";
import {parseDailyRates} from "./rates.js";
import {
  parseDerive,
  parseNotFigures,
  parseRegistry,
  unitRule,
  type DeriveOp,
  type Figure,
  type NotFigure
} from "./registry.js";
import {parseSources, type SourceRow} from "./sources.js";
import {parsePeriod} from "./period.js";
import {rateWindow} from "./periods.js";
import {isRates} from "./charts/rates.js";
import {
  BASIS_KINDS,
  chartFigures,
  citable,
  mapCitable,
  parseStoryConfig,
  type PublishedBasis,
  type RegistryLookup,
  type StoryConfig
} from "./story.js";
import {
  articlePairs,
  didYouMean,
  fillLabels,
  leadOf,
  registryLookup,
  restatements,
  storyConversions,
  summaryMarkdown
} from "./story-view.js";
import {scanTokens, type Token} from "./tokens.js";
import {GDP_FILE, POPULATION_FILE, parseWorldBank} from "./world-bank.js";
import {parsedOnce, type ParseCache} from "./parse-cache.js";
import {scaleOf, type Scale} from "./scale.js";

export {VERDICTS, type FactCheck} from "./fact-checks.js";
export type {Correction} from "./corrections.js";
export type {ArticleMeta} from "./meta.js";
export type {SourceRow} from "./sources.js";
export {lineOf};

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
  fxMonthly: InputFile;
  fxOther: InputFile; // data/fx-other.csv, optional: monthly rates of currencies the FRED file lacks
  // Optional: null when absent. Without story.json and story.md the generic story applies.
  story: InputFile; // data/story.json
  prose: InputFile; // data/story.md
  factCheckProse: InputFile; // data/fact-check.md: the journalist's words above the verdicts
  corrections: InputFile; // data/corrections.csv
  cpi: InputFile; // data/cpi-u-monthly.csv: US CPI-U by month, for constant dollars
  gdp: InputFile; // data/gdp-current-usd.csv: World Bank GDP by country and year, for shares of GDP
  population: InputFile; // data/population.csv: World Bank population, for amounts per person
  dataFiles: string[]; // every file in data/, relative to it
  docsFiles?: string[]; // every file under docs/, relative to it ("photo.jpg"): the images a page may show
  pages?: {slug: string; text: InputFile}[]; // data/pages/<slug>.md: extra pages of the story, each at /<slug>
}

// An extra page: data/pages/<slug>.md, published at /<slug> and listed in the sidebar after the story.
export interface ExtraPage {
  slug: string;
  file: string; // "data/pages/background.md"
  prose: Prose;
}

// The addresses the site's own pages take: an extra page may not take one.
const RESERVED = new Set([
  "index",
  "fact-check",
  "methodology",
  "data",
  "embed",
  "_file",
  "_import",
  "_npm",
  "_observablehq",
  "_node"
]);

export const PATHS = {
  article: "data/article.txt",
  articleMeta: "data/article.json",
  rates: "data/usdjpy-daily.csv",
  figures: "data/figures.csv",
  notFigures: "data/not-figures.csv",
  sources: "data/sources.csv",
  factCheck: "data/fact-check.csv",
  fxMonthly: "data/fx-monthly-fred.csv",
  fxOther: OTHER_RATES_FILE,
  story: "data/story.json",
  prose: "data/story.md",
  factCheckProse: "data/fact-check.md",
  corrections: "data/corrections.csv",
  cpi: CPI_FILE,
  gdp: GDP_FILE,
  population: POPULATION_FILE
};

// The inputs a story may leave out.
export const OPTIONAL: (keyof typeof PATHS)[] = [
  "story",
  "prose",
  "factCheckProse",
  "corrections",
  "fxOther",
  "cpi",
  "gdp",
  "population"
];

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
  pages: ExtraPage[];
  corrections: Correction[];
  fx: Record<string, CurrencyBases>; // figure id → the bases of that amount (its currency's, its own window)
  chartSeries: Record<string, FxSeries>; // rates chart id → the series it draws, cut to its dates
  notes: string[]; // figure ids in footnote order: cited in the prose, then shown in charts
  looseWords: {file: string; line: number; id: string; words: string}[]; // [[id|~words]]: printed unchecked
  warnings: Problem[]; // what the build fell back on, printed as notes: a figure without a label, no lead
  defaultBasis: PublishedBasis;
  dollars?: DollarsOf; // the month whose dollars constant-dollar sums are in, when data/ has CPI-U
  deflators: Record<string, Deflators>; // money figure id → the CPI months each of its US$ values is in
  scales: Record<string, Scale>; // gdp_share / per_person figure id → its inputs
  cpi: CpiPoint[];
}

// The CPI months a sum in US$ is in, by the basis it was converted under ("usd" for an amount in US$): under the
// 2021–23 mean it is in 2021–23 dollars; at the publication-day rate, in that month's.
export type Deflators = Partial<Record<BasisKind | "usd", CpiMean>>;

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
// A share of GDP or a sum per person (`scale`) is measured against the World Bank's series (scale.ts).
function derive(
  figures: ResolvedFigure[],
  basisOf: (figure: ResolvedFigure) => Basis | undefined,
  flawed: Set<number>,
  problems: Problem[],
  scale: (op: Scale["op"], part: ResolvedFigure, country: string) => Scale | {error: string}
): Record<string, Scale> {
  const scales: Record<string, Scale> = {};
  const byId = new Map(figures.map((f) => [f.id, f]));
  const at = (f: ResolvedFigure, message: string) => problems.push({file: PATHS.figures, line: f.line, message});
  for (const f of figures) {
    if (f.kind !== "derived") continue;
    const rule = parseDerive(f.derive);
    if (!rule) continue;
    const parts = rule.ids.map((id) => byId.get(id));
    if (rule.ids.includes(f.id)) {
      at(f, `"${f.id}" derives from itself`);
      continue;
    }
    const twice = rule.ids.find((id, i) => rule.ids.indexOf(id) !== i);
    if (twice) {
      at(f, `"${f.id}" names "${twice}" twice in ${f.derive}: each part of a rule is a different figure`);
      continue;
    }
    const missing = rule.ids.filter((_, i) => !parts[i] || parts[i]!.kind === "derived");
    if (missing.length) {
      at(f, `"${f.id}" derives from ${missing.map((m) => `"${m}"`).join(", ")}, which is not a reported figure`);
      continue;
    }
    const [a, b] = parts as ResolvedFigure[];
    // The units a rule's parts must have, and the unit its result has: money over money in two currencies is a
    // rate ("JPY per USD"); a share is of like over like (a rank of a count); a sum in US$ is of money.
    const wrong = unitProblem(rule.op, parts as ResolvedFigure[], f.unit);
    if (wrong) {
      at(f, `"${f.id}" (${f.derive}): ${wrong}`);
      continue;
    }
    const unconvertible = parts.some((p) => p!.unit !== "USD" && !basisOf(p!));
    // A sum in another currency without a rate (a bad publication date, say) is that problem's to explain.
    if (parts.some((p) => flawed.has(p!.line)) || (rule.op !== "rate" && rule.op !== "share" && unconvertible))
      continue;
    if (rule.op === "gdp_share" || rule.op === "per_person") {
      const s = scale(rule.op, a, rule.country!);
      if ("error" in s) at(f, `"${f.id}" (${f.derive}): ${s.error}`);
      else {
        f.value = s.value;
        scales[f.id] = s;
      }
      continue;
    }
    if (rule.op !== "usd" && a.unit === "rank" && a.value > b.value) {
      at(f, `"${f.id}": rank ${a.value} ("${a.id}") is beyond its "of", ${b.value} ("${b.id}")`);
      continue;
    }
    try {
      if (rule.op === "rate") f.value = round(a.value / b.value, 4);
      else if (rule.op === "share") f.value = round(a.value / b.value, 6);
      else
        f.value = Math.round(
          (parts as ResolvedFigure[]).reduce(
            (sum, p) => sum + (p.unit === "USD" ? p.value : toUsd(p.value, p.unit, basisOf(p)!)),
            0
          )
        );
    } catch (error) {
      at(f, `"${f.id}": ${(error as Error).message}`);
      continue;
    }
    if (!Number.isFinite(f.value)) at(f, `"${f.id}" computes to ${f.value}, not a finite number`);
    else if (unitRule(f.value, f.unit))
      at(f, `"${f.id}" computes to ${f.value}, but a value in "${f.unit}" ${unitRule(f.value, f.unit)}`);
  }
  return scales;
}

// What is wrong with the units of a rule's parts, or with the unit its figure declares; undefined when nothing is.
function unitProblem(op: DeriveOp, parts: ResolvedFigure[], unit: string): string | undefined {
  const [a, b] = parts;
  const money = (p: ResolvedFigure) => isMoney(p.unit);
  if (op === "gdp_share" || op === "per_person") {
    if (!money(a)) return `${op} measures money, but "${a.id}" is in ${a.unit}`;
    const want = op === "gdp_share" ? "share" : "USD";
    if (unit !== want) return `its unit is "${want}", not "${unit}"`;
    return undefined;
  }
  if (op === "rate") {
    if (!money(a) || !money(b))
      return `a rate divides money by money, but "${a.id}" is in ${a.unit} and "${b.id}" in ${b.unit}`;
    if (a.unit === b.unit) return `a rate divides two currencies, but "${a.id}" and "${b.id}" are both in ${a.unit}`;
    const derived = `${a.unit} per ${b.unit}`;
    if (unit !== derived) return `its unit is "${derived}" (${a.unit} over ${b.unit}), not "${unit}"`;
    return undefined;
  }
  if (op === "share") {
    const like =
      a.unit === b.unit ||
      (a.unit === "rank" && b.unit === "count") ||
      (a.unit === "people" && b.unit === "count") ||
      (a.unit === "count" && b.unit === "people");
    if (!like) return `a share is of like over like, but "${a.id}" is in ${a.unit} and "${b.id}" in ${b.unit}`;
    if (unit !== "share") return `its unit is "share", not "${unit}"`;
    return undefined;
  }
  const notMoney = parts.find((p) => !money(p));
  if (notMoney) return `a sum in US$ adds money, but "${notMoney.id}" is in ${notMoney.unit}`;
  if (unit !== "USD") return `its unit is "USD", not "${unit}"`;
  return undefined;
}

// The basis an amount is stated under by default: the story's default, or publication time.
export function defaultBasisOf(p: Pick<Project, "fx" | "defaultBasis">, figure: string): Basis {
  const bases = p.fx[figure] ?? {};
  const basis = bases[p.defaultBasis] ?? bases.spot;
  if (!basis) throw new RangeError(`no rate basis for "${figure}"`);
  return basis;
}

export function basisOf(
  p: Pick<Project, "fx">,
  f: Pick<ResolvedFigure, "id" | "unit">,
  kind: BasisKind,
  customRate?: number
): Basis {
  if (kind === "custom") return customBasis(f.unit, customRate ?? p.fx[f.id]?.article?.rate ?? NaN);
  const basis = p.fx[f.id]?.[kind];
  if (!basis) throw new RangeError(`no ${kind} basis for "${f.id}"`);
  return basis;
}

const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

// The window of rates an amount's mean basis averages: the window of its own period (figures.csv), else the story's
// mean_window, else that of the publication date.
export function windowOf(
  f: Pick<Figure, "id" | "period">,
  story: Pick<StoryConfig, "mean_window">,
  published: string
): {start: string; end: string; why: string} {
  const period = f.period ? parsePeriod(f.period) : undefined;
  if (!period && story.mean_window) return {...story.mean_window, why: ""};
  const w = rateWindow(period, published);
  return {start: w.start, end: w.end, why: w.why};
}

// The rate series of data/: the daily yen file, then the monthly one per currency, then the journalist's own.
export function rateSeries(
  daily: string | undefined,
  monthly: string | undefined,
  problems: Problem[],
  other?: string,
  cache?: ParseCache
): {rates: DailyRate[]; series: FxSeries[]} {
  const rates = parsedOnce(cache, PATHS.rates, daily, problems, (own) => parseDailyRates(daily, PATHS.rates, own));
  const text = monthly ?? "Date,Country,Exchange rate\n";
  const series = [
    dailySeries(rates, "JPY", PATHS.rates),
    ...parsedOnce(cache, PATHS.fxMonthly, text, problems, (own) => parseMonthlyRates(text, PATHS.fxMonthly, own)),
    ...parseOtherRates(other, PATHS.fxOther, problems)
  ];
  return {rates, series};
}

// `cache`: the engine's, kept while it runs, so a preview does not parse the large reference files again.
export function buildProject(files: ProjectFiles, {cache}: {cache?: ParseCache} = {}): Project {
  const problems: Problem[] = [];
  // Each file's text (UTF-8 checked, BOM dropped, "\n" line ends), or undefined when it is missing.
  const read = (key: keyof typeof PATHS) => inputText(files[key], PATHS[key], problems);
  const optional = (key: keyof typeof PATHS) => (files[key] === null ? undefined : read(key));
  const article = read("article");
  const text = article ?? "";
  const meta = parseMeta(read("articleMeta"), PATHS.articleMeta, problems);
  const {rates, series} = rateSeries(read("rates"), read("fxMonthly"), problems, optional("fxOther"), cache);
  // Reference data (optional): CPI-U for constant dollars, World Bank GDP and population for scale.
  const reference = <T>(
    key: "cpi" | "gdp" | "population",
    parse: (text: string | undefined, file: string, problems: Problem[]) => T
  ) => {
    const text = optional(key);
    return parsedOnce(cache, PATHS[key], text, problems, (own) => parse(text, PATHS[key], own));
  };
  const cpi = reference("cpi", parseCpi);
  const gdp = reference("gdp", parseWorldBank);
  const population = reference("population", parseWorldBank);
  const registry = parseRegistry(read("figures"), PATHS.figures, problems);
  const notFigures = parseNotFigures(read("notFigures"), PATHS.notFigures, problems);
  // A missing input is already one problem; sources.csv is not also blamed for listing it.
  const missing = (Object.keys(PATHS) as (keyof typeof PATHS)[]).filter(
    (k) => files[k] === null && !OPTIONAL.includes(k)
  );
  const dataFiles = [...new Set([...files.dataFiles, ...missing.map((k) => PATHS[k].replace(/^data\//, ""))])].sort();
  const sources = parseSources(read("sources"), PATHS.sources, dataFiles, problems);
  // A file read only in part (missing, or rows lost to a broken quote) cannot show that something is absent.
  const partial = (file: string) => problems.some((p) => p.partial && p.file === file);
  const ids = partial(PATHS.figures) ? undefined : new Set(registry.map((f) => f.id));
  const factChecks = parseFactChecks(read("factCheck"), PATHS.factCheck, ids, PATHS.figures, problems);
  const corrections = parseCorrections(optional("corrections"), PATHS.corrections, ids, PATHS.figures, problems);

  // A bare "$" is the dollar of the article's country when article.json names one ("currency": "AUD").
  const home = meta.currency && isCurrency(meta.currency) ? meta.currency : undefined;
  const mentions: Mention[] = extractAmounts(text, {published: meta.published, home}).map((q) => ({
    ...q,
    figure_ids: [],
    excused: ""
  }));
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
    // Two equal amounts in one quote ("15 trillion won of bonds and 15 trillion won of private capital"): each
    // figure takes the first that no other figure has taken.
    const matching = inside.filter((m) => m.value === f.value && matchesUnit(m, f.unit));
    const match = matching.find((m) => !m.figure_ids.length) ?? matching[0];
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

  // The story's shape: data/story.json, or the generic story of every money figure when there is none.
  const byId = new Map(figures.map((f) => [f.id, f]));
  const storyText = optional("story");
  // A registry read only in part cannot show that an id is absent; an article that is missing has no pairs.
  const complete = article !== undefined && !partial(PATHS.figures);
  // The story's shape is a view over the registry: restating ids name their figure, rules select figures, labels
  // left out are the registry's, and the conversions and the lead follow it.
  const lookup = complete ? registryLookup(figures, aliases) : undefined;
  const notes: Problem[] = [];
  const story = checkStory(storyText ?? storyJson(genericStory(figures)), lookup && byId, problems, lookup);
  const lead = leadOf(story, figures, notes, PATHS.story);
  if (lead) story.lead = lead;
  story.conversions = storyConversions(figures, pairs, lead, notes, PATHS.story);
  fillLabels(story.charts, figures, notes, PATHS.figures);
  const docsFiles = files.docsFiles && new Set(files.docsFiles);
  const prose = parseProse(optional("prose") ?? genericProse(meta, story), PATHS.prose, problems, docsFiles);
  checkCells(proseCells(prose), PATHS.prose, problems);
  // Extra pages: the same Markdown, citations, directives and cells as the story.
  const pages: ExtraPage[] = (files.pages ?? []).flatMap(({slug, text}) => {
    const file = `data/pages/${slug}.md`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || RESERVED.has(slug)) {
      problems.push({
        file,
        message: `"${slug}" cannot be a page's address: use lower-case letters, digits and hyphens, and none of ${[...RESERVED].slice(0, 4).join(", ")}`
      });
      return [];
    }
    const body = inputText(text, file, problems);
    if (body === undefined) return [];
    const page = {slug, file, prose: parseProse(body, file, problems, docsFiles)};
    checkCells(proseCells(page.prose), file, problems);
    return [page];
  });
  const factCheckText = optional("factCheckProse");
  // The fact-check prose has no headline of its own: the page's is supplied, and its lines keep their numbers.
  const factCheckProse =
    factCheckText === undefined
      ? undefined
      : parseProse(factCheckText, PATHS.factCheckProse, problems, docsFiles, "Fact check");

  // The rate bases of every amount in a foreign currency: the article's own rate for its currency (when the
  // article prints a pair), the rate at publication, and the mean over the window of the amount's own time.
  const fx: Project["fx"] = {};
  // An unknown currency is already a problem of the registry; a bad publication date, of the metadata.
  const foreign = figures.filter((f) => isCurrency(f.unit) && f.unit !== "USD" && isIsoDate(meta.published));
  // Each row's `converts` names an amount the article prints it beside: "¥3.9 trillion (US$25.44 billion)".
  const printed = pairs.filter((p) => {
    const found = conversions.some(
      (c) => (c.from === p.of.mention && c.to === p.row.mention) || (c.from === p.row.mention && c.to === p.of.mention)
    );
    if (!found && complete)
      problems.push({
        file: PATHS.figures,
        line: p.row.line,
        message: `"${p.row.id}" converts "${p.row.converts}", but the article prints no "${p.of.mention?.text ?? p.of.id} (${p.row.mention?.text ?? "…"})" pair joining them: clear "converts" if it is not the article's own conversion`
      });
    return found;
  });
  // The article's rate of each currency it prints a US$ pair for, in units per US$ whichever way it is printed.
  const articleRates = new Map<string, {rate: number}>();
  for (const p of printed)
    if (p.usd && !articleRates.has(p.foreign.unit))
      articleRates.set(p.foreign.unit, {rate: p.foreign.value / p.usd.value});
  const paired = new Set(pairs.flatMap((p) => [p.foreign.id, ...(p.usd ? [p.usd.id] : [])]));
  const converted = new Set(story.conversions.map((c) => c.figure));
  // One problem for each missing rate, naming the amounts that need it.
  const failed = new Map<string, {ids: string[]; line?: number}>();
  for (const f of foreign) {
    const bases: CurrencyBases = {};
    const attempt = (kind: PublishedBasis, make: () => Basis) => {
      try {
        bases[kind] = make();
      } catch (error) {
        const key = `${kind} basis: ${(error as Error).message}`;
        const entry = failed.get(key) ?? {ids: [], line: f.line};
        entry.ids.push(f.id);
        failed.set(key, entry);
      }
    };
    attempt("spot", () => publicationBasis(series, f.unit, meta.published));
    const w = windowOf(f, story, meta.published);
    attempt("mean", () => {
      const b = windowMeanBasis(series, f.unit, w.start, w.end);
      return {...b, note: [w.why, b.note].filter(Boolean).join("; ")};
    });
    const found = articleRates.get(f.unit);
    // The article's rate is of the article's time: money of another time is at the mean of its own.
    const elsewhen = !paired.has(f.id) && outsideArticleTime(f.period, meta.published);
    if (found && elsewhen && bases.mean) bases.article = articleElsewhen(bases.mean, elsewhen);
    else if (found) attempt("article", () => articleBasis(f.unit, found.rate, meta.published));
    else if (converted.has(f.id) && bases.spot) bases.article = articleUnprinted(bases.spot);
    // In the order the pages list them: the article's, publication time, the mean.
    fx[f.id] = Object.fromEntries(BASIS_KINDS.flatMap((k) => (bases[k] ? [[k, bases[k]]] : [])));
  }
  // The article's own rate within a factor of three of the market's at publication: 0.00069 naira a dollar is a pair
  // in the wrong currency or the wrong way round.
  for (const p of printed) {
    const spot = p.usd ? fx[p.foreign.id]?.spot?.rate : undefined;
    const rate = p.usd ? p.foreign.value / p.usd.value : NaN;
    if (spot && Math.max(rate / spot, spot / rate) > 3)
      problems.push({
        file: PATHS.figures,
        line: p.row.line,
        message: `"${p.row.id}" converts "${p.row.converts}" at ${Number(rate.toPrecision(4))} ${p.foreign.unit} per US$, but the rate at publication was ${formatRate(spot)}: check each amount's currency and value`
      });
  }
  for (const [message, {ids, line}] of failed)
    problems.push({
      file: PATHS.figures,
      ...(ids.length === 1 ? {line} : {}),
      message: `${ids.map((id) => `"${id}"`).join(", ")}: ${message}`
    });
  const defaultBasis = story.default_basis;
  // Each rates chart's series, cut to its dates: from the averaging window's start to the publication date.
  const chartSeries: Project["chartSeries"] = {};
  for (const c of story.charts) {
    if (!isRates(c)) continue;
    // By default from the start of the earliest window among the amounts in its currency.
    const starts = Object.values(fx)
      .map((b) => b.mean)
      .filter((b) => b?.currency === c.currency)
      .map((b) => b!.window_start);
    const from = c.from ?? (starts.length ? starts.sort()[0] : defaultWindow(meta.published || "2000-01-01").start);
    const to = c.to ?? meta.published;
    // Daily rates when they cover the dates (to within a week at either end), else monthly means.
    const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000;
    const covers = (d: FxSeries) =>
      d.points.length > 0 &&
      (d.points[0].date <= from || near(d.points[0].date, from)) &&
      (d.points.at(-1)!.date >= to || near(d.points.at(-1)!.date, to));
    const s =
      series.find((d) => d.currency === c.currency && d.frequency === "daily" && covers(d)) ??
      series.find((d) => d.currency === c.currency && d.frequency === "monthly");
    const points =
      s?.points.filter((d) => d.date >= from.slice(0, s.frequency === "monthly" ? 7 : 10) && d.date <= to) ?? [];
    if (!s || points.length < 2)
      problems.push({
        file: PATHS.story,
        message: `chart "${c.id}": no ${c.currency} rates from ${from} to ${to}: add them to ${PATHS.fxMonthly}`
      });
    else chartSeries[c.id] = {...s, points};
  }

  // Constant dollars: each sum in US$ restated in the dollars of the publication month (or the latest CPI month),
  // from the CPI of the months it is in.
  const dollars = isIsoDate(meta.published) ? dollarsOf(cpi, meta.published, story.dollars_of) : undefined;
  const deflators: Project["deflators"] = {};
  for (const f of dollars ? figures : []) {
    if (!isCurrency(f.unit) || !Number.isFinite(f.value)) continue;
    const period = f.period ? parsePeriod(f.period) : undefined;
    const months = cpiMonths(f, fx[f.id] ?? {}, period, meta.published);
    deflators[f.id] = Object.fromEntries(
      Object.entries(months).flatMap(([k, [s, e]]) => {
        const m = cpiMean(cpi, s, e);
        return m ? [[k, m]] : [];
      })
    );
  }

  const flawed = new Set(problems.filter((p) => p.file === PATHS.figures && p.line).map((p) => p.line!));
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
    pages,
    corrections,
    fx,
    chartSeries,
    notes: [],
    warnings: notes,
    looseWords: [],
    defaultBasis,
    ...(dollars ? {dollars} : {}),
    deflators,
    scales: {},
    cpi
  };
  // Derived figures and citations join the same list: every problem is reported in one pass.
  const basisFor = (f: ResolvedFigure) => fx[f.id]?.[defaultBasis] ?? fx[f.id]?.spot;
  // A share of GDP or a sum per person takes the amount at the mean rate of its own time, as the World Bank's
  // yearly GDP in US$ is at the year's mean rate.
  const scale = (op: Scale["op"], f: ResolvedFigure, country: string) =>
    scaleOf(
      op,
      {...f, text: formatFigure(f)},
      fx[f.id]?.mean ?? basisFor(f),
      country,
      op === "gdp_share" ? gdp : population
    );
  if (!partial(PATHS.figures)) project.scales = derive(figures, basisFor, flawed, problems, scale);
  // A citation of a restating row prints the figure it restates; `::: summary` states the registry's money.
  const usdAt = (id: string) => {
    const f = byId.get(id);
    if (!f || !Number.isFinite(f.value)) return undefined;
    if (f.unit === "USD") return {value: f.value, cite: `[[${id}]]`};
    const kind = fx[id]?.[defaultBasis] ? defaultBasis : fx[id]?.spot ? "spot" : undefined;
    return kind ? {value: toUsd(f.value, f.unit, fx[id][kind]!), cite: `[[${id}@${kind}]]`} : undefined;
  };
  for (const prose of [project.prose, project.factCheckProse, ...project.pages.map((page) => page.prose)])
    if (prose)
      prose.blocks = viewBlocks(prose.blocks, aliases, () => summaryMarkdown(story.lead, figures, usdAt, text));
  story.charts = story.charts.map((c) => mapCitable(c, (s) => canonicalCitations(s, aliases)));
  // Citations are checked in the same pass: whether each names a figure always, what it prints once the figures
  // themselves are sound.
  checkCitations(project, problems, {ids: !partial(PATHS.figures), values: !problems.length});
  assertNoProblems(problems);
  // The headline and the charts' words carry no footnotes: their citations are printed as words.
  for (const prose of [project.prose, project.factCheckProse, ...project.pages.map((page) => page.prose)])
    if (prose) prose.headline = printCitations(project, prose.headline);
  project.story.charts = project.story.charts.map((c) => mapCitable(c, (s) => printCitations(project, s)));
  project.notes = footnoteOrder(project);
  return project;
}

// "[[krw_30tn_2]]" → "[[krw_30tn]]": citations of restating rows name the figure they restate.
function canonicalCitations(text: string, aliases: Map<string, string>): string {
  return text.replace(/\[\[([a-z0-9_]+)/g, (m, id: string) => (aliases.has(id) ? `[[${aliases.get(id)}` : m));
}

// The prose's blocks with each citation of a restating row naming its figure, and each `::: summary` the sentences
// that state the registry's money, as Markdown with citations at the directive's line.
function viewBlocks(blocks: Block[], aliases: Map<string, string>, summary: () => string): Block[] {
  return blocks.map((b) => {
    if (b.type === "markdown") {
      for (const t of b.tokens) t.id = aliases.get(t.id) ?? t.id;
      return b;
    }
    if (b.name === "conversion") return {...b, arg: aliases.get(b.arg) ?? b.arg};
    if (b.name !== "summary") return b;
    const text = summary();
    return {type: "markdown", text, line: b.line, tokens: scanTokens(text)};
  });
}

// data/story.json → its config, each figure id it names checked against the registry.
// Without `byId` (a registry read only in part) only the file's own shape is checked.
function checkStory(
  json: string,
  byId: Map<string, ResolvedFigure> | undefined,
  problems: Problem[],
  lookup?: RegistryLookup
): StoryConfig {
  const {config, refs} = parseStoryConfig(parseJson(json, PATHS.story, problems), json, PATHS.story, problems, lookup);
  const said = new Set<string>();
  for (const r of byId ? refs : []) {
    const f = byId!.get(lookup?.canonical(r.id) ?? r.id);
    // An id named twice on one line (a bar and its label) is one problem.
    const at = (message: string) =>
      !said.has(`${r.line}:${message}`) &&
      said.add(`${r.line}:${message}`) &&
      problems.push({file: PATHS.story, line: r.line, message});
    if (!f) {
      at(`${r.where} cites "${r.id}", which is not in ${PATHS.figures}${didYouMean(r.id, byId!.keys())}`);
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
  p: Pick<Project, "fx" | "dollars" | "deflators" | "defaultBasis">,
  f: Pick<ResolvedFigure, "id" | "value" | "unit">,
  t: Pick<Token, "field" | "basis">
): {value: number | string; kind: "figure" | "usd" | "rate" | "year"} | {error: string} {
  if (t.field === "value") return {value: f.value, kind: "figure"};
  if (t.field === "constant") {
    if (!isMoney(f.unit)) return {error: `"${f.id}" is in ${f.unit}, not money: only money has constant dollars`};
    if (!p.dollars) return {error: `constant dollars need US CPI-U in ${CPI_FILE} for the publication month`};
    const kind = f.unit === "USD" ? "usd" : (t.basis ?? p.defaultBasis);
    const basis = f.unit === "USD" ? undefined : p.fx[f.id]?.[t.basis ?? p.defaultBasis];
    const from = p.deflators[f.id]?.[kind];
    if ((f.unit !== "USD" && !basis) || !from)
      return {error: `"${f.id}" has no ${kind} rate basis to put it in US$ before it is put in constant dollars`};
    const usd = basis ? toUsd(f.value, f.unit, basis) : f.value;
    return {value: deflate(usd, from.cpi, p.dollars.cpi), kind: "usd"};
  }
  const basis = f.unit === "USD" ? undefined : p.fx[f.id]?.[t.basis!];
  if (!basis)
    return {
      error: `"${f.id}" is in ${f.unit}: it has no ${t.basis} rate basis${f.unit === "USD" ? " (it is already in US$)" : ""}`
    };
  if (t.field === "usd") return {value: toUsd(f.value, f.unit, basis), kind: "usd"};
  if (t.field === "rate") return {value: basis.rate, kind: "rate"};
  const day = t.field === "from" ? basis.window_start : basis.window_end;
  if (!day) return {error: `the ${t.basis} basis of "${f.id}" has no window: use ${t.field}@mean`};
  return {value: Number(day.slice(0, 4)), kind: "year"};
}

// The text a citation prints: [[aws_cloud]] → "US$14 billion"; [[chip_subsidies:rate@article]] → "153.30";
// [[unicorns_japan|seven]] → "seven". The pages print the prose's citations with it, and the headline's and the
// charts' are replaced by it.
export function citationText(
  p: Pick<Project, "fx" | "dollars" | "deflators" | "defaultBasis">,
  f: ResolvedFigure,
  t: Pick<Token, "field" | "basis" | "shown">
): string | {error: string} {
  const v = citationValue(p, f, t);
  if ("error" in v) return v;
  if (t.shown !== undefined) return t.shown;
  if (v.kind === "figure") return formatFigure(f);
  if (v.kind === "usd") return formatMoney(v.value as number, "USD");
  if (v.kind === "rate") return formatRate(v.value as number);
  return String(v.value);
}

// A text with each citation printed as words: "Japan spends [[chip_subsidies]] on chips" → "Japan spends ¥3.9
// trillion on chips". For a headline, a <title>, a chart's title or label: text that carries no footnote.
export function printCitations(p: Project, text: string): string {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  let out = "";
  let at = 0;
  for (const t of scanTokens(text)) {
    const f = byId.get(t.id);
    const printed = f && !t.error ? citationText(p, f, t) : undefined;
    out += text.slice(at, t.start) + (typeof printed === "string" ? printed : t.raw);
    at = t.end;
  }
  return out + text.slice(at);
}

// Whether a position of a text is inside an HTML tag, as in <abbr title="[[id]]">, where a citation cannot print.
const insideTag = (text: string, at: number) => {
  const open = text.lastIndexOf("<", at);
  return open >= 0 && text.lastIndexOf(">", at) < open && /^<\/?[a-z]/i.test(text.slice(open, open + 3));
};

// Every citation in the prose names a figure of the registry that can print the way it asks.
function checkCitations(p: Project, problems: Problem[], check: {ids: boolean; values: boolean}): void {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  const restated = new Map(p.mentions.flatMap((m) => m.figure_ids.map((id) => [id, m])));
  const charts = new Set(p.story.charts.map((c) => c.id));
  const converted = new Set(p.story.conversions.map((c) => c.figure));
  for (const [prose, file] of [
    [p.prose, PATHS.prose],
    [p.factCheckProse, PATHS.factCheckProse],
    ...p.pages.map((page) => [page.prose, page.file] as const)
  ] as const) {
    for (const b of prose?.blocks ?? []) {
      if (b.type === "directive") {
        // A chart story.json has a problem with is absent from the config: its directive waits for that fix.
        if (!check.values) continue;
        if (b.name === "chart" && b.arg && !charts.has(b.arg))
          problems.push({file, line: b.line, message: `::: chart ${b.arg}: no chart "${b.arg}" in ${PATHS.story}`});
        if (b.name === "conversion" && b.arg && !converted.has(b.arg))
          problems.push({
            file,
            line: b.line,
            message: `::: conversion ${b.arg}: "${b.arg}" is not among the conversions in ${PATHS.story}`
          });
        continue;
      }
      for (const t of b.tokens) checkToken(t, file, tokenLine(b, t), insideTag(b.text, t.start));
    }
    // The headline too: it is the page's <title> and the card's, printed as words.
    if (prose?.headline.includes("[["))
      for (const t of scanTokens(prose.headline)) {
        if (t.error) problems.push({file, line: prose.headlineLine, message: t.error});
        else checkToken(t, file, prose.headlineLine, false);
      }
  }
  // Charts' titles, labels and notes: their ids are checked with story.json; here, what they print.
  for (const c of check.values ? p.story.charts : [])
    for (const text of citable(c))
      for (const t of scanTokens(text)) if (!t.error && byId.has(t.id)) checkToken(t, PATHS.story, undefined, false);

  function checkToken(t: Token, file: string, line: number | undefined, inTag: boolean): void {
    if (t.error) return;
    const f = byId.get(t.id);
    if (!f) {
      if (check.ids && !restated.has(t.id))
        problems.push({
          file,
          line,
          message: `cites "${t.id}", which is not in ${PATHS.figures}${didYouMean(t.id, byId.keys())}`
        });
      return;
    }
    if (inTag) {
      problems.push({
        file,
        line,
        message: `${t.raw} is inside an HTML tag, where a citation cannot print: cite it in the text`
      });
      return;
    }
    if (!check.values) return;
    const v = citationValue(p, f, t);
    const unit = "value" in v && v.kind === "usd" ? "USD" : f.unit;
    const stated = (words: string) => "value" in v && typeof v.value === "number" && statesValue(words, v.value, unit);
    const is = "value" in v ? `${formatFigure({...f, value: v.value as number, unit})} (${v.value} ${unit})` : "";
    if ("error" in v) problems.push({file, line, message: `${t.raw}: ${v.error}`});
    else if (t.shown !== undefined && t.loose) {
      // Words marked as not a number may hold none that disagrees: "~a handful", never "~US$41 billion".
      if (extractAmounts(t.shown, {sentences: false}).length && !stated(t.shown))
        problems.push({
          file,
          line,
          message: `${t.raw} marks "${t.shown}" as words, but they hold a number, and "${f.id}" is ${is}: print words that state that value`
        });
      else p.looseWords.push({file, line: line ?? 0, id: f.id, words: t.shown});
    } else if (t.shown !== undefined && typeof v.value === "number" && !stated(t.shown))
      problems.push({
        file,
        line,
        message: `${t.raw} prints "${t.shown}", but "${f.id}" is ${is}: print words that state that value, or mark words that are not a number as [[${f.id}|~${t.shown}]]`
      });
  }
}

// Whether words state a value: "seven" for 7; "US$14 billion" or "14 billion dollars" for 14e9 USD.
function statesValue(words: string, value: number, unit: string): boolean {
  const money = isMoney(unit);
  return extractAmounts(words, {sentences: false}).some(
    (q) =>
      Math.abs(q.value - value) <= Math.abs(value) * 1e-9 &&
      (money ? q.kind === "money" && q.unit === unit : q.kind !== "money")
  );
}

// Footnotes, in reading order: the figures each block of the prose cites or places (a chart's, a conversion's), in
// the order the page shows them, then (with `all`) those of charts and conversions the prose does not place.
export function footnoteOrder(p: Project, prose: Pick<Prose, "blocks"> = p.prose, all = true): string[] {
  const ids: string[] = [];
  const conversionFigures = (c: StoryConfig["conversions"][number]) => [
    c.figure,
    ...(c.article_usd ? [c.article_usd] : [])
  ];
  for (const b of prose.blocks) {
    if (b.type === "markdown") ids.push(...b.tokens.map((t) => t.id));
    else if (b.name === "chart") ids.push(...p.story.charts.filter((c) => c.id === b.arg).flatMap(chartFigures));
    else if (b.name === "conversion")
      ids.push(...p.story.conversions.filter((c) => c.figure === b.arg).flatMap(conversionFigures));
    else if (b.name === "conversions") ids.push(...p.story.conversions.flatMap(conversionFigures));
  }
  if (all) ids.push(...p.story.charts.flatMap(chartFigures), ...p.story.conversions.flatMap(conversionFigures));
  return [...new Set(ids.filter(Boolean))];
}
