// `npm run build` / `npm run dev`: Observable Framework, offline, never stale, with one warm engine for the loaders.
//   tsx scripts/framework.ts build|preview [framework options]
import {existsSync, renameSync, rmSync, watch} from "node:fs";
import {join, relative} from "node:path";
import {pathToFileURL} from "node:url";
import {startEngineHost} from "./engine-host.js";
import {freshenLoaders, pruneNpmCache} from "./freshness.js";
import {installOfflineNpm} from "./offline-npm.js";
import {projectRoot} from "./root.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";

const frameworkRoot = join(projectRoot, "docs");
// What the loaders' output depends on: the data, the library, and the engine that draws the pages.
const inputs = ["src", "data", "scripts", "docs/components"].map((dir) => join(projectRoot, dir));
const log = (message: string) => process.stderr.write(`${message}\n`);
const [command = "build", ...rest] = process.argv.slice(2);

for (const name of pruneNpmCache(projectRoot, frameworkRoot)) log(`removed ${name}: not in package-lock.json`);
for (const loader of freshenLoaders(frameworkRoot, inputs))
  log(`inputs changed: will rerun ${relative(projectRoot, loader)}`);
installOfflineNpm({projectRoot, frameworkRoot, log});

// One engine computes every table and page; the loaders ask it (TECH_EDGE_ENGINE) instead of each starting tsx.
const engine = await startEngineHost({root: projectRoot, preview: command === "preview"});
process.env.TECH_EDGE_ENGINE = engine.url;
process.env.TECH_EDGE_MODE = command;
process.on("exit", () => void engine.close());

if (command === "build") {
  // Bad input stops the build here, before Framework starts, with every problem and nothing else.
  const check = await engine.request("charts.json");
  if (!check.ok) {
    const {problemReport} = await import("./engine.js");
    process.stderr.write(check.problems ? problemReport(check.problems) : `error: ${check.error}\n`);
    process.exit(1);
  }
}

if (command === "preview") {
  // While previewing, an edit in data/ touches the loaders so Framework reruns them and the page updates in place;
  // an edit in src/ also restarts the engine with the new code.
  for (const dir of inputs) {
    watch(dir, {recursive: true}, () => {
      if (!dir.endsWith("data")) engine.restart();
      for (const loader of freshenLoaders(frameworkRoot, inputs))
        log(`changed input → rerun ${relative(projectRoot, loader)}`);
    });
  }
}

if (command === "build") {
  // Build into a scratch folder and swap it in only when the whole build succeeded: a failed build leaves the
  // previous dist/ as it was and no partial output behind.
  const dist = join(projectRoot, "dist");
  const partial = join(projectRoot, `.dist-partial-${process.pid}`);
  process.env.TECH_EDGE_BUILD_OUTPUT = partial;
  process.on("exit", (code) => {
    if (code === 0 && !process.exitCode && existsSync(join(partial, "index.html"))) {
      rmSync(dist, {recursive: true, force: true});
      renameSync(partial, dist);
    } else {
      rmSync(partial, {recursive: true, force: true});
    }
  });
}

process.on("unhandledRejection", (error) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const cli = join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
process.argv = [process.argv[0], cli, command, ...rest];
process.chdir(projectRoot);
await import(pathToFileURL(cli).href);
// The build is done (a failed one has exited already): add the social card and the data package, stop the engine,
// so the process ends and dist/ is swapped in.
if (command === "build") {
  const {writePublishFiles} = await import("./publish.js");
  for (const name of await writePublishFiles(engine, process.env.TECH_EDGE_BUILD_OUTPUT!)) log(`wrote ${name}`);
  await engine.close();
  process.exit(0);
}
