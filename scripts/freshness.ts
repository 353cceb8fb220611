// Keeps Framework's caches honest: loader output is rebuilt when anything it reads changes, and vendored
// npm modules are exactly the lockfile's.
//
// Framework reruns a data loader only when the loader file is newer than its cached output, and `build`
// reuses even a stale output. Loaders here read `data/` and `src/`, so before a build (and on every change
// during preview) each cached output older than the newest of those inputs is deleted, and its loader
// touched so that a running preview notices and reloads the page.
import {existsSync, readdirSync, rmSync, statSync, utimesSync} from "node:fs";
import {basename, dirname, join, relative} from "node:path";
import {readLockfile} from "./offline-npm.js";

const LOADER = /\.[A-Za-z0-9]+\.(ts|js|mjs|tsx|jsx|py|sh|R|jl|rs|go|java|php|exe)$/;

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

export function newestInput(inputDirs: string[]): {path: string; mtimeMs: number} | undefined {
  let newest: {path: string; mtimeMs: number} | undefined;
  for (const dir of inputDirs) {
    for (const path of walk(dir, hidden)) {
      const {mtimeMs} = statSync(path);
      if (!newest || mtimeMs > newest.mtimeMs) newest = {path, mtimeMs};
    }
  }
  return newest;
}

// "docs/data/figures.csv.ts" → "docs/.observablehq/cache/data/figures.csv"
export function cachedOutput(frameworkRoot: string, loader: string): string {
  return join(frameworkRoot, ".observablehq", "cache", relative(frameworkRoot, loader).replace(/\.[^.]+$/, ""));
}

// The files a parameterized path stands for: ".../embed/[chart].md" → ".../embed/investment.md", ….
function matchingFiles(pattern: string): string[] {
  const dir = dirname(pattern);
  if (!existsSync(dir)) return [];
  const name = basename(pattern).replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\\[[^\]]+\\\]|\[[^\]]+\]/g, "[^/]+");
  const re = new RegExp(`^${name}$`);
  return readdirSync(dir)
    .filter((f) => re.test(f))
    .map((f) => join(dir, f));
}

// Returns the loaders whose output was stale.
export function freshenLoaders(frameworkRoot: string, inputDirs: string[]): string[] {
  const newest = newestInput(inputDirs)?.mtimeMs ?? 0;
  const stale: string[] = [];
  const now = new Date();
  for (const loader of findLoaders(frameworkRoot)) {
    // A parameterized loader ("embed/[chart].md.js") has one output per value of its parameters.
    const pattern = cachedOutput(frameworkRoot, loader);
    const outputs = /\[[^\]]+\]/.test(pattern) ? matchingFiles(pattern) : [pattern].filter((o) => existsSync(o));
    const loaderTime = statSync(loader).mtimeMs;
    const old = outputs.filter((o) => statSync(o).mtimeMs < Math.max(newest, loaderTime));
    if (old.length) {
      for (const o of outputs) rmSync(o, {force: true});
      utimesSync(loader, now, now);
      stale.push(loader);
    }
  }
  return stale;
}

// Removes vendored npm modules whose name@version is not in package-lock.json (e.g. after an upgrade),
// so Framework can never pick an old copy. Returns what it removed.
export function pruneNpmCache(projectRoot: string, frameworkRoot: string): string[] {
  const cacheDir = join(frameworkRoot, ".observablehq", "cache", "_npm");
  if (!existsSync(cacheDir)) return [];
  const locked = new Set(readLockfile(projectRoot).map((p) => `${p.name}@${p.version}`));
  const removed: string[] = [];
  for (const entry of readdirSync(cacheDir)) {
    const names = entry.startsWith("@") ? readdirSync(join(cacheDir, entry)).map((s) => `${entry}/${s}`) : [entry];
    for (const name of names) {
      if (!locked.has(name)) {
        rmSync(join(cacheDir, name), {recursive: true, force: true});
        removed.push(relative(cacheDir, join(cacheDir, name)));
      }
    }
  }
  return removed;
}
