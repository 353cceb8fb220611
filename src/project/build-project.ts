// All inputs of the story → one checked project: figures joined to the article's amounts, the story's shape, the
// rate bases of every currency it converts, every problem at once. Each step is a module of its own.
import {assertNoProblems, type Problem} from "../inputs/errors.js";
import type {ParseCache} from "../inputs/parse-cache.js";
import {chartSeries} from "./chart-series.js";
import {checkCitations} from "./check-citations.js";
import {printHeadlines} from "./citations.js";
import {constantDollars} from "./dollars.js";
import {deriveFigures} from "./derive.js";
import {footnoteOrder} from "./footnotes.js";
import {joinArticle} from "./join.js";
import {PATHS} from "./paths.js";
import {viewProse} from "./prose-view.js";
import {rateBases} from "./rate-bases.js";
import {inputReader, readInputs} from "./read.js";
import {storyShape} from "./shape.js";
import type {Project, ProjectFiles} from "./types.js";

// `cache`: the engine's, kept while it runs, so a preview does not parse the large reference files again.
export function buildProject(files: ProjectFiles, {cache}: {cache?: ParseCache} = {}): Project {
  const problems: Problem[] = [];
  const reader = inputReader(files, problems);
  // 1. Each data file read and parsed on its own.
  const inputs = readInputs(files, reader, problems, cache);
  const {meta, series, partial} = inputs;
  // 2. The article's amounts joined to the registry and the not-figures.
  const joined = joinArticle(inputs, partial, problems);
  // 3. The story's shape and prose. A registry read only in part cannot show that an id is absent; an article that
  // is missing has no pairs.
  const complete = inputs.article !== undefined && !partial(PATHS.figures);
  const shape = storyShape({...joined, meta}, reader, files, complete, problems);
  const {story} = shape;
  // 4. The rate bases of every foreign amount, and the rates each rates chart draws.
  const fx = rateBases(joined, story, series, meta.published, complete, problems);
  const drawn = chartSeries(story.charts, fx, series, meta.published, problems);
  // 5. Constant dollars.
  const {dollars, deflators} = constantDollars(inputs.cpi, joined.figures, fx, meta.published, story.dollars_of);
  // 6. The derived figures, in the same pass: every problem is reported at once.
  const {figures} = joined;
  const scales = partial(PATHS.figures) ? {} : deriveFigures(figures, fx, story.default_basis, inputs, problems);
  const project: Project = {
    text: inputs.text,
    meta,
    rates: inputs.rates,
    series,
    mentions: joined.mentions,
    conversions: joined.conversions,
    figures,
    notFigures: inputs.notFigures,
    sources: inputs.sources,
    factChecks: inputs.factChecks,
    story,
    prose: shape.prose,
    ...(shape.factCheckProse ? {factCheckProse: shape.factCheckProse} : {}),
    pages: shape.pages,
    corrections: inputs.corrections,
    fx,
    chartSeries: drawn,
    notes: [],
    warnings: shape.warnings,
    looseWords: [],
    defaultBasis: story.default_basis,
    ...(dollars ? {dollars} : {}),
    deflators,
    scales,
    cpi: inputs.cpi
  };
  // 7. The prose as the pages show it, its citations checked: whether each names a figure always, what it prints
  // once the figures themselves are sound.
  viewProse(project, joined.aliases);
  checkCitations(project, problems, {ids: !partial(PATHS.figures), values: !problems.length});
  assertNoProblems(problems);
  // 8. The words that carry no footnote printed, and the footnotes' order.
  printHeadlines(project);
  project.notes = footnoteOrder(project);
  return project;
}
