// Every page's shell: link previews for its own path, no header, the site's footer (an embed none). While
// previewing it is in the page's front matter; a build adds it to the built page (addShell).
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {storyModel} from "../../src/index.js";
import {chartIds} from "../../docs/components/figures.js";
import {addShell} from "../../scripts/head.js";
import {PAGES, pagePaths, pageShell, renderPage} from "../../scripts/pages.js";
import {staticDocument} from "../../scripts/pages/context.js";
import {build, files, project} from "../helpers/project.js";
import {projectRoot} from "../helpers/site.js";

const model = storyModel(project);
const ctx = {document: staticDocument(), preview: false};
const FOOTER = "Data and sources: see the Data and Fact check pages.";

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
const id = chartIds(model)[0];

describe("each page's shell", () => {
  const saved = process.env.TECH_EDGE_SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.TECH_EDGE_SITE_URL;
    else process.env.TECH_EDGE_SITE_URL = saved;
  });

  it("names the page's own address and title, and the site's, under the address it is built for", () => {
    process.env.TECH_EDGE_SITE_URL = "https://news.example.com/japan/";
    const pages: [string, string, string][] = [
      ["/index", "https://news.example.com/japan/", model.headline],
      ["/fact-check", "https://news.example.com/japan/fact-check", "Fact check"],
      ["/methodology", "https://news.example.com/japan/methodology", "Methodology"],
      ["/data", "https://news.example.com/japan/data", "Data"],
      [`/embed/${id}`, `https://news.example.com/japan/embed/${id}`, ""]
    ];
    const site = `${model.meta.title}, by the numbers`;
    for (const [path, url, title] of pages) {
      const {head, footer} = pageShell(project, model, path, ctx);
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
      expect(footer).toBe(url.includes("/embed/") ? "" : FOOTER);
    }
    // Built as part of the desk, a story's page leads back to the desk's list, one folder up.
    process.env.TECH_EDGE_DESK = "1";
    try {
      expect(pageShell(project, model, "/fact-check", ctx).footer).toBe(
        `${FOOTER} <a href="../">All the desk's stories</a>.`
      );
      expect(pageShell(project, model, `/embed/${id}`, ctx).footer).toBe("");
    } finally {
      delete process.env.TECH_EDGE_DESK;
    }
  });

  it("describes a draft story without its figures' draft marks", () => {
    // Every figure of the seed marked draft, as new-story leaves them.
    const [header, ...rows] = files.figures.trimEnd().split("\n");
    const draft = build({...files, figures: [`${header},status`, ...rows.map((r) => `${r},draft`)].join("\n")});
    const shell = pageShell(draft, storyModel(draft), "/index", ctx);
    const description = attribute(shell.head, /<meta name="description" content="([^"]*)">/)!;
    expect(draft.figures.every((f) => f.status === "draft")).toBe(true);
    expect(renderPage(draft, storyModel(draft), "/index", ctx)).toContain('class="draft-mark"'); // the check below can fail
    expect(description).toBe(
      attribute(pageShell(project, model, "/index", ctx).head, /<meta name="description" content="([^"]*)">/)
    );
  });

  it("uses the placeholder address when no other is set", () => {
    delete process.env.TECH_EDGE_SITE_URL;
    const {head} = pageShell(project, model, "/fact-check", ctx);
    expect(attribute(head, /<link rel="canonical" href="([^"]*)">/)).toBe("https://example.org/tech-edge/fact-check");
  });

  it("is in a previewed page's front matter, and left out of a built one, whose title is there either way", () => {
    const pages: [string, string][] = [
      ["/index", model.headline],
      ["/fact-check", "Fact check"],
      ["/methodology", "Methodology"],
      ["/data", "Data"],
      [`/embed/${id}`, ""]
    ];
    for (const [path, title] of pages) {
      const page = (c: typeof ctx) => renderPage(project, model, path, c);
      const built = frontMatter(page(ctx));
      const previewed = frontMatter(page({...ctx, preview: true}));
      expect([built.head, built.footer, built.header], path).toEqual(["", "", ""]);
      const shell = pageShell(project, model, path, ctx);
      expect([previewed.head, previewed.footer, previewed.header], path).toEqual([shell.head, shell.footer, ""]);
      expect(built.title, path).toBe(previewed.title);
      if (title) expect(built.title, path).toBe(title);
      else expect(shell.head).toContain(`<meta property="og:title" content="${built.title}`);
    }
  });
});

// A page as Framework builds it (its template in render.js), with and without a pager.
const built = (footer: string) =>
  `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>T</title>\n<link rel="stylesheet" href="./a.css">\n<script type="module">\nimport {define} from "./client.js";\n</script>\n</head>\n<body>\n<div id="observablehq-center">\n<main id="observablehq-main" class="observablehq">\n<p>Body</p>\n</main>${footer}\n</div>\n</body>\n</html>\n`;
const PAGER = `\n<footer id="observablehq-footer">\n<nav><a rel="prev" href="./a"><span>A</span></a></nav>\n</footer>`;

describe("addShell", () => {
  const shell = {head: '<meta name="description" content="D">', footer: "Data: see the Data page."};

  it("puts the head's elements last in the head, before the module script, and the footer's text after the pager", () => {
    const html = addShell(built(PAGER), shell, "index.html");
    expect(html).toBe(
      built(PAGER.replace("</nav>\n</footer>", "</nav>\n<div>Data: see the Data page.</div>\n</footer>")).replace(
        '<link rel="stylesheet" href="./a.css">\n',
        '<link rel="stylesheet" href="./a.css">\n<meta name="description" content="D">\n'
      )
    );
  });

  it("makes a footer where the page has no pager, and none for an empty one", () => {
    const made = addShell(built(""), shell, "index.html");
    expect(made.slice(made.indexOf("</main>"))).toMatch(
      /^<\/main>\n<footer id="observablehq-footer">\n<div>Data: see the Data page.<\/div>\n<\/footer>\n<\/div>/
    );
    const embed = addShell(built(""), {...shell, footer: ""}, "embed/a.html");
    expect(embed).not.toContain("<footer");
    expect(embed).toContain('<meta name="description" content="D">\n<script type="module">');
  });

  it("names the page when it is not a page Framework built", () => {
    expect(() => addShell("<html><body><main></main></body></html>", shell, "notes.html")).toThrow(
      /^notes\.html: no module script in the head/
    );
  });
});

describe("the list of built-in pages", () => {
  it("gives every page's path once, in the sidebar's order, each with its loader in docs/", () => {
    const paths = pagePaths(project, model);
    expect(paths).toEqual([
      "/index",
      "/fact-check",
      "/methodology",
      "/data",
      ...chartIds(model).map((c) => `/embed/${c}`)
    ]);
    for (const page of PAGES) {
      const loader = page.path.replace(/:([a-z]+)$/, "[$1]"); // "/embed/:chart" → docs/embed/[chart].md.js
      expect(existsSync(join(projectRoot, "docs", `${loader}.md.js`)), page.path).toBe(true);
    }
  });

  it("refuses a path no page has", () => {
    expect(() => renderPage(project, model, "/embed/nope", ctx)).toThrow('no page "/embed/nope"');
    expect(() => pageShell(project, model, "/nope", ctx)).toThrow('no page "/nope"');
  });
});
