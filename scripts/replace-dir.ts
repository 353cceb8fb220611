// Publishing a built site all or nothing: the new folder takes the place of dist/ in one rename, or, where dist/
// cannot be replaced (a mount point, a folder whose parent is not writable), it is filled in place file by file,
// every file written beside its target first and the files it replaces kept until all are in. Any failure leaves
// the old site whole, and says why in one line.
import * as nodeFs from "node:fs";
import {basename, dirname, join, relative} from "node:path";

// The file operations used, so that a test can make any one of them fail.
export type Io = Pick<
  typeof nodeFs,
  | "renameSync"
  | "rmSync"
  | "mkdirSync"
  | "copyFileSync"
  | "readdirSync"
  | "existsSync"
  | "openSync"
  | "closeSync"
  | "linkSync"
>;

// Why the site could not be published; `unchanged` unless the previous site was moved and could not be put back.
export class PublishError extends Error {
  readonly unchanged: boolean;
  constructor(message: string, {cause, unchanged = true}: {cause?: unknown; unchanged?: boolean} = {}) {
    super(message, {cause});
    this.unchanged = unchanged;
  }
}

// "EBUSY" for a mount point, "EXDEV" across file systems, "EACCES"/"EPERM" without the right to rename.
const CANNOT_RENAME = new Set(["EBUSY", "EXDEV", "EACCES", "EPERM", "EINVAL", "ENOTEMPTY", "EROFS"]);

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "";
const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}${e.path ? ` on ${e.path}` : ""}` : String(e.message ?? e);
};

// Every file below `dir`, relative to it, in the order of their names: "_file/data/figures.1a2b.csv", "index.html".
function filesBelow(io: Io, dir: string, prefix = ""): string[] {
  const entries = io.readdirSync(join(dir, prefix), {withFileTypes: true});
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
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
    try {
      io.rmSync(next, {recursive: true, force: true});
    } catch (error) {
      warn(`the new site's scratch folder could not be removed (${reason(error)}): remove ${next} by hand`);
    }
    return "filled";
  }
  try {
    io.renameSync(next, target);
  } catch (error) {
    try {
      io.renameSync(old, target);
    } catch (back) {
      throw new PublishError(
        `cannot move the new site into ${target} (${reason(error)}), nor the previous one back (${reason(back)}): it is in ${old}`,
        {cause: error, unchanged: false}
      );
    }
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
// the folder writable and the file replaceable, then renamed over it, the file it replaces kept as a hard link
// (".<name>.previous-<pid>") until every file is in; then removes the files the new site no longer has. A failure
// (an append-only folder refuses the renames: EPERM) puts back what was replaced, removes what was written and
// leaves `target` as it was.
function fillInPlace(next: string, target: string, io: Io): void {
  const files = filesBelow(io, next);
  const staged: string[] = [];
  const made: string[] = [];
  const beside = (path: string, what: string) => join(dirname(path), `.${basename(path)}.${what}-${process.pid}`);
  const tmp = (path: string) => beside(path, "publish");
  const previous = (path: string) => beside(path, "previous");
  const cannot = (error: unknown, dest: string) =>
    new PublishError(`${target} cannot be written (${codeOf(error) || reason(error)} on ${dest})`, {cause: error});
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
    throw cannot(error, dest);
  }
  // Files that replace others first, then new ones: a folder that refuses to replace refuses before one is added.
  const replacing = new Set(staged.filter((dest) => io.existsSync(dest)));
  const order = [...staged.filter((d) => replacing.has(d)), ...staged.filter((d) => !replacing.has(d))];
  const done: string[] = [];
  // A hard link, or a copy where the file system has none (FAT: EPERM).
  const keep = (path: string, copy: string) => {
    try {
      io.linkSync(path, copy);
    } catch {
      io.copyFileSync(path, copy);
    }
  };
  try {
    for (dest of order) {
      if (replacing.has(dest)) keep(dest, previous(dest));
      io.renameSync(tmp(dest), dest);
      done.push(dest);
    }
  } catch (error) {
    // Back as it was: each replaced file from its kept link, each added one removed, every file written beside
    // removed (what a folder will not let go of is reported, not left unsaid).
    const stuck: string[] = [];
    const attempt = (op: () => void, path: string) => {
      try {
        op();
      } catch {
        stuck.push(path);
      }
    };
    for (const d of done.reverse())
      attempt(() => (replacing.has(d) ? io.renameSync(previous(d), d) : io.rmSync(d, {force: true})), d);
    for (const d of order.filter((d) => !done.includes(d))) {
      attempt(() => io.rmSync(tmp(d), {force: true}), tmp(d));
      if (replacing.has(d) && io.existsSync(previous(d)))
        attempt(() => io.rmSync(previous(d), {force: true}), previous(d));
    }
    for (const dir of made.reverse()) attempt(() => io.rmSync(dir, {recursive: true, force: true}), dir);
    if (!stuck.length) throw cannot(error, dest);
    throw new PublishError(
      `${target} cannot be written (${codeOf(error) || reason(error)} on ${dest}); its files are as they were, but ${stuck.length} file(s) written beside them could not be removed: ${stuck.join(", ")}`,
      {cause: error, unchanged: false}
    );
  }
  for (const dest of done)
    if (replacing.has(dest)) {
      try {
        io.rmSync(previous(dest), {force: true});
      } catch {
        // A hidden link to the previous file, never served.
      }
    }
  const published = new Set(files);
  for (const f of filesBelow(io, target))
    if (!published.has(f)) {
      try {
        io.rmSync(join(target, f), {force: true});
      } catch {
        // A stale file the new site does not link is left; it does no harm.
      }
    }
}

// One sentence for a file the build could not write, or undefined for an error that is not the file system's:
// ENOSPC on writeFile("/p/.dist-partial-1/card.png") → "could not write .dist-partial-1/card.png (ENOSPC: no space
// left on device)".
export function writeFailure(error: unknown, root: string): string | undefined {
  const e = error as NodeJS.ErrnoException & {dest?: string};
  if (typeof e?.code !== "string" || !/^E[A-Z]+$/.test(e.code) || typeof e.syscall !== "string") return undefined;
  const what = new RegExp(`^${e.code}: ([^,]+)`).exec(String(e.message))?.[1] ?? e.syscall;
  const path = e.dest ?? e.path;
  return `could not write ${path ? relative(root, String(path)) || "." : "a file"} (${e.code}: ${what})`;
}
