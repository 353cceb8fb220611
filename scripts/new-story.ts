// npm run new-story -- <article.txt> --title "<title>" --outlet "<outlet>" --published <YYYY-MM-DD>
//   [--byline "<names>"] [--url <url>] [--dollar <code>] [--slug <slug>] [--force]
// Adds a story to the desk, in a folder of its own (stories/<slug>/): the article and its metadata, a draft figure
// registry (one row per money amount, quote prefilled), the generic story, empty checks and the sources table. It
// never touches another story. Every file is written to a scratch folder and checked by the build's own checks
// before the folder takes its place.
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {isAbsolute, join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {
  CURRENCIES,
  DOLLARS,
  DRAFT_FILES,
  InputError,
  buildProject,
  checkDate,
  draftStory,
  extractAmounts,
  formatProblem,
  homeOf,
  formatRate,
  inputText,
  rateSeries,
  type Draft,
  type Home,
  type Problem
} from "../src/index.js";
import {readProjectFiles, storyPaths} from "./read-project.js";
import {projectRoot} from "./root.js";
import {SLUG, STORIES, slugOf, storyFolder} from "./stories.js";

const USAGE = `usage: npm run new-story -- <article.txt> --title "<title>" --outlet "<outlet>" --published <YYYY-MM-DD>
         [--byline "<names>"] [--url <url>] [--dollar <code>] [--slug <slug>] [--force]
  <article.txt>  the article's text, UTF-8
  --title        its headline                 --outlet   where it was published
  --published    its publication date         --byline   its authors, "A, B and C"
  --url          its web address              --slug     its folder and address: stories/<slug>/
                                              (default: the date and the headline's words)
  --force        overwrite the story of that slug (and only it) if it exists
  --dollar       the dollar a bare "$" is: ${DOLLARS.join(", ")} (inferred from the text or outlet if plain)`;

class Refusal extends Error {
  constructor(
    message: string,
    readonly code = 2
  ) {
    super(message);
  }
}

interface Options {
  article: string;
  title: string;
  outlet: string;
  published: string;
  byline?: string;
  url?: string;
  dollar?: string;
  slug?: string;
  force: boolean;
}

function options(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a, i) => !(a === "--" && i === 0)),
      allowPositionals: true,
      strict: true,
      options: {
        title: {type: "string"},
        outlet: {type: "string"},
        published: {type: "string"},
        byline: {type: "string"},
        url: {type: "string"},
        dollar: {type: "string"},
        slug: {type: "string"},
        force: {type: "boolean", default: false},
        help: {type: "boolean", short: "h"}
      }
    });
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${USAGE}`);
  }
  const {values, positionals} = parsed;
  if (values.help) throw new Refusal(USAGE);
  const missing = (["title", "outlet", "published"] as const).filter((k) => !values[k]?.trim()).map((k) => `--${k}`);
  if (positionals.length !== 1) missing.unshift(positionals.length ? "exactly one article file" : "<article.txt>");
  if (missing.length) throw new Refusal(`missing ${missing.join(", ")}\n${USAGE}`);
  try {
    checkDate(values.published!, "--published");
  } catch {
    throw new Refusal(`--published "${values.published}" is not a real date: write it as YYYY-MM-DD, e.g. 2025-08-12`);
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(values.url))
    throw new Refusal(`--url "${values.url}" is not a web address: write it as https://…`);
  const dollar = values.dollar?.trim().toUpperCase();
  if (dollar !== undefined && !DOLLARS.includes(dollar))
    throw new Refusal(
      `--dollar "${values.dollar}" is not the ISO code of a dollar: write one of ${DOLLARS.join(", ")}; nothing was written`
    );
  const slug = values.slug?.trim();
  if (slug !== undefined && (!SLUG.test(slug) || ["data", "index", "embed", "card", "datapackage"].includes(slug)))
    throw new Refusal(
      `--slug "${values.slug}" cannot name a story: use lower-case words and digits joined by hyphens (2025-08-12-budget-day), not data, index, embed, card or datapackage; nothing was written`
    );
  return {
    article: positionals[0],
    ...(slug ? {slug} : {}),
    title: values.title!.trim(),
    outlet: values.outlet!.trim(),
    published: values.published!,
    ...(values.byline?.trim() ? {byline: values.byline.trim()} : {}),
    ...(values.url ? {url: values.url} : {}),
    ...(dollar ? {dollar} : {}),
    force: values.force!
  };
}

// The article as text: UTF-8 checked, byte-order mark removed, line ends as "\n".
// The longest text drafted: 5 MB of a report that repeats itself drafts in under a minute on a laptop's two cores.
const MOST_BYTES = 6e6;
const megabytes = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
// Long work says what it is doing, on stderr: "new-story: drafting a 5.0 MB text…".
const LONG_BYTES = 2e5;

