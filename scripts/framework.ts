// `npm run build` / `npm run dev`: Observable Framework, offline, never stale, with one warm engine for the loaders.
//   tsx scripts/framework.ts build|preview [framework options]
import {existsSync, rmSync, utimesSync, watch} from "node:fs";
import {join, relative} from "node:path";
import {pathToFileURL} from "node:url";
import {stripVTControlCharacters} from "node:util";
import {lineFilter} from "./build-log.js";
import {freshenLoaders, pruneNpmCache, writeCachedOutputs} from "./freshness.js";
import {NOT_INSTALLED, installOfflineNpm} from "./offline-npm.js";
import {writeNodeBundles, type NodeBundle} from "./node-bundles.js";
import {PUBLISH_OUTPUTS, writePublishFiles} from "./publish.js";
import {PublishError, replaceDir, writeFailure} from "./replace-dir.js";
import {projectRoot} from "./root.js";
import {STORIES, listStories, runnerStory} from "./stories.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";

// The Framework root: docs/, or a root of links to it for one story of the desk's preview (scripts/desk-preview.ts).
const frameworkRoot = join(projectRoot, process.env.TECH_EDGE_ROOT ?? "docs");
const log = (message: string) => process.stderr.write(`${message}\n`);
const [command = "build", ...given] = process.argv.slice(2);
// `npm start -- --story <slug>`: preview that story (scripts/desk.ts sets TECH_EDGE_STORY for each story it builds).
const at = given.indexOf("--story");
const args = at < 0 ? given : [...given.slice(0, at), ...given.slice(at + 2)];
if (at >= 0) {
  const slug = given[at + 1] ?? "";
  const slugs = listStories(projectRoot).map((s) => s.slug);
  if (!slugs.includes(slug)) {
    log(`error: no story "${slug}" in ${STORIES}/ (there: ${slugs.join(", ") || "none"})`);
    process.exit(2);
  }
  process.env.TECH_EDGE_STORY = slug;
}
// The story this runner builds or previews, or the desk's own pages.
const story = runnerStory(projectRoot);
// What the loaders' output depends on: the story (or every story, for the desk), the reference data, the library,
// the engine that draws the pages, and the lockfile.
const inputs = [story ?? STORIES, "src", "data", "scripts", "docs/components", "package-lock.json"].map((p) =>
  join(projectRoot, p)
);
// Where the built site goes: dist/, or the desk's folder for this story (TECH_EDGE_DIST).
const distPath = process.env.TECH_EDGE_DIST ?? join(projectRoot, "dist");
// `npm run build -- --verbose`: Framework's line for each file too.
const verbose = args.includes("--verbose");
const rest = args.filter((a) => a !== "--verbose");
const filters: ReturnType<typeof lineFilter>[] = [];
let published = false; // dist/ has been replaced, or the reason it could not be was said

// A file the build could not write (a full disk, a folder that refuses) stops it with one sentence, not a trace:
// "error: could not write docs/.observablehq/cache/data/x.csv (ENOSPC: no space left on device); dist/ is unchanged".
if (command === "build")
  process.on("uncaughtException", (error) => {
    const sentence = writeFailure(error, projectRoot);
    if (sentence) published = true; // the message below is the one to read
    log(sentence ? `error: ${sentence}; dist/ is unchanged` : (error.stack ?? String(error)));
    process.exit(1);
  });

// One engine computes every table and page; a loader run by Framework asks it (TECH_EDGE_ENGINE) instead of
// starting tsx. It runs in a child process (scripts/engine-host.ts), started first: a build's engine makes all it
// will be asked for while this process loads Framework. A throwaway site without the project's library has none.
const host = existsSync(join(projectRoot, "src", "project", "build-project.ts"))
  ? await import("./engine-host.js")
  : undefined;
const engine = await host?.startEngineHost({root: projectRoot, preview: command === "preview"});
if (engine) process.env.TECH_EDGE_ENGINE = engine.url;
process.env.TECH_EDGE_MODE = command;
process.on("exit", () => void engine?.close());

// Framework's modules start loading first: reading the sources for the bundles below takes this thread for a
// moment, while the loader resolves and reads Framework's files.
const cli = join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
const framework = import(pathToFileURL(join(cli, "..", "..", command === "build" ? "build.js" : "preview.js")).href);

