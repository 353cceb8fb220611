// Loader output is never stale: when any input changes (by content), every cached output goes, the members
// Framework extracted from an archive loader included.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {zipSync} from "fflate";
import {afterAll, describe, expect, it} from "vitest";
import {freshenLoaders, writeCachedOutputs} from "../../scripts/freshness.js";

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

  it("counts outputs made for another command as stale (a preview's pages draw no static charts)", () => {
    const page = join(cache, "embed", "investment.md");
    write(page, "# a build's page");
    expect(freshenLoaders(docs, inputs, {variant: "preview"})).toContain(join(docs, "embed", "[chart].md.js"));
    expect(existsSync(page)).toBe(false);
    write(page, "# a preview's page");
    expect(freshenLoaders(docs, inputs, {variant: "preview"})).toEqual([]);
    expect(existsSync(page)).toBe(true);
    expect(freshenLoaders(docs, inputs, {variant: "build"})).toContain(join(docs, "embed", "[chart].md.js"));
    expect(existsSync(page)).toBe(false);
  });
});

// A build writes every loader's output into the cache before Framework starts, so no loader process runs.
describe("writeCachedOutputs", () => {
  const loader = join(docs, "data", "tables.zip.js");
  const zip = join(cache, "data", "tables.zip");
  const members = join(cache, "data", "tables");
  const bytes = (text: string) => new TextEncoder().encode(text);
  const archive = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, bytes(text)])));

  it("writes each output where Framework looks for it, no older than its loader, so Framework takes it as fresh", () => {
    const ahead = (Date.now() + 60_000.7) / 1000; // a loader stamped ahead of the clock, in fractions of a millisecond
    utimesSync(loader, ahead, ahead);
    const tables = archive({"figures.csv": "id\na\n"});
    writeCachedOutputs(
      docs,
      new Map([
        ["data/tables.zip", tables],
        ["embed/rank.md", bytes("# Rank")]
      ])
    );
    expect(new Uint8Array(readFileSync(zip))).toEqual(tables);
    expect(readFileSync(join(cache, "embed", "rank.md"), "utf-8")).toBe("# Rank");
    for (const file of [zip, join(members, "figures.csv")])
      expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(statSync(loader).mtimeMs);
  });

  it("puts a zip's members beside it, as Framework would extract them, and nothing from an older zip", () => {
    write(join(members, "stale.csv"), "id\nold\n");
    writeCachedOutputs(
      docs,
      new Map([["data/tables.zip", archive({"figures.csv": "id\nb\n", "charts/rank.csv": "r\n1\n"})]])
    );
    expect(readFileSync(join(members, "figures.csv"), "utf-8")).toBe("id\nb\n");
    expect(readFileSync(join(members, "charts", "rank.csv"), "utf-8")).toBe("r\n1\n");
    expect(existsSync(join(members, "stale.csv"))).toBe(false);
  });
});
