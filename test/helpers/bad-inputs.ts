// The bad-input catalogue (test/fixtures/bad-inputs/cases.json): each case edits the real inputs and lists the
// exact problems the build must report. The cases edit the seed story (test/fixtures/story-seed).
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {docsFilesOf, readProjectFiles} from "../../scripts/read-project.js";
import {PATHS, type ProjectFiles} from "../../src/index.js";
import {files as seed, problemsOf} from "./project.js";
import {projectRoot} from "./site.js";

export interface Edit {
  file: string; // "data/figures.csv"
  find?: string; // text replaced (its first occurrence, which must exist)…
  replace?: string; // …by this text
  bytes?: string; // …or by these bytes, in hex: "73 ff"
  text?: string; // the whole file
  missing?: boolean; // the file is deleted
  outside?: string; // the file is a symbolic link to a file outside the project, holding this text
  folder?: boolean; // the file is an (empty) folder
}

export interface BadInput {
  name: string;
  edits: Edit[];
  e2e?: boolean; // also run through the real build
  problems: string[]; // exactly what the build reports, one line each
}

export const cases: BadInput[] = JSON.parse(
  readFileSync(join(projectRoot, "test", "fixtures", "bad-inputs", "cases.json"), "utf-8")
);

// One file's bytes after an edit, or null when the edit deletes it.
function edited(before: Uint8Array, edit: Edit): Uint8Array | null {
  if (edit.missing) return null;
  if (edit.text !== undefined) return Buffer.from(edit.text);
  const text = Buffer.from(before);
  const at = text.indexOf(edit.find!);
  if (at < 0) throw new Error(`${edit.file} has no ${JSON.stringify(edit.find)}`);
  const by = edit.bytes !== undefined ? Buffer.from(edit.bytes.replace(/\s/g, ""), "hex") : Buffer.from(edit.replace!);
  return Buffer.concat([text.subarray(0, at), by, text.subarray(at + Buffer.byteLength(edit.find!))]);
}

const keyOf = (file: string) => {
  const key = (Object.keys(PATHS) as (keyof typeof PATHS)[]).find((k) => PATHS[k] === file);
  if (!key) throw new Error(`${file} is not an input`);
  return key;
};

// A case about the files on disk rather than their text (a link, a folder): read from a copy of data/ by the
// project's reader.
export const onDisk = (edits: Edit[]) =>
  edits.some((e) => e.outside !== undefined || e.folder || !Object.values(PATHS).includes(e.file));

// The seed story's inputs with a case's edits, in memory.
export function editedFiles(edits: Edit[]): ProjectFiles {
  const files: ProjectFiles = {...seed, docsFiles: docsFilesOf(projectRoot)};
  for (const edit of edits) {
    const key = keyOf(edit.file);
    const before = files[key];
    files[key] = edited(before instanceof Uint8Array ? before : Buffer.from(before ?? ""), edit);
    if (files[key] === null) files.dataFiles = files.dataFiles.filter((f) => `data/${f}` !== edit.file);
  }
  return files;
}

// The same edits applied to the files of a project copy at `root`.
export function applyEdits(root: string, edits: Edit[]): void {
  for (const edit of edits) {
    const path = join(root, edit.file);
    const after =
      edit.text !== undefined ? Buffer.from(edit.text) : edit.find ? edited(readFileSync(path), edit) : null;
    rmSync(path, {recursive: true, force: true});
    mkdirSync(dirname(path), {recursive: true});
    if (edit.outside !== undefined) symlinkSync(outsideFile(edit.outside), path);
    else if (edit.folder) mkdirSync(path);
    else if (after !== null) writeFileSync(path, after);
  }
}

// A file holding `text` in a folder of its own outside any project, removed when the tests end.
function outsideFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tech-edge-outside-"));
  process.on("exit", () => rmSync(dir, {recursive: true, force: true}));
  writeFileSync(join(dir, "outside.md"), text);
  return join(dir, "outside.md");
}

// Every problem the project's reader and then the library find in the seed story's inputs, written to a folder
// and edited there.
export function problemsOnDisk(edits: Edit[]): string[] {
  const root = mkdtempSync(join(tmpdir(), "tech-edge-inputs-"));
  try {
    for (const [key, path] of Object.entries(PATHS)) {
      const text = seed[key as keyof typeof PATHS];
      mkdirSync(dirname(join(root, path)), {recursive: true});
      if (text !== null) writeFileSync(join(root, path), text);
    }
    applyEdits(root, edits);
    return problemsOf(() => readProjectFiles(root));
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}
