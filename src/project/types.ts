// The shapes of a project: the input files it is built from, and the one checked project they become.
import type {Basis, PublishedBasis} from "../money/basis.js";
import type {Conversion} from "../amounts/conversions.js";
import type {Correction} from "../inputs/corrections.js";
import type {CpiPoint, Deflators, DollarsOf} from "../money/cpi.js";
import type {Problem} from "../inputs/errors.js";
import type {Quantity} from "../amounts/quantity.js";
import type {FactCheck} from "../inputs/fact-checks.js";
import type {DailyRate} from "../money/fx.js";
import type {FxSeries} from "../money/fx-series.js";
import type {ArticleMeta} from "../inputs/meta.js";
import type {Prose} from "../inputs/prose.js";
import type {Figure, NotFigure} from "../inputs/registry.js";
import type {Scale} from "../money/scale.js";
import type {SourceRow} from "../inputs/sources.js";
import type {StoryConfig} from "../inputs/story-config.js";

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

export type {Deflators} from "../money/cpi.js";

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
