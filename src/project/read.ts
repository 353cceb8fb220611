// Step 1, read: every input file's text, and each data file parsed on its own (the article's metadata, the rates,
// the reference data, the registry, not-figures, sources, fact checks, corrections), every problem kept.
import {parseCorrections, type Correction} from "../inputs/corrections.js";
import {parseCpi, type CpiPoint} from "../money/cpi.js";
import type {Problem} from "../inputs/errors.js";
import {parseFactChecks, type FactCheck} from "../inputs/fact-checks.js";
import type {DailyRate} from "../money/fx.js";
import {dailySeries, parseMonthlyRates, parseOtherRates, type FxSeries} from "../money/fx-series.js";
import {inputText} from "../inputs/input-text.js";
import {parseMeta, type ArticleMeta} from "../inputs/meta.js";
import {parsedOnce, type ParseCache} from "../inputs/parse-cache.js";
import {parseDailyRates} from "../inputs/daily-rates.js";
import {parseNotFigures, parseRegistry, type Figure, type NotFigure} from "../inputs/registry.js";
import {parseSources, type SourceRow} from "../inputs/sources.js";
import {parseWorldBank, type WorldBankSeries} from "../money/world-bank.js";
import {OPTIONAL, PATHS} from "./paths.js";
import type {ProjectFiles} from "./types.js";

// An input's text (UTF-8 checked, BOM dropped, "\n" line ends), or undefined when it is missing: `read` reports a
// missing file, `optional` leaves it out in silence.
export interface InputReader {
  read(key: keyof typeof PATHS): string | undefined;
  optional(key: keyof typeof PATHS): string | undefined;
}

export function inputReader(files: ProjectFiles, problems: Problem[]): InputReader {
  const read = (key: keyof typeof PATHS) => inputText(files[key], PATHS[key], problems);
  return {read, optional: (key) => (files[key] === null ? undefined : read(key))};
}

// The data files, each parsed on its own; `partial`: whether a file was read only in part (missing, or rows lost to a
// broken quote), which cannot show that something is absent.
export interface Inputs {
  article: string | undefined; // undefined when data/article.txt is missing
  text: string; // the article, "" when it is missing
  meta: ArticleMeta;
  rates: DailyRate[];
  series: FxSeries[];
  cpi: CpiPoint[];
  gdp: Map<string, WorldBankSeries>; // by country code
  population: Map<string, WorldBankSeries>;
  registry: Figure[];
  notFigures: NotFigure[];
  sources: SourceRow[];
  factChecks: FactCheck[];
  corrections: Correction[];
  partial: (file: string) => boolean;
}

// `cache`: the engine's, kept while it runs, so a preview does not parse the large reference files again.
export function readInputs(
  files: ProjectFiles,
  {read, optional}: InputReader,
  problems: Problem[],
  cache?: ParseCache
): Inputs {
  const article = read("article");
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
  const partial = (file: string) => problems.some((p) => p.partial && p.file === file);
  const ids = partial(PATHS.figures) ? undefined : new Set(registry.map((f) => f.id));
  const factChecks = parseFactChecks(read("factCheck"), PATHS.factCheck, ids, PATHS.figures, problems);
  const corrections = parseCorrections(optional("corrections"), PATHS.corrections, ids, PATHS.figures, problems);
  return {
    article,
    text: article ?? "",
    meta,
    rates,
    series,
    cpi,
    gdp,
    population,
    registry,
    notFigures,
    sources,
    factChecks,
    corrections,
    partial
  };
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