function readArticle(path: string): {text: string; notes: string[]} {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(
      code === "ENOENT"
        ? `${path}: no such file`
        : code === "EISDIR"
          ? `${path} is a folder, not a text file`
          : `${path}: ${(error as Error).message}`
    );
  }
  if (bytes.length > MOST_BYTES)
    throw new Refusal(
      `${path} is ${megabytes(bytes.length)}: new-story drafts texts up to ${megabytes(MOST_BYTES)} (a long report drafts in about a minute). Keep the part that holds the story, and run again; nothing was written`
    );
  // The same check the build makes: the first invalid byte at its line and column.
  const problems: Problem[] = [];
  const text = inputText(bytes, path, problems) ?? "";
  if (problems.length) throw new Refusal(`${formatProblem(problems[0])}, and run again; nothing was written`);
  const raw = bytes.toString("utf-8");
  if (!text.trim()) throw new Refusal(`${path} is empty: there is no article to read`);
  if (text.includes("\0")) throw new Refusal(`${path} contains NUL bytes: it is not a text file`);
  const notes = [
    ...(raw.startsWith("\ufeff") ? ["byte-order mark removed"] : []),
    ...(/\r/.test(raw) ? ["line ends made LF"] : [])
  ];
  return {text, notes};
}

// Writes the draft to a scratch folder beside the stories, checks it with the build's own checks (with the reference
// data of data/), and then puts the folder in its place, stories/<slug>/; with --force the story there before goes
// only once the new one is in. A draft the checks find problems in (a rate the data does not have yet) is written
// all the same: the problems are the journalist's tasks.
function install(root: string, draft: Draft, slug: string): Problem[] {
  const target = join(root, storyFolder(slug));
  const scratch = `${STORIES}/.new-story-${process.pid}`;
  const old = join(root, STORIES, `.old-${slug}-${process.pid}`);
  rmSync(join(root, scratch), {recursive: true, force: true});
  try {
    mkdirSync(join(root, scratch), {recursive: true});
    for (const f of DRAFT_FILES) writeFileSync(join(root, scratch, f), draft.files[f]);
    let problems: Problem[] = [];
    try {
      buildProject(readProjectFiles(root, {story: scratch}));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems = error.problems;
    }
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(join(root, scratch), target);
    } catch (error) {
      if (existsSync(old)) renameSync(old, target);
      throw error;
    }
    rmSync(old, {recursive: true, force: true});
    return problems;
  } finally {
    rmSync(join(root, scratch), {recursive: true, force: true});
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

// What the article's home currency made of its amounts: 'A bare "$" is read as CAD (Canadian dollar): the text names
// Canada 7 times. 1 amount, each drafted with a note asking for a check. Run again with --dollar <code> to say otherwise.'
function homeLines(draft: Draft, home: Home | undefined): string[] {
  if (!home) return [];
  const text = draft.files["article.txt"];
  const marked = extractAmounts(text, {published: draft.meta.published, home: home.code}).filter(
    (q) => q.kind === "money" && q.unit === home.code && q.currencyFrom
  ).length;
  const given = home.why === "--dollar";
  if (!marked && !given) return [];
  const what = home.code === "ZAR" ? `"R" before a number is read as` : `A bare "$" is read as`;
  const how = `${what} ${home.code} (${CURRENCIES[home.code]?.name ?? home.code}): ${given ? "as --dollar says" : home.why}.`;
  const amounts = marked ? ` ${plural(marked, "amount")}, each drafted with a note asking for a check.` : "";
  return [`${how}${amounts}${given ? "" : " Run again with --dollar <code> to say otherwise."}`, ""];
}

function report(
  draft: Draft,
  problems: Problem[],
  notes: string[],
  slug: string,
  replaced: boolean,
  home: Home | undefined
): string {
  const dir = storyFolder(slug);
  const {names} = storyPaths(projectRoot, dir);
  const text = draft.files["article.txt"];
  const restated = draft.figures.filter((f) => f.restates);
  const dated = draft.figures.filter((f) => f.period);
  const byUnit = new Map<string, number>();
  for (const f of draft.figures) if (!f.restates) byUnit.set(f.unit, (byUnit.get(f.unit) ?? 0) + 1);
  const units = [...byUnit].map(([u, n]) => `${n} ${u}`).join(", ");
  const m = draft.meta;
  const converting = draft.figures.filter((f) => f.converts);
  const lead = draft.figures.find((f) => f.id === draft.story.lead);
  const lines = [
    `new-story: ${replaced ? "replaced a story of the desk" : "added a story to the desk"}: “${m.title}” (${m.outlet}, ${m.published}), in ${dir}/`,
    "",
    "Wrote:",
    `  ${dir}/article.txt: ${plural(text.trimEnd().split("\n").length, "line")}, ${text.length.toLocaleString("en-US")} characters${notes.length ? ` (${notes.join(", ")})` : ""}`,
    `  ${dir}/article.json: title, outlet, published ${m.published}, ${plural(m.authors.length, "author")}${m.authors.length ? ` (${m.authors.join("; ")})` : ""}, source: ${m.source}`,
    `  ${dir}/figures.csv: ${plural(draft.figures.length - restated.length, "draft figure")}${units ? ` (${units})` : ""}${restated.length ? `, and ${plural(restated.length, "restatement")} of them (column restates)` : ""}${converting.length ? `, ${plural(converting.length, "conversion")} printed by the article (column converts)` : ""}; ${plural(dated.length, "period")} read from the text (column period); a label for each (column label)`,
    `  ${dir}/story.json: the generic story: ${plural(draft.story.charts.length, "chart")} (the money by rule, not by list), default basis "${draft.story.default_basis}"${lead ? `, lead "${lead.id}" (${lead.text})` : ""}`,
    `  ${dir}/story.md: the generic prose, headline “${m.title}”`,
    `  ${dir}/not-figures.csv, ${dir}/fact-check.csv: header only`,
    `  ${dir}/sources.csv: ${plural(draft.files["sources.csv"].trimEnd().split("\n").length - 1, "row")}, one for each file the story reads (its own, and the reference data in data/)`,
    "No other story was touched.",
    "",
    ...homeLines(draft, home),
    draft.pairs.length
      ? "Conversion pairs found in the article:"
      : "No conversion pairs (an amount followed by its value in another currency in brackets) found in the article.",
    ...draft.pairs.map((p) => `  ${p.text} → ${p.from} and ${p.to}: ${formatRate(p.rate)} ${p.pair}`),
    "",
    ...(problems.length
      ? [
          `The build will ask for ${problems.length === 1 ? "this" : `these ${problems.length}`} before it publishes:`,
          ...problems.map((p) => `  ${names(formatProblem(p))}`),
          ""
        ]
      : []),
    "Next steps:",
    `  1. Check each figure in ${dir}/figures.csv against the article and its source: fill in entity,`,
    "     fix the quote if it reads badly (it must stay word for word), then set status to checked.",
    `     Money that is not a figure of the story goes to ${dir}/not-figures.csv with a reason.`,
    `  2. Correct each figure in its own row of ${dir}/figures.csv, one cell at a time: label (what charts call it),`,
    "     restates (one more mention of another figure), converts (the article's own US$ amount of another),",
    "     period. Charts, conversions, counts and the ::: summary follow the registry. Set the story's",
    `     lead in ${dir}/story.json, and edit the headline and prose in ${dir}/story.md.`,
    `  3. npm run build -- --story ${slug}    (fails with file:line for anything that does not add up)`,
    `  4. npm start -- --story ${slug}        (preview at http://127.0.0.1:3000; it updates as you edit)`
  ];
  return `${lines.join("\n")}\n`;
}

function main(): void {
  const o = options(process.argv.slice(2));
  const root = projectRoot;
  const slug = o.slug ?? slugOf(o.published, o.title);
  const replaced = existsSync(join(root, storyFolder(slug)));
  if (replaced && !o.force)
    throw new Refusal(
      `${storyFolder(slug)}/ exists: the desk has a story "${slug}" already. Give this one another --slug, or run again with --force to replace that story (and only it). Nothing was written.`
    );
  // npm runs scripts from the project root; a relative path is read from where the command was typed.
  const path = isAbsolute(o.article) ? o.article : resolve(process.env.INIT_CWD ?? process.cwd(), o.article);
  const {text, notes} = readArticle(path);
  // The reference data every story reads: its files, and their rows of data/sources.csv for the story's own.
  const data = join(root, "data");
  const kept = readdirSync(data).filter((f) => !f.startsWith(".") && f !== "sources.csv");
  const sources = existsSync(join(data, "sources.csv")) ? readFileSync(join(data, "sources.csv"), "utf-8") : "";
  // The rates in data/, to order the amounts by their size in US$ (a file with problems orders by value alone).
  const readData = (f: string) => (existsSync(join(data, f)) ? readFileSync(join(data, f), "utf-8") : undefined);
  const {series} = rateSeries(
    readData("usdjpy-daily.csv"),
    readData("fx-monthly-fred.csv"),
    [],
    readData("fx-other.csv")
  );
  // The article's own currency: the journalist's --dollar, else what the text, address or outlet makes plain.
  const home: Home | undefined = o.dollar ? {code: o.dollar, why: "--dollar"} : homeOf({...o, text});
  const long = Buffer.byteLength(text) > LONG_BYTES;
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (long) process.stderr.write(`new-story: drafting a ${megabytes(Buffer.byteLength(text))} text…\n`);
  const draft = draftStory({...o, home: home?.code, text, series, sources, keptFiles: kept});
  if (long)
    process.stderr.write(
      `new-story: drafted ${draft.figures.length} figure(s) in ${seconds()}; checking the draft as the build would…\n`
    );
  // A project from before the desk holds its one story in data/: once stories/ exists, the desk builds only that.
  const earlier =
    !existsSync(join(root, STORIES)) && existsSync(join(data, "article.txt"))
      ? `note: data/ holds a story from before the desk (data/article.txt, data/figures.csv, …). The desk builds only the stories in ${STORIES}/ now: move that story's files into a folder of ${STORIES}/ of its own to keep publishing it.\n`
      : "";
  const problems = install(root, draft, slug);
  if (long) process.stderr.write(`new-story: checked in ${seconds()}\n`);
  process.stdout.write(report(draft, problems, notes, slug, replaced, home));
  process.stderr.write(earlier);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  process.stderr.write(`new-story: ${error.message}\n`);
  process.exit(error.code);
}
