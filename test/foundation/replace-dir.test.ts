// Publishing all or nothing: every way replacing dist/ can fail, on real folders with the failing operation made
// to fail (this suite runs as any user, root included, for whom permissions would not fail by themselves).
import * as fs from "node:fs";
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join, relative} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {PublishError, replaceDir, writeFailure, type Io} from "../../scripts/replace-dir.js";

let root: string;
let dist: string;
let next: string;

// Every file below `dir` with its text: {"index.html": "…", "_file/a.csv": "…"}.
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true}))
      if (e.isDirectory()) walk(join(d, e.name));
      else out[relative(dir, join(d, e.name))] = readFileSync(join(d, e.name), "utf-8");
  };
  walk(dir);
  return out;
}

function write(dir: string, files: Record<string, string>) {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, ".."), {recursive: true});
    writeFileSync(join(dir, f), text);
  }
}

const OLD = {"index.html": "old page", "_file/data/figures.1111.csv": "old,csv", "stale.html": "gone soon"};
const NEW = {"index.html": "new page", "_file/data/figures.2222.csv": "new,csv", "embed/money.html": "chart"};

// Node's fs with `op` throwing `code` when `when(path)` holds.
function failing(op: keyof Io, code: string, when: (path: string) => boolean = () => true): Io {
  return {
    ...fs,
    [op]: (...args: unknown[]) => {
      if (when(String(args[0]))) throw Object.assign(new Error(`${code}: ${op} ${args[0]}`), {code, path: args[0]});
      return (fs[op] as (...a: unknown[]) => unknown)(...args);
    }
  } as Io;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "tech-edge-publish-"));
  dist = join(root, "dist");
  next = join(root, ".dist-partial-1");
  write(dist, OLD);
  write(next, NEW);
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

// Nothing but dist/ (and the scratch folder, which the build removes) is left in the project's folder.
const leftovers = () => readdirSync(root).filter((f) => f !== "dist" && f !== ".dist-partial-1");

