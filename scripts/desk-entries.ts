// What the desk knows of each story: its headline, outlet, date, lead figure, how many figures are still draft, its
// figures as rows of the desk's table, and the facts its figures state (to compare with the other stories'). Each
// story's entry is made from its built project, and kept by the content hash of its inputs and of the code.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {
  InputError,
  buildProject,
  isStoryMoney,
  storyModel,
  tableRows,
  type DeskFact,
  type ParseCache
} from "../src/index.js";

import {inputsHash} from "./inputs-hash.js";
import {codeHash} from "./code-hash.js";
import {problemReport, readProjectFiles, storyPaths} from "./read-project.js";
import {listStories, storyFolder} from "./stories.js";

export interface DeskEntry {
  slug: string;
  headline: string;
  title: string; // the article's own title
  outlet: string;
  published: string; // "2024-04-14"
  lead?: {label: string; text: string}; // "Chip subsidies", "¥3.9 trillion"
  figures: number; // money figures the story counts
  drafts: number; // figures still marked draft in its registry
  rows: Record<string, unknown>[]; // its figures table, a `story` column first
  facts: DeskFact[];
  problems?: string; // why the story cannot be built: its report
}

// Where entries are kept between builds: ".desk/entries/<hash>.json".
const entriesDir = (root: string) => join(root, ".desk", "entries");

// One story's entry, made from its inputs.
export function makeEntry(root: string, slug: string, cache: ParseCache = new Map()): DeskEntry {
  const story = storyFolder(slug);
  try {
    const project = buildProject(readProjectFiles(root, {story}), {cache});
    const model = storyModel(project);
    const {real} = storyPaths(root, story);
    const lead = model.figures.find((f) => f.id === project.story.lead);
    const money = project.figures.filter(isStoryMoney);
    return {
      slug,
      headline: model.headline,
      title: project.meta.title,
      outlet: project.meta.outlet,
      published: project.meta.published,
      lead: lead && {label: lead.label || lead.entity, text: lead.text},
      figures: money.length,
      drafts: project.figures.filter((f) => f.status === "draft").length,
      rows: tableRows(project, "figures").map((row) => ({story: slug, ...row})),
      facts: money.map((f) => ({
        story: slug,
        file: real("data/figures.csv"),
        line: f.line,
        id: f.id,
        entity: f.entity,
        category: f.category,
        period: f.period || f.as_of.slice(0, 4),
        value: f.value,
        unit: f.unit,
        text: model.figures.find((v) => v.id === f.id)?.text ?? String(f.value)
      }))
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      slug,
      headline: slug,
      title: slug,
      outlet: "",
      published: "",
      figures: 0,
      drafts: 0,
      rows: [],
      facts: [],
      problems: problemReport(error.problems, storyPaths(root, story).names)
    };
  }
}

// Every story's entry, newest first, or those of `only` (the stories a build publishes); each made again only when
// its inputs or the code changed.
export function deskEntries(root: string, only?: string[]): DeskEntry[] {
  const dir = entriesDir(root);
  mkdirSync(dir, {recursive: true});
  const code = codeHash(root);
  const cache: ParseCache = new Map();
  const kept = new Set<string>();
  const stories = listStories(root).filter(({slug}) => !only || only.includes(slug));
  const entries = stories.map(({slug}) => {
    const hash = createHash("sha256")
      .update(code)
      .update(inputsHash(root, storyFolder(slug)))
      .update(slug)
      .digest("hex")
      .slice(0, 32);
    const file = join(dir, `${hash}.json`);
    kept.add(`${hash}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf-8")) as DeskEntry;
    const entry = makeEntry(root, slug, cache);
    writeFileSync(file, JSON.stringify(entry));
    return entry;
  });
  // Entries of inputs that are gone go too.
  if (!only) for (const name of readdirSync(dir)) if (!kept.has(name)) rmSync(join(dir, name), {force: true});
  return entries;
}
