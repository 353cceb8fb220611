// Step 3, the story's shape: data/story.json (or the generic story of every money figure when there is none), its
// prose data/story.md (or the generic prose), the extra pages and the fact-check prose, each checked against the
// registry. The shape is a view over the registry: restating ids name their figure, rules select figures, labels
// left out are the registry's, and the conversions and the lead follow it.
import {checkCells, proseCells} from "../story/cells.js";
import type {Problem} from "../inputs/errors.js";
import {genericProse, genericStory, storyJson} from "../draft/generic.js";
import {parseJson} from "../inputs/json-parse.js";
import type {ArticleMeta} from "../inputs/meta.js";
import {parseProse, type Prose} from "../inputs/prose.js";
import {isMoney} from "../inputs/registry.js";
import {parseStoryConfig, type RegistryLookup, type StoryConfig} from "../inputs/story-config.js";
import {didYouMean, fillLabels, leadOf, registryLookup, storyConversions} from "../story/story-view.js";
import {readExtraPages} from "./extra-pages.js";
import type {Joined} from "./join.js";
import {PATHS} from "./paths.js";
import type {InputReader} from "./read.js";
import type {ExtraPage, ProjectFiles, ResolvedFigure} from "./types.js";

export interface Shape {
  story: StoryConfig;
  prose: Prose;
  pages: ExtraPage[];
  factCheckProse?: Prose;
  warnings: Problem[]; // what it fell back on: a figure without a label, no lead
}

// `complete`: the registry was read whole and the article is there, so an id can be shown absent from them.
export function storyShape(
  {figures, aliases, pairs, meta}: Pick<Joined, "figures" | "aliases" | "pairs"> & {meta: ArticleMeta},
  {optional}: InputReader,
  {pages: extraPages, docsFiles: docs}: Pick<ProjectFiles, "pages" | "docsFiles">,
  complete: boolean,
  problems: Problem[]
): Shape {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const storyText = optional("story");
  const lookup = complete ? registryLookup(figures, aliases) : undefined;
  const warnings: Problem[] = [];
  const story = checkStory(storyText ?? storyJson(genericStory(figures)), lookup && byId, problems, lookup);
  const lead = leadOf(story, figures, warnings, PATHS.story);
  if (lead) story.lead = lead;
  story.conversions = storyConversions(figures, pairs, lead, warnings, PATHS.story);
  fillLabels(story.charts, figures, warnings, PATHS.figures);
  const docsFiles = docs && new Set(docs);
  const prose = parseProse(optional("prose") ?? genericProse(meta, story), PATHS.prose, problems, docsFiles);
  checkCells(proseCells(prose), PATHS.prose, problems);
  const pages = readExtraPages(extraPages, problems, docsFiles);
  const factCheckText = optional("factCheckProse");
  // The fact-check prose has no headline of its own: the page's is supplied, and its lines keep their numbers.
  const factCheckProse =
    factCheckText === undefined
      ? undefined
      : parseProse(factCheckText, PATHS.factCheckProse, problems, docsFiles, "Fact check");
  return {story, prose, pages, ...(factCheckProse ? {factCheckProse} : {}), warnings};
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
