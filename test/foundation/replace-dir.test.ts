// Publishing all or nothing: every way replacing dist/ can fail, on real folders with the failing operation made
// to fail (this suite runs as any user, root included, for whom permissions would not fail by themselves).
import * as fs from "node:fs";
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {PublishError, replaceDir, type Io} from "../../scripts/replace-dir.js";

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
});
