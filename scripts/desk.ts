// `npm run build` / `npm start`: the desk, every story of stories/ in one site. Each story is built alone by the
// story runner (scripts/framework.ts) into a folder of its own, kept by the content hash of its inputs, the
// reference data and the code: a story none of them changed is not built again, and its files stay byte for byte.
// The desk's own pages (the list of stories, the desk's Data page) are built last, and dist/ is replaced in one
// step: dist/index.html, dist/data.html, and dist/<slug>/ for each story, which works uploaded alone under any path.
//   tsx scripts/desk.ts build [--story <slug>] [--verbose]
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseSources, type Problem} from "../src/index.js";
import {codeHash} from "./code-hash.js";
import {inputsHash} from "./inputs-hash.js";
import {problemReport} from "./read-project.js";
import {PublishError, replaceDir} from "./replace-dir.js";
import {projectRoot} from "./root.js";
import {SLUG, STORIES, listStories, storyFolder} from "./stories.js";

const log = (message: string) => process.stderr.write(`${message}\n`);
const fail = (message: string): never => {
  log(`error: ${message}`);
  log("error: the build stopped; dist/ is unchanged");
  process.exit(1);
};

// Where each story's last build is kept: ".desk/builds/<slug>/<hash>/".
const BUILDS = join(projectRoot, ".desk", "builds");
// Names the desk's own files take in dist/: no story may be called one of them.
const RESERVED = new Set(["data", "index", "embed", "card", "datapackage"]);

// The key of a story's build: the code, the reference data, the story's inputs, and the settings of the pages' head.
function buildKey(code: string, slug: string): string {
  const settings = Object.entries(process.env)
    .filter(([k]) => k === "TECH_EDGE_SITE_URL")
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
  return createHash("sha256")
    .update(code)
    .update(inputsHash(projectRoot, storyFolder(slug)))
    .update(`${slug}\n${settings}`)
    .digest("hex")
    .slice(0, 20);
}