describe("replaceDir", () => {
  it("swaps the new site in with one rename, leaving no old copy", () => {
    expect(replaceDir(next, dist)).toBe("swapped");
    expect(tree(dist)).toEqual(NEW);
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("creates dist/ when there is none", () => {
    rmSync(dist, {recursive: true});
    expect(replaceDir(next, dist)).toBe("swapped");
    expect(tree(dist)).toEqual(NEW);
  });

  it("fills a dist/ that cannot be renamed (a mount point: EBUSY) in place, stale files removed", () => {
    expect(
      replaceDir(
        next,
        dist,
        failing("renameSync", "EBUSY", (p) => p === dist)
      )
    ).toBe("filled");
    expect(tree(dist)).toEqual(NEW);
    expect(leftovers()).toEqual([]);
  });

  it("fills dist/ in place when its parent is not writable (EACCES on the rename)", () => {
    expect(
      replaceDir(
        next,
        dist,
        failing("renameSync", "EACCES", (p) => p === dist)
      )
    ).toBe("filled");
    expect(tree(dist)).toEqual(NEW);
  });

  it("leaves dist/ whole when it can be neither renamed nor written (EACCES), with no file written beside", () => {
    const io = failing("copyFileSync", "EACCES", (p) => p.startsWith(next) && p.endsWith("money.html"));
    const both: Io = {...io, renameSync: failing("renameSync", "EACCES", (p) => p === dist).renameSync};
    expect(() => replaceDir(next, dist, both)).toThrow(PublishError);
    expect(() => replaceDir(next, dist, both)).toThrow(/dist cannot be written \(EACCES/);
    expect(tree(dist)).toEqual(OLD);
  });

  it("leaves an immutable dist/ whole (EPERM on rename, and on opening a file to replace it)", () => {
    const immutable: Io = {
      ...failing("openSync", "EPERM", (p) => p.startsWith(dist)),
      renameSync: failing("renameSync", "EPERM", (p) => p === dist).renameSync
    };
    expect(() => replaceDir(next, dist, immutable)).toThrow(/dist cannot be written \(EPERM on .*index\.html\)/);
    expect(tree(dist)).toEqual(OLD);
    expect(leftovers()).toEqual([]);
  });

  it("puts the old site back when the new one cannot be moved in after it was moved aside", () => {
    expect(() =>
      replaceDir(
        next,
        dist,
        failing("renameSync", "EIO", (p) => p === next)
      )
    ).toThrow(/cannot move the new site into .*dist: EIO/);
    expect(tree(dist)).toEqual(OLD);
    expect(leftovers()).toEqual([]);
  });

  it("still publishes when the old copy cannot be removed afterwards, and says where it is", () => {
    const warnings: string[] = [];
    const io = failing("rmSync", "EACCES", (p) => p.includes(".dist-old-"));
    expect(replaceDir(next, dist, io, (w) => warnings.push(w))).toBe("swapped");
    expect(tree(dist)).toEqual(NEW);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^the previous site could not be removed \(EACCES on .*\.dist-old-\d+\): remove .*\.dist-old-\d+ by hand$/
    );
  });

  // chattr +a: a file may be added to an append-only folder, but none renamed, replaced or removed in it.
  const appendOnly = (folder: () => string): Io => {
    const refuse = (...paths: string[]) => {
      if (paths.some((p) => p === folder() || dirname(p) === folder()))
        throw Object.assign(new Error(`EPERM: operation not permitted`), {code: "EPERM", syscall: "rename"});
    };
    return {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => (refuse(String(from), String(to)), fs.renameSync(from, to)),
      rmSync: (path: fs.PathLike, options?: fs.RmOptions) => (refuse(String(path)), fs.rmSync(path, options))
    } as Io;
  };

  it("leaves an append-only dist/ as it was, and names the files written beside that it will not let go of", () => {
    const error = (() => {
      try {
        replaceDir(
          next,
          dist,
          appendOnly(() => dist)
        );
      } catch (e) {
        return e as PublishError;
      }
    })();
    expect(error).toBeInstanceOf(PublishError);
    expect(error!.message).toMatch(
      /^\S*dist cannot be written \(EPERM on \S*dist\/index\.html\); its files are as they were, but \d file\(s\) written beside them could not be removed: /
    );
    // What it names is all that is new in dist/: hidden files (and a new folder, empty), beside the old site's,
    // which is whole.
    const named = error!.message.split(": ").pop()!.split(", ");
    const left = Object.keys(tree(dist)).filter((f) => !(f in OLD));
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) expect(named).toContain(join(dist, f));
    for (const p of named)
      expect(fs.existsSync(p) && (basename(p).startsWith(".") || readdirSync(p).length === 0), p).toBe(true);
    for (const [f, text] of Object.entries(OLD)) expect(readFileSync(join(dist, f), "utf-8")).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it("puts back the files it replaced when a later one is refused (an append-only folder inside dist/)", () => {
    // _file/a.csv is replaced first (files go in the order of their names), then embed/ refuses.
    write(dist, {"embed/money.html": "old chart", "_file/a.csv": "old a"});
    write(next, {"_file/a.csv": "new a"});
    const before = tree(dist);
    const moved: string[] = [];
    const error = (() => {
      try {
        const embed = appendOnly(() => join(dist, "embed"));
        const renameSync = (a: fs.PathLike, b: fs.PathLike) => {
          if (String(a) === dist) throw Object.assign(new Error("EBUSY: a mount point"), {code: "EBUSY"});
          embed.renameSync(a, b);
          moved.push(relative(dist, String(b)));
        };
        replaceDir(next, dist, {...embed, renameSync});
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(PublishError);
    expect(error!.message).toMatch(/dist cannot be written \(EPERM on \S*dist\/embed\/money\.html\); its files are/);
    const shown = (t: Record<string, string>) =>
      Object.fromEntries(Object.entries(t).filter(([f]) => !basename(f).startsWith(".")));
    expect(shown(tree(dist))).toEqual(before);
    expect(moved).toEqual(["_file/a.csv", "_file/a.csv"]); // in, then back
  });

  it.each(["ENOSPC", "EDQUOT", "EIO"])(
    "leaves dist/ whole on %s while writing beside, with no file written",
    (code) => {
      const io = failing("copyFileSync", code, (p) => p.startsWith(next) && p.endsWith("figures.2222.csv"));
      const both: Io = {...io, renameSync: failing("renameSync", "EBUSY", (p) => p === dist).renameSync};
      expect(() => replaceDir(next, dist, both)).toThrow(
        new RegExp(`dist cannot be written \\(${code} on .*figures\\.2222\\.csv\\)$`)
      );
      expect(tree(dist)).toEqual(OLD);
      expect(leftovers()).toEqual([]);
    }
  );
});

describe("writeFailure", () => {
  it("says which file could not be written and why, and nothing of an error that is not the file system's", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, open '/p/.dist-partial-7/card.png'"), {
      code: "ENOSPC",
      syscall: "open",
      path: "/p/.dist-partial-7/card.png"
    });
    expect(writeFailure(full, "/p")).toBe("could not write .dist-partial-7/card.png (ENOSPC: no space left on device)");
    expect(writeFailure(new TypeError("m.authors.join is not a function"), "/p")).toBeUndefined();
    expect(writeFailure(Object.assign(new Error("x"), {code: "ERR_INVALID_ARG_TYPE"}), "/p")).toBeUndefined();
  });
});
