// The engine: reads a story (its folder in stories/, with the reference data in data/), builds the checked project
// once per content of its inputs, and makes every output the story's site needs: the tables archive (data/tables.zip) and the pages' Markdown. A build puts them all in Framework's
// cache before it starts; while previewing, the loaders ask for them over 127.0.0.1 (scripts/engine-host.ts). Run
// alone it prints one output:
//   tsx scripts/engine.ts data/tables.zip > tables.zip
import {strToU8, zipSync, type Zippable} from "fflate";
import {chartIds, figureParts} from "../docs/components/figures.js";
import {
  ChartTypeError,
  InputError,
  type ParseCache,
  TABLES,
  buildProject,
  formatProblem,
  storyModel,
  tableRows,
  tableSpec,
  toCsv,
  type Problem,
  type Project,
  type StoryModel
} from "../src/index.js";
import {cardNotes, socialCard} from "./card.js";
import {siteTitle} from "./head.js";
import {problemReport, readProjectFiles, storyPaths} from "./read-project.js";
import {projectRoot} from "./root.js";
import {inputsHash} from "./inputs-hash.js";
import {createDeskOutputs} from "./desk-engine.js";
import {runnerStory} from "./stories.js";
import {pagePaths, pageShell, renderPage} from "./pages.js";
import {staticDocument, type PageContext} from "./pages/context.js";
import {problemsPage} from "./pages/problems.js";
import {staticCharts} from "./pages/static-box.js";

