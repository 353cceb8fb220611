// Where each input of the story is, by its key in ProjectFiles, and which of them a story may leave out.
import {CPI_FILE} from "../money/cpi.js";
import {OTHER_RATES_FILE} from "../money/fx-series.js";
import {GDP_FILE, POPULATION_FILE} from "../money/world-bank.js";

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
