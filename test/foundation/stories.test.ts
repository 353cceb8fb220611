import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {SLUG, listStories, slugOf} from "../../scripts/stories.js";

describe("slugOf", () => {
  it("is the publication date and the headline's first eight words, lower-case, hyphenated", () => {
    expect(slugOf("2024-04-14", "Japan seeks to reclaim tech edge")).toBe(
      "2024-04-14-japan-seeks-to-reclaim-tech-edge"
    );
    expect(slugOf("2025-08-12", "São Paulo’s budget: R$1.2bn for the metro, and more, and more words")).toBe(
      "2025-08-12-sao-paulos-budget-r-1-2bn-for-the" // eight words: sao … the
    );
    expect(SLUG.test(slugOf("2025-08-12", "Über — ¿qué?"))).toBe(true);
  });
});

describe("listStories", () => {
  const root = mkdtempSync(join(tmpdir(), "tech-edge-stories-"));
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  it("lists the folders of stories/ that hold an article, newest first", () => {
    const add = (slug: string, published: string) => {
      mkdirSync(join(root, "stories", slug), {recursive: true});
      writeFileSync(join(root, "stories", slug, "article.json"), JSON.stringify({published}));
      writeFileSync(join(root, "stories", slug, "article.txt"), "text\n");
    };
    add("old", "2023-01-02");
    add("new", "2024-05-06");
    add("mid", "2024-01-01");
    mkdirSync(join(root, "stories", "empty"));
    mkdirSync(join(root, "stories", ".new-story-1"));
    expect(listStories(root).map((s) => s.slug)).toEqual(["new", "mid", "old"]);
  });
});
