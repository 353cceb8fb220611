// The seed story's inputs (frozen in test/fixtures/story-seed) and the reference rates of data/ against the
// material they were taken from (copies of it in test/fixtures/: the seed text and the rates, byte for byte).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {files} from "./helpers/project.js";
import {projectRoot} from "./helpers/site.js";

const fixtures = join(projectRoot, "test", "fixtures");

describe("data/", () => {
  it("keeps the article byte-for-byte, dropping only the print residue after the last paragraph", () => {
    const seed = readFileSync(join(fixtures, "seed", "000_ccc34b71f35ae95e.txt"), "utf-8");
    const article = files.article;
    expect(seed.startsWith(article.trimEnd())).toBe(true);
    expect(article.trimEnd().endsWith("a major force in the global tech landscape.”")).toBe(true);
    const residue = seed.slice(article.trimEnd().length);
    expect(residue).toContain("PHOTO: AFP");
    expect(residue).toContain("Newspapers in English");
    expect(article).not.toContain("PHOTO: AFP");
  });

  it("keeps the reference rates exactly as published", () => {
    expect(files.rates).toBe(readFileSync(join(fixtures, "reference", "usdjpy-daily-2021-2024.csv"), "utf-8"));
  });

  it("has a sources row, with every field filled, for every file", () => {
    const rows = csvParse(files.sources);
    expect(rows.map((r) => r.file).sort()).toEqual(files.dataFiles);
    for (const r of rows) for (const c of rows.columns) expect(r[c], `${r.file} ${c}`).not.toBe("");
  });

  it("has the article's metadata", () => {
    const meta = JSON.parse(files.articleMeta);
    expect(meta).toMatchObject({
      title: "Japan seeks to reclaim tech edge",
      authors: ["Hiroshi Hiyama", "Etienne Balmer"],
      outlet: "Taipei Times",
      published: "2024-04-14"
    });
    expect(files.article).toContain(meta.title);
  });
});
