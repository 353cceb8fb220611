// Keeps Framework's caches honest: loader output is rebuilt when anything it reads changes, and vendored
// npm modules are exactly the lockfile's.
//
// Framework reruns a data loader only when the loader file is newer than its cached output, and `build`
// reuses even a stale output. Time stamps cannot be trusted (`cp -p` puts back an older one), so the runner
// hashes the contents of every input (src/, data/, scripts/, package-lock.json and the loaders themselves)
// and keeps the hash beside the cache: when it differs, every cached loader output is deleted, and each loader
// touched so that a running preview notices and reloads the page.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {basename, dirname, join, relative} from "node:path";
import {unzipSync} from "fflate";
import {readLockfile} from "./offline-npm.js";
import {cacheDir} from "./root.js";

export const LOADER = /\.[A-Za-z0-9]+\.(ts|js|mjs|tsx|jsx|py|sh|R|jl|rs|go|java|php|exe)$/;

function* walk(dir: string, skip: (path: string) => boolean): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) yield* walk(path, skip);
    else if (entry.isFile()) yield path;
  }
}

const hidden = (path: string) => /(^|\/)(\.observablehq|node_modules|\.git)$/.test(path);

export function findLoaders(frameworkRoot: string): string[] {
  return [...walk(frameworkRoot, hidden)].filter((path) => LOADER.test(path));
}

// SHA-256 of the paths and contents of every file under `inputs` (folders or files), in a fixed order.
export function hashInputs(inputs: string[], base: string): string {
  const files = inputs.flatMap((input) =>
    !existsSync(input) ? [] : statSync(input).isDirectory() ? [...walk(input, hidden)] : [input]
  );
  const hash = createHash("sha256");
  for (const file of [...new Set(files)].sort())
    hash
      .update(`${relative(base, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  return hash.digest("hex");
}

// "docs/data/figures.csv.ts" → "docs/.observablehq/cache/data/figures.csv"
export function cachedOutput(frameworkRoot: string, loader: string): string {
  return join(cacheDir(frameworkRoot), relative(frameworkRoot, loader).replace(/\.[^.]+$/, ""));
}

// Where Framework extracts an archive's members: ".../data/tables.zip" → ".../data/tables"; other files → none.
const membersOf = (output: string) => output.match(/^(.*)\.(zip|tar|tgz|tar\.gz)$/)?.[1];

// The files a parameterized path stands for: ".../embed/[chart].md" → ".../embed/investment.md", ….
function matchingFiles(pattern: string): string[] {
  const dir = dirname(pattern);
  if (!existsSync(dir)) return [];
  const escaped = basename(pattern).replace(/[.*+?^${}()|\\]/g, "\\$&");
  const re = new RegExp(`^${escaped.replace(/\\\[[^\]]+\\\]|\[[^\]]+\]/g, "[^/]+")}$`);
  return readdirSync(dir)
    .filter((f) => re.test(f))
    .map((f) => join(dir, f));
}

// "docs" → "docs/.observablehq/cache/.inputs.sha256": the hash of the inputs the cached outputs were made from.
const stampFile = (frameworkRoot: string) => join(cacheDir(frameworkRoot), ".inputs.sha256");

// Deletes every cached loader output if any input changed since the outputs were made (by content, never by
// time stamp), and touches the loaders. Returns the loaders whose output was stale.
// While previewing (`{remove: false}`), outputs are only made stale by touching their loaders, which Framework
// honours there, so a file it is serving at that moment is never pulled from under it. Outputs made for another
// `variant` (a preview's, for a build) count as stale too.
export function freshenLoaders(frameworkRoot: string, inputs: string[], {remove = true, variant = ""} = {}): string[] {
  const loaders = findLoaders(frameworkRoot);
  const hash = `${variant}${variant && " "}${hashInputs([...inputs, ...loaders], frameworkRoot)}`;
  const stamp = stampFile(frameworkRoot);
  if (existsSync(stamp) && readFileSync(stamp, "utf-8") === hash) return [];
  const stale: string[] = [];
  const now = new Date();
  for (const loader of loaders) {
    // A parameterized loader ("embed/[chart].md.js") has one output per value of its parameters; an archive
    // loader ("data/tables.zip.js") has the members Framework extracted from it ("data/tables/figures.csv").
    const output = cachedOutput(frameworkRoot, loader);
    const outputs = /\[[^\]]+\]/.test(output) ? matchingFiles(output) : [output].filter((o) => existsSync(o));
    const members = membersOf(output);
    if (members && existsSync(members)) outputs.push(members);
    if (remove) for (const o of outputs) rmSync(o, {recursive: true, force: true});
    // When outputs are removed, every loader is touched, so one a running build is making is never judged
    // fresh; while previewing only those with outputs are, each touch being a reload of the pages that use it.
    if (remove || outputs.length) utimesSync(loader, now, now);
    if (outputs.length) stale.push(loader);
  }
  // Any output made from here on is made from these inputs or newer ones, which a later check catches.
  mkdirSync(join(stamp, ".."), {recursive: true});
  writeFileSync(stamp, hash);
  return stale;
}

// Puts loader outputs made ahead of time where Framework keeps them, no older than any loader (even one whose time
// stamp is ahead of the clock), so that Framework takes them as fresh and starts no loader: "index.md" →
// docs/.observablehq/cache/index.md. A zip archive's members go beside it as Framework would extract them
// ("data/tables.zip" → "data/tables/figures.csv"…); none extracted from an older archive is left.
export function writeCachedOutputs(frameworkRoot: string, outputs: Map<string, Uint8Array>): void {
  // In seconds, a millisecond past the newest: a time stamp read back from the disk can come out a hair earlier.
  const now =
    (Math.ceil(Math.max(Date.now(), ...findLoaders(frameworkRoot).map((l) => statSync(l).mtimeMs))) + 1) / 1000;
  const write = (path: string, body: Uint8Array) => {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, body);
    utimesSync(path, now, now);
  };
  for (const [name, body] of outputs) {
    const path = join(cacheDir(frameworkRoot), name);
    write(path, body);
    const members = membersOf(path);
    if (!members) continue;
    rmSync(members, {recursive: true, force: true}); // (Framework extracts a tar's again, as asked for)
    if (path.endsWith(".zip"))
      for (const [member, bytes] of Object.entries(unzipSync(body)))
        if (!member.endsWith("/")) write(join(members, member), bytes);
  }
}

// Removes vendored npm modules whose name@version is not in package-lock.json (e.g. after an upgrade),
// so Framework can never pick an old copy. Returns what it removed.
export function pruneNpmCache(projectRoot: string, frameworkRoot: string): string[] {
  const npmDir = join(cacheDir(frameworkRoot), "_npm");
  if (!existsSync(npmDir)) return [];
  const locked = new Set(readLockfile(projectRoot).map((p) => `${p.name}@${p.version}`));
  const removed: string[] = [];
  for (const entry of readdirSync(npmDir)) {
    const names = entry.startsWith("@") ? readdirSync(join(npmDir, entry)).map((s) => `${entry}/${s}`) : [entry];
    for (const name of names) {
      if (!locked.has(name)) {
        rmSync(join(npmDir, name), {recursive: true, force: true});
        removed.push(relative(npmDir, join(npmDir, name)));
      }
    }
  }
  return removed;
}
