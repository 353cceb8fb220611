// Loader output is never stale: when any input changes (by content), every cached output goes, the members
// Framework extracted from an archive loader included.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {freshenLoaders} from "../../scripts/freshness.js";

const root = mkdtempSync(join(tmpdir(), "tech-edge-fresh-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
const docs = join(root, "docs");
const cache = join(docs, ".observablehq", "cache");
const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), {recursive: true});
  writeFileSync(path, text);
};

describe("freshenLoaders", () => {
  write(join(root, "data", "figures.csv"), "id\na\n");
  write(join(docs, "data", "tables.zip.js"), "// archive loader\n");
  write(join(docs, "embed", "[chart].md.js"), "// page loader\n");
  const inputs = [join(root, "data")];

  it("deletes the archive, its extracted members and a parameterized loader's pages when an input changes", () => {
    freshenLoaders(docs, inputs); // the first stamp
    write(join(cache, "data", "tables.zip"), "zip");
    write(join(cache, "data", "tables", "figures.csv"), "id\na\n");
    write(join(cache, "embed", "investment.md"), "# old");
    // Put back with an older time stamp, as `cp -p` does: only the content tells.
    write(join(root, "data", "figures.csv"), "id\nb\n");
    utimesSync(join(root, "data", "figures.csv"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const before = statSync(join(docs, "data", "tables.zip.js")).mtimeMs;
    const stale = freshenLoaders(docs, inputs);
    expect(stale.map((p) => p.slice(docs.length + 1)).sort()).toEqual(["data/tables.zip.js", "embed/[chart].md.js"]);
    expect(existsSync(join(cache, "data", "tables.zip"))).toBe(false);
    expect(existsSync(join(cache, "data", "tables", "figures.csv"))).toBe(false);
    expect(existsSync(join(cache, "embed", "investment.md"))).toBe(false);
    expect(statSync(join(docs, "data", "tables.zip.js")).mtimeMs).toBeGreaterThanOrEqual(before);
  });

  it("keeps everything when no input changed", () => {
    write(join(cache, "data", "tables", "figures.csv"), "id\nb\n");
    expect(freshenLoaders(docs, inputs)).toEqual([]);
    expect(readFileSync(join(cache, "data", "tables", "figures.csv"), "utf-8")).toBe("id\nb\n");
  });
});
