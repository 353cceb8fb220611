// Every page carries the site's shell in its own front matter: link previews for its own path, no header, the
// site's footer (an embed none).
import {afterEach, describe, expect, it} from "vitest";
import {buildProject, storyModel} from "../../src/index.js";
import {chartIds} from "../../docs/components/figures.js";
import {dataPage, embedPage, factCheckPage, methodologyPage, staticDocument, storyPage} from "../../scripts/pages.js";
import {files} from "../helpers/project.js";

const project = buildProject(files);
const model = storyModel(project);
const ctx = {document: staticDocument(), preview: false};

// The front matter's fields, each a JSON string or a word: {title: "Data", head: "<link …>", toc: false}.
function frontMatter(page: string): Record<string, unknown> {
  const block = page.match(/^---\n([\s\S]*?)\n---\n/)![1];
  return Object.fromEntries(
    block.split("\n").map((line) => {
      const [, key, value] = line.match(/^(\w+): (.*)$/)!;
      return [key, JSON.parse(value)];
    })
  );
}

const attribute = (head: string, pattern: RegExp) => head.match(pattern)?.[1];

describe("each page's shell", () => {
  const saved = process.env.TECH_EDGE_SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.TECH_EDGE_SITE_URL;
    else process.env.TECH_EDGE_SITE_URL = saved;
  });

  it("names the page's own address and title, and the site's, under the address it is built for", () => {
    process.env.TECH_EDGE_SITE_URL = "https://news.example.com/japan/";
    const id = chartIds(model)[0];
    const pages: [string, string, string][] = [
      [storyPage(project, model, ctx), "https://news.example.com/japan/", model.headline],
      [factCheckPage(project, model, ctx), "https://news.example.com/japan/fact-check", "Fact check"],
      [methodologyPage(project, model, ctx), "https://news.example.com/japan/methodology", "Methodology"],
      [dataPage(project, model, ctx), "https://news.example.com/japan/data", "Data"],
      [embedPage(project, model, id, ctx), `https://news.example.com/japan/embed/${id}`, ""]
    ];
    const site = `${model.meta.title}, by the numbers`;
    for (const [page, url, title] of pages) {
      const fields = frontMatter(page);
      const head = fields.head as string;
      expect(attribute(head, /<link rel="canonical" href="([^"]*)">/), url).toBe(url);
      expect(attribute(head, /<meta property="og:image" content="([^"]*)">/)).toBe(
        "https://news.example.com/japan/card.png"
      );
      expect(attribute(head, /<meta property="og:site_name" content="([^"]*)">/)).toBe(site);
      const ogTitle = attribute(head, /<meta property="og:title" content="([^"]*)">/)!;
      expect(ogTitle.endsWith(` | ${site}`) || ogTitle === site, ogTitle).toBe(true);
      if (title) expect(ogTitle.startsWith(title.replace(/&/g, "&amp;")), ogTitle).toBe(true);
      expect(attribute(head, /<meta name="description" content="([^"]*)">/)!.length, url).toBeGreaterThan(40);
      expect(head).toContain('<link rel="icon" href="data:,">');
      expect(fields.header).toBe("");
      expect(fields.footer).toBe(url.includes("/embed/") ? "" : "Data and sources: see the Data and Fact check pages.");
    }
  });

  it("uses the placeholder address when no other is set", () => {
    delete process.env.TECH_EDGE_SITE_URL;
    const head = frontMatter(factCheckPage(project, model, ctx)).head as string;
    expect(attribute(head, /<link rel="canonical" href="([^"]*)">/)).toBe("https://example.org/tech-edge/fact-check");
  });
});