export type Output = {ok: true; body: Uint8Array} | {ok: false; problems: Problem[]};

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 1)}\n`);

// Licence phrases of data/sources.csv → Open Definition ids for the data package: "CC BY 4.0 (…)" → CC-BY-4.0.
// Named, not linked: the site refers to no other host.
const LICENCES: [RegExp, {name: string; title: string}][] = [
  [/CC BY 4\.0/i, {name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0"}],
  [/CC0/i, {name: "CC0-1.0", title: "CC0 1.0"}],
  [/PDDL|public domain/i, {name: "ODC-PDDL-1.0", title: "Open Data Commons Public Domain Dedication and License 1.0"}]
];

// The Frictionless data package of the tables (https://datapackage.org/): each table's CSV with its schema, the
// raw files it comes from as sources, and the licences they carry. Paths are the tables' names in tables.zip;
// scripts/publish.ts rewrites them to the built files for the copy beside the pages.
export function dataPackage(project: Project, model: StoryModel): object {
  const sources = tableRows(project, "sources") as {file: string; what: string; where_from: string; licence: string}[];
  const licences = LICENCES.filter(([re]) => sources.some((s) => re.test(s.licence))).map(([, l]) => l);
  const name =
    model.meta.title
      .toLowerCase()
      .normalize("NFKD") // "São Paulo" → "sao-paulo"
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "story";
  return {
    name,
    title: model.headline,
    description: `The tables behind “${model.headline}”, a data reading of “${model.meta.title}”. Each source below names its own licence.`,
    licenses: licences,
    sources: sources.map((s) => ({
      title: `${s.file}: ${s.where_from}`,
      description: `${s.what}. Licence: ${s.licence}.`
    })),
    resources: TABLES.map(({name, title, description, columns}) => ({
      name,
      title,
      description,
      path: `${name}.csv`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {fields: columns.map((c) => ({name: c.name, type: c.type, description: c.meaning}))}
    }))
  };
}

// Every published table as CSV and JSON, the catalog, the story model, and each chart's rows at the default view.
function tablesZip(project: Project, model: StoryModel): Uint8Array {
  const files: Zippable = {};
  for (const spec of TABLES) {
    const rows = tableRows(project, spec.name);
    files[`${spec.name}.csv`] = strToU8(
      toCsv(
        rows,
        tableSpec(spec.name).columns.map((c) => c.name)
      )
    );
    files[`${spec.name}.json`] = json(rows);
  }
  files["catalog.json"] = json(
    TABLES.map(({name, title, description, columns}) => ({name, title, description, columns}))
  );
  files["model.json"] = strToU8(JSON.stringify(model)); // what the pages load: no white space
  files["datapackage.json"] = json(dataPackage(project, model));
  const charts: Zippable = {};
  for (const id of chartIds(model)) {
    const parts = figureParts(model, id, {});
    charts[`${id}.csv`] = strToU8(toCsv(parts.rows, parts.download));
  }
  files.charts = charts;
  // A fixed time stamp, so two builds of the same data give the same bytes.
  return zipSync(files, {level: 6, mtime: new Date("2000-01-01T00:00:00Z")});
}

// What each loader in docs/ prints, named by its path there: "index.md" (docs/index.md.js), "data/tables.zip",
// "embed/investment.md" ([chart].md.js for each chart). A build writes them all into Framework's cache up front.
const loaderOutputs = (project: Project, model: StoryModel) => [
  ...pagePaths(project, model).map((path) => `${path.slice(1)}.md`),
  "data/tables.zip"
];

// What the build says besides its problems: what it fell back on (a figure without a label, a story without a
// lead), and words printed in place of a number, which no check reads.
export function buildReport(project: Project): string {
  return [
    ...project.warnings.map((w) => `note: ${formatProblem(w)}\n`),
    ...project.looseWords.map(
      (w) => `note: ${w.file}:${w.line}: "${w.words}" is printed for "${w.id}" unchecked (marked with ~)\n`
    )
  ].join("");
}

// The engine of one project: the project built once per content of its inputs, and each output made once from it.
// Everything it keeps lives here, in the instance: a test or a runner makes its own.
export interface Engine {
  // One output by name: "data/tables.zip", "index.md", "embed/investment.md", "charts.json", "loaders.json"…
  output(name: string, options?: {preview?: boolean}): Output;
  // The same, as the runner takes it over IPC: the bytes (base64), the report of every problem, or a crash.
  answer(id: number, name: string, preview?: boolean): Reply;
}

// `once`: data/ is read and hashed on the first request only, as for a build, which outlives no edit; a preview's
// engine looks again on every request.
// `story`: the story's folder ("stories/<slug>"); "data" for a story held in data/ itself.
export function createEngine(root = projectRoot, {once = false, story = "data"} = {}): Engine {
  let state:
    | {
        hash: string;
        project?: Project;
        model?: StoryModel;
        problems?: Problem[];
        outputs: Map<string, Uint8Array>;
      }
    | undefined;
  const lastGood = new Map<string, Uint8Array>(); // each output's last version made without problems
  const cache: ParseCache = new Map(); // the reference files, parsed while unchanged
  const document = staticDocument(); // the static pages' charts and tables are drawn in it
  const {names} = storyPaths(root, story); // "data/figures.csv" → "stories/<slug>/figures.csv" in what is said

  const load = () => {
    if (once && state) return state;
    const hash = inputsHash(root, story);
    if (state?.hash === hash) return state;
    state = {hash, outputs: new Map()};
    try {
      const project = buildProject(readProjectFiles(root, {story}), {cache});
      state.project = project;
      state.model = storyModel(project);
    } catch (error) {
      if (!(error instanceof InputError)) {
        state = undefined; // not the inputs' fault: the next request tries again, and says the same
        throw error;
      }
      state.problems = error.problems;
    }
    return state;
  };

  const output = (name: string, {preview = false} = {}): Output => {
    const loaded = load();
    const ctx: PageContext = {document, preview};
    const cachedOutput = loaded.outputs.get(name);
    if (cachedOutput) return {ok: true, body: cachedOutput};
    if (loaded.problems) {
      // In preview a page shows the problems instead of failing, and updates itself once they are fixed; its files
      // keep their last good version meanwhile, so the page being replaced raises no errors of its own.
      if (preview && name.endsWith(".md"))
        return {ok: true, body: strToU8(problemsPage("Problems in the inputs", loaded.problems, names))};
      const last = lastGood.get(name);
      if (preview && last) return {ok: true, body: last};
      return {ok: false, problems: loaded.problems};
    }
    const [project, model] = [loaded.project!, loaded.model!];
    let body: Uint8Array;
    if (name === "data/tables.zip") body = tablesZip(project, model);
    else if (name === "charts.json") body = json(chartIds(model));
    else if (name === "loaders.json") body = json(loaderOutputs(project, model));
    else if (name === "datapackage.json") body = json(dataPackage(project, model));
    else if (name === "card.png") body = socialCard(project, model, ctx);
    else if (name === "static-charts.json") body = json(staticCharts(model, ctx));
    else if (name === "shells.json")
      body = json(
        Object.fromEntries(
          loaderOutputs(project, model)
            .filter((n) => n.endsWith(".md"))
            .map((n) => [n.replace(/\.md$/, ".html"), pageShell(project, model, `/${n.slice(0, -3)}`, ctx)])
        )
      );
    else if (name === "report.txt")
      body = strToU8(
        names(
          buildReport(project) +
            cardNotes(project, model, ctx)
              .map((n) => `note: ${n}\n`)
              .join("")
        )
      );
    else if (name.endsWith(".md") && pagePaths(project, model).includes(`/${name.slice(0, -3)}`))
      // (the inputs a page names, as in "Mark each one checked in data/figures.csv", by where they are)
      body = strToU8(names(renderPage(project, model, `/${name.slice(0, -3)}`, ctx)));
    else if (name === "site.json")
      body = json({
        title: siteTitle(model),
        pages: project.pages.map((p) => ({name: p.prose.headline, path: `/${p.slug}`}))
      });
    else throw new RangeError(`no output "${name}"`);
    loaded.outputs.set(name, body);
    lastGood.set(name, body);
    return {ok: true, body};
  };

  return engineOf(output, names);
}

// The engine of the desk itself: its home page, its Data page and its table (scripts/desk-engine.ts).
export function createDeskEngine(root = projectRoot, {once = false} = {}): Engine {
  const outputs = createDeskOutputs(root, {once});
  return engineOf((name) => ({ok: true, body: outputs(name)}));
}

// An engine from its outputs: each answered as the runner takes it.
function engineOf(output: Engine["output"], names = (text: string) => text): Engine {
  return {
    output,
    answer(id, name, preview = false) {
      try {
        const out = output(name, {preview});
        return out.ok
          ? {id, ok: true, body: Buffer.from(out.body).toString("base64")}
          : {id, ok: false, report: problemReport(out.problems, names)};
      } catch (error) {
        // A chart type that cannot draw is said in its own line, naming its file: no trace.
        if (error instanceof ChartTypeError)
          return {id, ok: false, report: names(error.message).replace(/^/gm, "error: ") + "\n"};
        return {id, ok: false, error: (error as Error).stack ?? String(error)};
      }
    }
  };
}

// The engine's answer to a request for one output, as the host takes it: the bytes (base64, to cross IPC), the
// report of every problem in the inputs, or a crash.
export interface Reply {
  id: number;
  ok: boolean;
  body?: string;
  report?: string;
  error?: string;
}

// What a build asks the engine for before Framework starts, besides the loaders' outputs (loaders.json): its report
// and the config's lists. What the runner adds to the built site (scripts/publish.ts) it asks to be made later,
// while Framework builds, so that it does not hold up Framework's start.
const BUILD_OUTPUTS = ["report.txt", "site.json", "charts.json"];

// Serves outputs to the host over IPC: {id, name, preview} → a Reply. {prefetch: names} makes them ahead of the
// requests (after an edit, while Framework is still noticing it; a build's publish files, while Framework builds).
// A build's engine (`build`) reads data/ once and makes what Framework needs at once: the requests wait for it,
// then find it made.
function serve(build: boolean): void {
  const engine = runnerEngine({once: build});
  process.on("message", (message: {id: number; name: string; preview?: boolean; prefetch?: string[]}) => {
    if (message.prefetch) for (const name of message.prefetch) engine.answer(-1, name, message.preview);
    else process.send!(engine.answer(message.id, message.name, message.preview));
  });
  // The runner gone (stopped, or Ctrl-C in `npm start`), the engine goes too.
  process.on("disconnect", () => process.exit(0));
  process.send!({ready: true});
  if (build) {
    // As an answer, so that what stops the build (a chart type that cannot draw) reaches the runner as a reply.
    const loaders = engine.answer(-1, "loaders.json");
    const names = loaders.body ? (JSON.parse(Buffer.from(loaders.body, "base64").toString()) as string[]) : [];
    for (const name of [...names, ...BUILD_OUTPUTS]) engine.answer(-1, name);
  }
}

// The engine of the runner's story (TECH_EDGE_STORY), or of the desk without one.
function runnerEngine({once = false} = {}): Engine {
  const story = runnerStory(projectRoot);
  return story ? createEngine(projectRoot, {once, story}) : createDeskEngine(projectRoot, {once});
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const [name] = process.argv.slice(2);
  if (name === "--serve") serve(process.argv[3] === "--build");
  else if (!name) {
    process.stderr.write("usage: tsx scripts/engine.ts <data/tables.zip|index.md|…>\n");
    process.exit(2);
  } else {
    const reply = runnerEngine().answer(0, name, process.env.TECH_EDGE_MODE === "preview");
    if (!reply.ok) {
      process.stderr.write(reply.report ?? `${reply.error}\n`);
      process.exit(1);
    }
    process.stdout.write(Buffer.from(reply.body!, "base64"));
  }
}