// The pages' Plot, Inputs, d3-format and d3-dsv hold only what the components use (scripts/node-bundles.ts);
// remade when they or the lockfile change. They are made in esbuild's process while this one loads Framework's
// modules.
const bundled = writeNodeBundles(projectRoot, frameworkRoot);
bundled.catch(() => {}); // a failure is reported where it is awaited
// Which names each bundle holds is for --verbose: a first build in a fresh clone makes them all.
const report = (bundles: NodeBundle[]) => {
  for (const b of bundles.filter((b) => b.written && verbose))
    log(`bundled ${b.path.split("/_node/")[1].replace(/\/index\.js$/, "")} for the pages: ${b.names.join(", ")}`);
};
await framework;

// A build asks the engine for every loader's output and puts it in Framework's cache, so that no loader process
// runs. Bad input stops the build here, before Framework starts: every problem at once, each with its file and
// line, and nothing else.
const outputs = new Map<string, Buffer>();
if (host && engine && command === "build") {
  try {
    for (const name of JSON.parse((await host.outputOf(engine, "loaders.json")).toString()) as string[])
      outputs.set(name, await host.outputOf(engine, name));
    process.stderr.write((await host.outputOf(engine, "report.txt")).toString());
    engine.prefetch(PUBLISH_OUTPUTS); // made on the second core while Framework builds on this one
  } catch (error) {
    process.stderr.write((error as Error).message);
    process.exit(1);
  }
}

// Framework's placeholders for optional modules (react-dom@0.0.0-not-installed) go without a word but for --verbose.
const removed = pruneNpmCache(projectRoot, frameworkRoot).filter((name) => verbose || !name.endsWith(NOT_INSTALLED));
if (removed.length) log(`removed from the npm cache, not in package-lock.json: ${removed.join(", ")}`);
// The cache's outputs are made for one command (a preview's pages draw no static charts), so a switch remakes them.
const variant = `${command} ${story ?? "desk"}`;
const stale = freshenLoaders(frameworkRoot, inputs, {variant}).map((loader) => relative(projectRoot, loader));
if (stale.length)
  log(`inputs changed: will rerun ${stale.length > 3 && !verbose ? `${stale.length} loaders` : stale.join(", ")}`);
installOfflineNpm({projectRoot, frameworkRoot, log});
report(await bundled);
writeCachedOutputs(frameworkRoot, outputs);

if (command === "preview") {
  // While previewing, an edit to an input touches the loaders so Framework reruns them and the page updates in
  // place; an edit to the code (not the data) also restarts the engine with the new code.
  for (const dir of inputs.filter((p) => existsSync(p))) {
    watch(dir, {recursive: true}, () => {
      if (!dir.endsWith("data") && !dir.includes(STORIES) && !dir.endsWith(".json")) engine?.restart();
      const stale = freshenLoaders(frameworkRoot, inputs, {remove: false, variant});
      for (const loader of stale) log(`changed input → rerun ${relative(projectRoot, loader)}`);
      // Framework starts watching a page's loader a moment after the page opens and misses a touch before that; a
      // second touch a little later reaches it (a rerun with the same output changes nothing on the page).
      if (stale.length)
        setTimeout(() => {
          const now = new Date();
          for (const loader of stale) if (existsSync(loader)) utimesSync(loader, now, now);
        }, 1500).unref();
      // The open story page will ask for itself: make it while Framework notices the change.
      if (stale.length) engine?.prefetch(["index.md"]);
      // A component that starts using another Plot mark or input: rebundle, then touch the importers so the page
      // reloads.
      if (dir.endsWith("components"))
        void writeNodeBundles(projectRoot, frameworkRoot).then((bundles) => {
          report(bundles);
          const now = new Date();
          for (const file of bundles.filter((b) => b.written).flatMap((b) => b.files)) utimesSync(file, now, now);
        }, log);
    });
  }
}

// Removes the scratch folder, and again until it stays gone: file operations Framework already handed to
// Node's thread pool when the build stopped can recreate it for a moment. None can start while this runs.
function removeScratch(folder: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let quiet = 0, tries = 0; quiet < 3 && tries < 50; tries++) {
    try {
      if (existsSync(folder)) {
        rmSync(folder, {recursive: true, force: true});
        quiet = 0;
      } else quiet++;
    } catch {
      quiet = 0; // a file appeared while removing: try again
    }
    Atomics.wait(pause, 0, 0, 100);
  }
}

