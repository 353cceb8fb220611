// The bad-input catalogue (test/fixtures/bad-inputs/cases.json): each case edits the real inputs and lists the
// exact problems the build must report. The cases edit the seed story (test/fixtures/story-seed).
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PATHS, type ProjectFiles} from "../../src/index.js";
import {files as seed} from "./project.js";
import {projectRoot} from "./site.js";

export interface Edit {
  file: string; // "data/figures.csv"
  find?: string; // text replaced (its first occurrence, which must exist)…
  replace?: string; // …by this text
  bytes?: string; // …or by these bytes, in hex: "73 ff"
  text?: string; // the whole file
  missing?: boolean; // the file is deleted
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

// The seed story's inputs with a case's edits, in memory.
export function editedFiles(edits: Edit[]): ProjectFiles {
  const files: ProjectFiles = {...seed};
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
    const after = edited(readFileSync(path), edit);
    if (after === null) rmSync(path);
    else writeFileSync(path, after);
  }
}
