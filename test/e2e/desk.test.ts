// The desk as built by the global setup (`npm run build`): the home page lists every story of stories/, every page
// of every story loads under /<slug>/ with no error and no serious axe violation, the desk's table holds every
// story's figures, and a story's folder served alone, under another path, shows the story whole.
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {readProjectFiles} from "../../scripts/read-project.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {listStories, storyFolder} from "../../scripts/stories.js";
import {TABLES, buildProject, storyModel} from "../../src/index.js";
import {chartIds} from "../../docs/components/figures.js";
import {settled} from "../helpers/settled.js";
import {projectRoot, testedSlug} from "../helpers/site.js";

const dist = join(projectRoot, "dist");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
// Every story of the desk, read from its own folder: its headline, its extra pages and its charts.
const stories = listStories(projectRoot).map(({slug}) => {
  const project = buildProject(readProjectFiles(projectRoot, {story: storyFolder(slug)}));
  const model = storyModel(project);
  return {slug, project, model};
});

// Pages loaded side by side: a story's eight took about 17 s one after another, 11 s three at a time, and no less
// eight at a time (Chromium's own work on the two cores is the rest).
const AT_ONCE = 4;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Loads a page and says what went wrong on it: console errors, failed requests, requests off 127.0.0.1, and
// serious axe violations.
async function problemsAt(url: string, tables = 0): Promise<string[]> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["data:", "blob:"].includes(u.protocol) && u.hostname !== "127.0.0.1") problems.push(`offsite: ${r.url()}`);
  });
  try {
    await page.goto(url, {waitUntil: "networkidle"});
    await page.waitForSelector("#observablehq-main");
    await settled(page, tables);
    await page.evaluate(axeSource);
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as {axe: {run: (d: unknown) => Promise<{violations: {id: string; impact: string}[]}>}}
      ).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    return [...problems, ...serious.map((id) => `axe: ${id}`)];
  } finally {
    await context.close();
  }
}

describe("the desk's home page", () => {
  it("lists every story newest first, each with its headline, card and address", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`, {waitUntil: "networkidle"});
    const listed = await page.$$eval(".desk-story", (items) =>
      items.map((item) => ({
        headline: item.querySelector("h2")!.textContent!.trim(),
        href: item.querySelector("h2 a")!.getAttribute("href"),
        card: (item.querySelector("img") as HTMLImageElement).naturalWidth
      }))
    );
    await context.close();
    expect(listed).toEqual(stories.map((s) => ({headline: s.model.headline, href: `./${s.slug}/`, card: 1200})));
    expect(await problemsAt(`${server.url}/`)).toEqual([]);
  });

  it("has a Data page whose table holds every story's figures, a story column first", async () => {
    expect(await problemsAt(`${server.url}/data`)).toEqual([]);
    const file = readdirSync(join(dist, "_file", "data")).find((f) => /^desk-figures\.[0-9a-f]+\.csv$/.test(f))!;
    const rows = csvParse(readFileSync(join(dist, "_file", "data", file), "utf-8"));
    expect(rows.columns[0]).toBe("story");
    // (a row that restates another is one more mention of that figure, not a figure of its own)
    for (const s of stories)
      expect(rows.filter((r) => r.story === s.slug).map((r) => r.id)).toEqual(
        csvParse(readFileSync(join(projectRoot, storyFolder(s.slug), "figures.csv"), "utf-8"))
          .filter((r) => !r.restates)
          .map((r) => r.id)
      );
  });
});

describe.each(stories)("story $slug", ({slug, project, model}) => {
  const pages = [
    "",
    ...project.pages.map((p) => p.slug),
    "fact-check",
    "methodology",
    "data",
    ...chartIds(model).map((id) => `embed/${id}`)
  ];
  it("leads back to the desk's list from its footer", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${slug}/fact-check`, {waitUntil: "networkidle"});
    await page.click("#observablehq-footer a[href='../']");
    await page.waitForSelector(".desk-story");
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });

  // (The newest story's pages are checked by test/e2e/site.test.ts, light and dark: here, every other story's, a few at
  // a time.)
  if (slug !== testedSlug)
    it("has every page load with no error and no serious axe violation", async () => {
      const found: Record<string, string[]> = {};
      for (let i = 0; i < pages.length; i += AT_ONCE)
        await Promise.all(
          pages.slice(i, i + AT_ONCE).map(async (path) => {
            const problems = await problemsAt(`${server.url}/${slug}/${path}`, path === "data" ? TABLES.length : 0);
            if (problems.length) found[`/${path}`] = problems;
          })
        );
      expect(found).toEqual({});
    });
});

describe("a story's folder, uploaded alone", () => {
  it("shows its story whole under another path", async () => {
    const {slug, model} = stories[0];
    const elsewhere = mkdtempSync(join(tmpdir(), "tech-edge-alone-"));
    cpSync(join(dist, slug), join(elsewhere, "news", "graphics", "2024"), {recursive: true});
    const alone = await serveStatic(elsewhere);
    try {
      for (const path of ["", "fact-check", "data"])
        expect(
          await problemsAt(`${alone.url}/news/graphics/2024/${path}`, path === "data" ? TABLES.length : 0)
        ).toEqual([]);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${alone.url}/news/graphics/2024/`, {waitUntil: "networkidle"});
      expect(await page.textContent("h1")).toBe(model.headline);
      await context.close();
    } finally {
      await alone.close();
      rmSync(elsewhere, {recursive: true, force: true});
    }
  });
});
