// Builds and inspects Framework sites for tests: the project's own, and small throwaway ones.
import {execFile} from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {PATHS} from "../../src/index.js";
import {files as seedFiles, type TextFiles} from "./project.js";
import {listStories} from "../../scripts/stories.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// The story the tests of the built site check: the newest of the desk's (the one `npm run new-story` just added),
// whatever article it reads; its pages are in dist/<slug>/.
export const testedSlug = listStories(projectRoot)[0]?.slug ?? "";
export const distDir = join(projectRoot, "dist", testedSlug);
// Where the global setup builds a second story: a copy of the project re-pointed at test/fixtures/story-won.
export const SECOND_STORY = "test/.tmp/second-story";

const run = promisify(execFile);

export interface BuildResult {
  code: number;
  output: string;
}

// Runs the project's build runner (the one `npm run build` runs) in `root`, with `args` after the command
// ("--verbose") and `env` added to its environment: the desk's (scripts/desk.ts) in a project with stories/, the
// story runner (scripts/framework.ts) in one that holds its one story in data/ or in a throwaway site.
export async function buildSite(
  root = projectRoot,
  command = "build",
  {args = [], env = {}}: {args?: string[]; env?: Record<string, string>} = {}
): Promise<BuildResult> {
  const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
  try {
    const runner = command === "build" && existsSync(join(root, "stories")) ? "desk.ts" : "framework.ts";
    const {stdout, stderr} = await run(tsx, [join(root, "scripts", runner), command, ...args], {
      cwd: root,
      env: {
        ...process.env,
        OBSERVABLE_TELEMETRY_DISABLE: "true",
        PATH: `${join(projectRoot, "node_modules", ".bin")}:${process.env.PATH}`,
        ...env
      },
      maxBuffer: 64 * 1024 * 1024
    });
    return {code: 0, output: stdout + stderr};
  } catch (error) {
    const e = error as {code?: number; stdout?: string; stderr?: string};
    return {code: typeof e.code === "number" ? e.code : 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}`};
  }
}

// A throwaway Framework project sharing this project's scripts, lockfile and node_modules.
export function makeSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tech-edge-site-"));
  cpSync(join(projectRoot, "scripts"), join(root, "scripts"), {recursive: true});
  for (const f of ["package.json", "package-lock.json"]) cpSync(join(projectRoot, f), join(root, f));
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"));
  writeFileSync(join(root, "observablehq.config.ts"), `export default {root: "docs", globalStylesheets: []};\n`);
  for (const dir of ["src", "data"]) mkdirSync(join(root, dir), {recursive: true});
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeSite(root: string): void {
  rmSync(root, {recursive: true, force: true, maxRetries: 5, retryDelay: 200});
}

export function* walkFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else yield path;
  }
}

// The built copy of a loader's output, e.g. builtFile(dist, "data/figures.csv") → contents of dist/_file/data/figures.<hash>.csv
export function builtFile(dist: string, path: string): string {
  const dir = join(dist, "_file", dirname(path));
  const base = path.split("/").pop()!;
  const dot = base.lastIndexOf(".");
  const [stem, ext] = [base.slice(0, dot), base.slice(dot)];
  const match = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(ext) && f.split(".").length === 3);
  if (!match) throw new Error(`no built ${path} in ${dir}`);
  return readFileSync(join(dir, match), "utf-8");
}

// A throwaway copy of this whole project (sources, data, pages, loaders), sharing node_modules.
// A copy of the project holding the seed story (test/fixtures/story-seed), whatever data/ holds now.
export function copySeedProject(): string {
  return copyStoryProject(seedFiles);
}

// A copy of the project holding a frozen story's inputs (readStory in ./project.ts), in `root` if given.
// The copy holds its one story in data/, as a project from before the desk: its dist/ is that story's site.
export function copyStoryProject(files: TextFiles, root?: string): string {
  const copy = copyProject(root);
  rmSync(join(copy, "stories"), {recursive: true, force: true});
  for (const [key, path] of Object.entries(PATHS)) {
    const text = files[key as keyof typeof PATHS];
    if (text === null) rmSync(join(copy, path), {force: true});
    else writeFileSync(join(copy, path), text);
  }
  // The extra pages of data/ belong to the story there, not to this one: only the frozen story's own are kept.
  const pages = join(copy, "data", "pages");
  rmSync(pages, {recursive: true, force: true});
  for (const page of files.pages ?? []) {
    mkdirSync(pages, {recursive: true});
    writeFileSync(join(pages, `${page.slug}.md`), page.text);
  }
  return copy;
}

// A copy of the project whose desk holds the seed alone, frozen (test/fixtures/story-seed), in its folder: what a
// test of adding stories starts from, whatever stories this desk holds.
export const SEED_SLUG = "2024-04-14-japan-seeks-to-reclaim-tech-edge";
export function copySeedDesk(): string {
  const copy = copyProject();
  rmSync(join(copy, "stories"), {recursive: true, force: true});
  cpSync(join(projectRoot, "test", "fixtures", "story-seed"), join(copy, "stories", SEED_SLUG), {recursive: true});
  return copy;
}

export function copyProject(into?: string): string {
  if (into) {
    rmSync(into, {recursive: true, force: true});
    mkdirSync(into, {recursive: true});
  }
  const root = into ?? mkdtempSync(join(tmpdir(), "tech-edge-copy-"));
  for (const entry of [
    "src",
    "scripts",
    "data",
    "stories",
    "docs",
    "observablehq.config.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json"
  ]) {
    cpSync(join(projectRoot, entry), join(root, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !src.includes(`${join("docs", ".observablehq")}`)
    });
  }
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"));
  return root;
}
