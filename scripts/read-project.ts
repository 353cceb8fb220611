// Reads a story's folder and the reference data in data/ into the project's input files, and reports problems in
// them.
import {existsSync, lstatSync, readFileSync, readdirSync, realpathSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {InputError, PATHS, formatProblem, type Problem, type ProjectFiles} from "../src/index.js";
import {projectRoot} from "./root.js";

export {projectRoot};

// What stands at a path: "missing", a file or folder of the project, or a problem with it. A symbolic link is
// followed only while it stays inside the project: data/pages/x.md → /etc/hostname would publish that file.
type Entry = {kind: "missing"} | {kind: "file" | "folder"; path: string} | {kind: "problem"; message: string};
function entryAt(root: string, path: string, within = root): Entry {
  const full = join(root, path);
  try {
    const link = lstatSync(full).isSymbolicLink();
    const real = realpathSync(full);
    const inside = relative(realpathSync(within), real);
    if (inside === ".." || inside.startsWith(`..${sep}`))
      return {
        kind: "problem",
        message: `${link ? "is a symbolic link to a file outside the project" : "lies outside the project, through a symbolic link"}: the build reads only the project's own files; copy the file here instead`
      };
    return {kind: lstatSync(real).isDirectory() ? "folder" : "file", path: real};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && lstatSafe(full)?.isSymbolicLink())
      return {kind: "problem", message: "is a symbolic link to a file that does not exist"};
    if (code === "ENOENT") return {kind: "missing"};
    // "data/pages/x.md" where data/pages is a file: the file's own problem says so.
    if (code === "ENOTDIR") return {kind: "missing"};
    return {kind: "problem", message: `cannot be read (${code ?? (error as Error).message})`};
  }
}
const lstatSafe = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};

// The inputs that belong to a story and are read from its folder; the others (rates, CPI-U, GDP, population) are
// reference data, read from data/ unless the story's folder holds its own copy.
const STORY_KEYS: (keyof typeof PATHS)[] = [
  "article",
  "articleMeta",
  "figures",
  "notFigures",
  "sources",
  "factCheck",
  "story",
  "prose",
  "factCheckProse",
  "corrections"
];

// Where each input of a story is read from. The project names its inputs "data/figures.csv" (src/project/paths.ts);
// a story of the desk keeps its own in its folder: "data/figures.csv" → "stories/<slug>/figures.csv".
// `story`: the story's folder under `root` ("stories/<slug>"); "data" for a story held in data/ itself.
export function storyPaths(root: string, story = "data"): {real(logical: string): string; names(text: string): string} {
  const own = (name: string) => story !== "data" && existsSync(join(root, story, name));
  const storyName = (name: string) =>
    name.startsWith("pages/") || STORY_KEYS.some((k) => PATHS[k] === `data/${name}`) || own(name);
  const real = (logical: string) =>
    story !== "data" && logical.startsWith("data/") && storyName(logical.slice(5))
      ? `${story}/${logical.slice(5)}`
      : logical;
  return {
    real,
    // Every input named in a report, by where it is: "data/figures.csv:3: …" → "stories/<slug>/figures.csv:3: …".
    names: (text) => (story === "data" ? text : text.replace(/\bdata\/([\w./-]*[\w/])/g, (path) => real(path)))
  };
}

// Every input as raw bytes (the project checks they are UTF-8), or null for a missing file. An input that is a
// link out of the project, a folder where a file belongs or a file where a folder belongs is an InputError that
// names its path: "data/pages: is a file, but the story's extra pages are a folder of .md files".
// `within`: the folder links may lead into, when `root` is a scratch copy inside a project (new-story's check).
// `story`: the story's folder ("stories/<slug>"), its reference data read from data/.
export function readProjectFiles(
  root = projectRoot,
  {within = root, story = "data"}: {within?: string; story?: string} = {}
): ProjectFiles {
  const problems: Problem[] = [];
  const {real} = storyPaths(root, story);
  const folder = (path: string, what: string): string | undefined => {
    const at = entryAt(root, path, within);
    if (at.kind === "problem") problems.push({file: path, message: at.message});
    if (at.kind === "file") problems.push({file: path, message: `is a file, but ${what}`});
    return at.kind === "folder" ? at.path : undefined;
  };
  const read = (path: string): Uint8Array | null => {
    const at = entryAt(root, path, within);
    if (at.kind === "problem") problems.push({file: path, message: at.message});
    if (at.kind === "folder")
      problems.push({file: path, message: "is a folder, but the story reads it as a file: put the file in its place"});
    return at.kind === "file" ? readFileSync(at.path) : null;
  };
  const data = folder("data", "the story's inputs are a folder (data/article.txt, data/figures.csv, …)");
  const own =
    story === "data" ? data : folder(story, `a story is a folder (${story}/article.txt, ${story}/figures.csv, …)`);
  const files = Object.fromEntries(
    Object.entries(PATHS).map(([key, path]) => {
      const at = real(path);
      return [key, (at === path ? data : own) ? read(at) : null];
    })
  );
  // <story>/pages/<slug>.md: the story's extra pages, in the order of their names.
  const pagesDir =
    own && entryAt(root, `${story}/pages`, within).kind !== "missing"
      ? folder(`${story}/pages`, PAGES.replace("data/", `${story}/`))
      : undefined;
  const pages = (pagesDir ? readdirSync(pagesDir) : [])
    .filter((f) => f.endsWith(".md") && !f.startsWith("."))
    .sort()
    .map((f) => ({slug: f.slice(0, -3), text: read(`${story}/pages/${f}`)}));
  if (problems.length) throw new InputError(problems);
  // Every file the story reads from: its folder and data/ (the folder of extra pages is text of the story, like
  // story.md, not a source).
  const listed = (dir: string | undefined) => (dir ? readdirSync(dir) : []);
  return {
    ...(files as unknown as Omit<ProjectFiles, "dataFiles" | "pages">),
    dataFiles: [...new Set([...listed(data), ...(story === "data" ? [] : listed(own))])]
      .filter((f) => !f.startsWith(".") && f !== "pages")
      .sort(),
    pages: pages.map((p) => ({slug: p.slug, text: p.text!})),
    docsFiles: docsFilesOf(root)
  };
}

// Every file under docs/, where the pages' images are: "photo.jpg"; undefined without a docs/ (new-story's scratch).
export const docsFilesOf = (root: string) =>
  existsSync(join(root, "docs")) ? filesUnder(join(root, "docs")) : undefined;

// Every file under a folder, relative to it, but for hidden ones (Framework's cache) and links (docs/lib is src/).
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), {withFileTypes: true}).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith(".") || entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}
const PAGES = "the story's extra pages are a folder of .md files (data/pages/<name>.md)";

// "error: 2 problem(s) in the inputs:\n  stories/<slug>/figures.csv:3: …"; `names` puts each input where it is.
export function problemReport(problems: Problem[], names = (text: string) => text): string {
  return `error: ${problems.length} problem(s) in the inputs:\n${problems.map((p) => `  ${names(formatProblem(p))}`).join("\n")}\n`;
}
