// `npm run build` / `npm run dev`: Observable Framework, offline and never stale.
//   tsx scripts/framework.ts build|preview [framework options]
import {existsSync, renameSync, rmSync, watch} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {freshenLoaders, pruneNpmCache} from "./freshness.js";
import {installOfflineNpm} from "./offline-npm.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const frameworkRoot = join(projectRoot, "docs");
const inputs = [join(projectRoot, "src"), join(projectRoot, "data")];
const log = (message: string) => process.stderr.write(`${message}\n`);
const [command = "build", ...rest] = process.argv.slice(2);

for (const name of pruneNpmCache(projectRoot, frameworkRoot)) log(`removed ${name}: not in package-lock.json`);
for (const loader of freshenLoaders(frameworkRoot, inputs))
  log(`inputs changed: will rerun ${relative(projectRoot, loader)}`);
installOfflineNpm({projectRoot, frameworkRoot, log});

if (command === "preview") {
  // While previewing, an edit in src/ or data/ touches the loaders so Framework reruns them and reloads.
  for (const dir of inputs) {
    watch(dir, {recursive: true}, () => {
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
