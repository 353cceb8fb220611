// Publishing a built site all or nothing: the new folder takes the place of dist/ in one rename, or, where dist/
// cannot be replaced (a mount point, a folder whose parent is not writable), it is filled in place file by file,
// every file written beside its target first. Any failure before the site changes leaves the old one whole, and
// says why in one line.
import * as nodeFs from "node:fs";
import {basename, dirname, join} from "node:path";

// The file operations used, so that a test can make any one of them fail.
export type Io = Pick<
  typeof nodeFs,
  "renameSync" | "rmSync" | "mkdirSync" | "copyFileSync" | "readdirSync" | "existsSync" | "openSync" | "closeSync"
>;

export class PublishError extends Error {}

// "EBUSY" for a mount point, "EXDEV" across file systems, "EACCES"/"EPERM" without the right to rename.
const CANNOT_RENAME = new Set(["EBUSY", "EXDEV", "EACCES", "EPERM", "EINVAL", "ENOTEMPTY", "EROFS"]);

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "";
const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}${e.path ? ` on ${e.path}` : ""}` : String(e.message ?? e);
};

// Every file below `dir`, relative to it: "index.html", "_file/data/figures.1a2b.csv".
function filesBelow(io: Io, dir: string, prefix = ""): string[] {
  return io.readdirSync(join(dir, prefix), {withFileTypes: true}).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesBelow(io, dir, path) : [path];
  });
}

// Replaces `target` with the folder `next` (a sibling of it). Returns how: "swapped" (one rename) or "filled"
// (in place). Throws a PublishError, with `target` as it was, when neither can be done. `warn` hears of an old
// copy that could not be removed afterwards (the site is published; the copy is for a person to remove).
export function replaceDir(
  next: string,
  target: string,
  io: Io = nodeFs,
  warn: (message: string) => void = () => {}
): "swapped" | "filled" {
  if (!io.existsSync(target)) {
    try {
      io.renameSync(next, target);
      return "swapped";
    } catch (error) {
      throw new PublishError(`cannot create ${target}: ${reason(error)}`, {cause: error});
    }
  }
  const old = join(dirname(target), `.${basename(target)}-old-${process.pid}`);
  try {
    io.renameSync(target, old);
  } catch (error) {
    if (!CANNOT_RENAME.has(codeOf(error))) throw error;
    fillInPlace(next, target, io);
    io.rmSync(next, {recursive: true, force: true});
    return "filled";
  }
  try {
    io.renameSync(next, target);
  } catch (error) {
    io.renameSync(old, target);
    throw new PublishError(`cannot move the new site into ${target}: ${reason(error)}`, {cause: error});
  }
  try {
    io.rmSync(old, {recursive: true, force: true});
  } catch (error) {
    // The new site is in place; the old copy, hidden and never served, is left for a person to remove.
    warn(`the previous site could not be removed (${reason(error)}): remove ${old} by hand`);
  }
  return "swapped";
}

// Writes every file of `next` into `target`: each first beside its place (".<name>.publish-<pid>"), which proves
// the folder writable and the file replaceable, then renamed over it; then removes the files the new site no
// longer has. A failure while writing beside removes what was written and leaves `target` as it was.
function fillInPlace(next: string, target: string, io: Io): void {
  const files = filesBelow(io, next);
  const staged: string[] = [];
  const made: string[] = [];
  const tmp = (path: string) => join(dirname(path), `.${basename(path)}.publish-${process.pid}`);
  let dest = target;
  try {
    for (const f of files) {
      dest = join(target, f);
      const dir = dirname(dest);
      if (!io.existsSync(dir)) {
        io.mkdirSync(dir, {recursive: true});
        made.push(dir);
      }
      // A file that cannot be opened for writing (immutable, read-only) cannot be replaced either.
      if (io.existsSync(dest)) io.closeSync(io.openSync(dest, "r+"));
      io.copyFileSync(join(next, f), tmp(dest));
      staged.push(dest);
    }
  } catch (error) {
    for (const dest of staged) io.rmSync(tmp(dest), {force: true});
    for (const dir of made.reverse()) io.rmSync(dir, {recursive: true, force: true});
    throw new PublishError(`${target} cannot be written (${codeOf(error) || reason(error)} on ${dest})`, {
      cause: error
    });
  }
  for (const dest of staged) io.renameSync(tmp(dest), dest);
  const keep = new Set(files);
  for (const f of filesBelow(io, target))
    if (!keep.has(f)) {
      try {
        io.rmSync(join(target, f), {force: true});
      } catch {
        // A stale file the new site does not link is left; it does no harm.
      }
    }
}