// Runs the story runner for one story (or the desk's pages, without one) into `output`; its lines are kept for
// --verbose, but for its notes, warnings and errors, which are said at once.
function runStory(
  slug: string | undefined,
  output: string,
  verbose: boolean,
  published: string[] = []
): Promise<{code: number; pages: number; said: string[]}> {
  const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
  const args = [join(projectRoot, "scripts", "framework.ts"), "build", ...(verbose ? ["--verbose"] : [])];
  const env = {
    ...process.env,
    TECH_EDGE_STORY: slug ?? "",
    TECH_EDGE_DIST: output,
    TECH_EDGE_DESK: "1",
    TECH_EDGE_DESK_STORIES: published.join(",")
  };
  return new Promise((resolve) => {
    const child = spawn(tsx, args, {cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"]});
    let pages = 0;
    let rest = "";
    const said: string[] = [];
    const take = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        const published = /^published .*: (\d+) page\(s\)/.exec(line);
        if (published) pages = Number(published[1]);
        if (/^(note|warning|error|\s{2}\S)/.test(line)) said.push(line);
        if (verbose || /^(note|warning|error|\s{2}\S)/.test(line)) log(line);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (code) => {
      if (rest) take(Buffer.from("\n"));
      resolve({code: code ?? 1, pages, said});
    });
  });
}

// data/sources.csv lists the reference data: each file of data/ has its row.
function checkReference(): void {
  const problems: Problem[] = [];
  const files = readdirSync(join(projectRoot, "data")).filter((f) => !f.startsWith("."));
  const text = existsSync(join(projectRoot, "data", "sources.csv"))
    ? readFileSync(join(projectRoot, "data", "sources.csv"), "utf-8")
    : undefined;
  parseSources(text, "data/sources.csv", files, problems);
  if (text === undefined) problems.push({file: "data/sources.csv", message: "is missing: list each file of data/"});
  if (problems.length) {
    process.stderr.write(problemReport(problems));
    fail("the reference data in data/ is not listed whole");
  }
}

async function build(args: string[]): Promise<void> {
  const verbose = args.includes("--verbose");
  const only = args.includes("--story") ? args[args.indexOf("--story") + 1] : undefined;
  const stories = listStories(projectRoot);
  if (!stories.length)
    fail(`no story in ${STORIES}/: add one with \`npm run new-story -- <article.txt>\` (see the README)`);
  for (const {slug} of stories) {
    if (!SLUG.test(slug) || RESERVED.has(slug))
      fail(
        `${storyFolder(slug)}: "${slug}" cannot name a story: use lower-case words and digits joined by hyphens, not ${[...RESERVED].join(", ")}`
      );
  }
  if (only !== undefined && !stories.some((s) => s.slug === only))
    fail(
      `no story "${only}" in ${STORIES}/ (there ${stories.length === 1 ? "is" : "are"}: ${stories.map((s) => s.slug).join(", ")})`
    );
  checkReference();
  const dist = join(projectRoot, "dist");
  const code = codeHash(projectRoot);
  const started = performance.now();
  let built = 0;
  const folders = new Map<string, string>(); // slug → its built folder
  for (const [i, {slug}] of stories.entries()) {
    const at = `[${i + 1}/${stories.length}] ${slug}`;
    // `--story`: the others stay as they are in dist/.
    if (only !== undefined && slug !== only) {
      if (existsSync(join(dist, slug))) folders.set(slug, join(dist, slug));
      continue;
    }
    const key = buildKey(code, slug);
    const folder = join(BUILDS, slug, key);
    if (existsSync(join(folder, "index.html"))) {
      log(`${at}: unchanged, reused`);
    } else {
      const t0 = performance.now();
      mkdirSync(join(BUILDS, slug), {recursive: true});
      const {code: status, pages} = await runStory(slug, folder, verbose);
      if (status !== 0) fail(`${storyFolder(slug)} could not be built (above)`);
      log(`${at}: built, ${pages} page(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      built++;
    }
    // Older builds of this story go.
    for (const old of readdirSync(join(BUILDS, slug)))
      if (old !== key) rmSync(join(BUILDS, slug, old), {recursive: true, force: true});
    folders.set(slug, folder);
  }
  // The desk's own pages (made again only when a story or the code changed), then every story's folder beside them;
  // dist/ is replaced in one step.
  const homeKey = createHash("sha256")
    .update(code)
    .update([...folders.keys()].map((slug) => `${slug} ${buildKey(code, slug)}`).join("\n"))
    .digest("hex")
    .slice(0, 20);
  const home = join(projectRoot, ".desk", "home", homeKey);
  const notes = `${home}.notes`; // what the desk said of its stories, said again when its pages are reused
  if (!existsSync(join(home, "index.html"))) {
    rmSync(join(home, ".."), {recursive: true, force: true});
    mkdirSync(join(home, ".."), {recursive: true});
    // Its list holds the stories published: with --story, a story never built is not listed.
    const built = await runStory(undefined, home, verbose, [...folders.keys()]);
    if (built.code !== 0) fail("the desk's pages could not be built (above)");
    writeFileSync(notes, built.said.map((l) => `${l}\n`).join(""));
  } else if (existsSync(notes)) process.stderr.write(readFileSync(notes, "utf-8"));
  const partial = join(projectRoot, `.desk-partial-${process.pid}`);
  process.on("exit", () => rmSync(partial, {recursive: true, force: true}));
  cpSync(home, partial, {recursive: true, preserveTimestamps: true});
  for (const [slug, folder] of folders)
    cpSync(folder, join(partial, slug), {recursive: true, preserveTimestamps: true});
  try {
    replaceDir(partial, dist, undefined, (message) => log(`warning: ${message}`));
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    fail(error.message.replaceAll(`${projectRoot}/`, ""));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `published ${relative(projectRoot, dist)}/: ${folders.size} stor${folders.size === 1 ? "y" : "ies"} (${built} built, ${folders.size - built} reused) in ${seconds} s`
  );
}

const [command = "build", ...rest] = process.argv.slice(2);
if (command === "build") await build(rest);
else fail(`unknown command "${command}": build`);