if (command === "build") {
  // Build into a scratch folder and swap it in only when the whole build succeeded: a failed or interrupted
  // build leaves the previous dist/ as it was and no partial output behind.
  const dist = distPath;
  const partial = join(projectRoot, `.dist-partial-${process.pid}`);
  process.env.TECH_EDGE_BUILD_OUTPUT = partial;
  process.on("exit", (code) => {
    // After a successful build the scratch folder is dist/ now, and nothing is left to write to it; otherwise it
    // goes, and dist/ is as it was.
    if (code !== 0 || existsSync(partial)) removeScratch(partial);
    filters.forEach((f) => f.flush());
    if (code !== 0 && !published) log(`error: the build stopped; ${relative(projectRoot, dist)}/ is unchanged`);
  });
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143]
  ] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping the build`);
      process.exit(code);
    });
  }
  // Framework ends its own errors with a request to file an issue with Framework; a failed loader is this
  // project's problem, so that request is dropped. A file it could not write is said in one sentence. Its lines
  // for each file are kept for --verbose (scripts/build-log.ts).
  const edit = (line: string): string | undefined => {
    const text = stripVTControlCharacters(line);
    if (/please file an issue at|github\.com\/observablehq\/framework\/issues|run with the --debug flag/.test(text))
      return undefined;
    // "Unexpected error: ENOSPC: no space left on device, open '/p/.dist-partial-1/index.html'"
    const io = /Unexpected error: (E[A-Z]+): ([^,\n]+), (\w+)(?: '([^']*)')?/.exec(text);
    if (!io) return line;
    const [, code, message, syscall, path] = io;
    const failed = Object.assign(new Error(`${code}: ${message}`), {code, syscall, path});
    published = true; // the message below is the one to read
    return `error: ${writeFailure(failed, projectRoot)}; dist/ is unchanged`;
  };
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown) => boolean;
    const filter = lineFilter(write, {verbose, edit});
    filters.push(filter);
    stream.write = ((chunk: unknown, ...args: unknown[]) => {
      filter.write(chunk);
      const done = args.find((a) => typeof a === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as typeof stream.write;
  }
}

process.on("unhandledRejection", (error) => {
  log(`error: ${writeFailure(error, projectRoot) ?? (error instanceof Error ? error.message : String(error))}`);
  process.exit(1);
});

process.argv = [process.argv[0], cli, command, ...rest];
process.chdir(projectRoot);
await import(pathToFileURL(cli).href);
// The build is done (a failed one has exited already): add the social card and the data package, stop the engine,
// so the process ends and dist/ is swapped in.
if (command === "build") {
  const partial = process.env.TECH_EDGE_BUILD_OUTPUT!;
  const pages = filters.reduce((n, f) => n + f.counts.pages, 0);
  const links = filters.reduce((n, f) => n + f.counts.links, 0);
  if (!verbose) log(`framework: rendered ${pages} page(s), ${links} link(s) validated`);
  if (engine) {
    try {
      for (const name of await writePublishFiles(engine, partial)) log(`wrote ${name}`);
    } catch (error) {
      if (!host || !(error instanceof host.EngineError)) throw error;
      process.stderr.write(error.message); // a chart type that cannot draw: its file and what is wrong
      process.exit(1);
    }
  }
  if (existsSync(join(partial, "_import"))) {
    const {minifyModules} = await import("./minify.js");
    const {files, saved} = await minifyModules(partial);
    log(`minified the pages' ${files} modules: ${Math.round(saved / 1024)} kB less`);
  }
  await engine?.close();
  // The new site takes dist/'s place in one step, or fills it in place where dist/ cannot be replaced; a failure
  // leaves the old site whole and is the build's failure.
  const dist = distPath;
  // A site whose config builds elsewhere (a test's small site) has nothing here to publish.
  if (!existsSync(partial)) process.exit(0);
  if (!existsSync(join(partial, "index.html"))) {
    published = true;
    log(`error: the build made no index.html; ${relative(projectRoot, dist)}/ is unchanged`);
    process.exit(1);
  }
  try {
    const how = replaceDir(partial, dist, undefined, (message) => log(`warning: ${message}`));
    if (how === "filled") log(`${relative(projectRoot, dist)}/ could not be replaced in one step: filled in place`);
    log(`published ${relative(projectRoot, dist)}/: ${pages} page(s)`);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    published = true; // the message below is the one to read
    const message = error.message.replaceAll(`${projectRoot}/`, "");
    log(`error: ${message}${error.unchanged ? `; ${relative(projectRoot, dist)}/ is unchanged` : ""}`);
    process.exit(1);
  }
  published = true;
  process.exit(0);
}
