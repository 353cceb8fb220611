// Reads data/ into the project's input files, and reports problems in them.
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

// Every input as raw bytes (the project checks they are UTF-8), or null for a missing file. An input that is a
// link out of the project, a folder where a file belongs or a file where a folder belongs is an InputError that
// names its path: "data/pages: is a file, but the story's extra pages are a folder of .md files".
// `within`: the folder links may lead into, when `root` is a scratch copy inside a project (new-story's check).
export function readProjectFiles(root = projectRoot, {within = root}: {within?: string} = {}): ProjectFiles {
  const problems: Problem[] = [];
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
  const files = Object.fromEntries(Object.entries(PATHS).map(([key, path]) => [key, data ? read(path) : null]));
  // data/pages/<slug>.md: the story's extra pages, in the order of their names.
  const pagesDir =
    data && entryAt(root, "data/pages", within).kind !== "missing" ? folder("data/pages", PAGES) : undefined;
  const pages = (pagesDir ? readdirSync(pagesDir) : [])
    .filter((f) => f.endsWith(".md") && !f.startsWith("."))
    .sort()
    .map((f) => ({slug: f.slice(0, -3), text: read(`data/pages/${f}`)}));
  if (problems.length) throw new InputError(problems);
  return {
    ...(files as unknown as Omit<ProjectFiles, "dataFiles" | "pages">),
    // Every file in data/ (the folder of extra pages is text of the story, like story.md, not a source).
    dataFiles: (data ? readdirSync(data) : []).filter((f) => !f.startsWith(".") && f !== "pages").sort(),
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

// "error: 2 problem(s) in the inputs:\n  data/figures.csv:3: …"
export function problemReport(problems: Problem[]): string {
  return `error: ${problems.length} problem(s) in the inputs:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`;
}
