// Publish-grade output in Debian's Chromium: the static story without scripts, no layout jump when they run, embeds
// in a page of another origin, image export, shareable views, the social card, corrections, the data package and
// print. The global setup has built dist/ once.
import {execFile} from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {csvParse} from "d3-dsv";
import {unzipSync, strFromU8} from "fflate";
import {JSDOM} from "jsdom";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {figureParts} from "../../docs/components/figures.js";
import {formatMoney, type StoryModel} from "../../src/index.js";
import {settled} from "../helpers/settled.js";
import {distDir, testedSlug} from "../helpers/site.js";
import {convertedBars, firstChart, model, optionLabel, placed, project, sentenceAt} from "../helpers/data-story.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = distDir;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
// The story in data/ as the build published it (the model.json inside tables.zip): its expectations, whatever
// article the package reads.
const built: StoryModel = JSON.parse(strFromU8(unzipSync(readFileSync(builtZip()))["model.json"]));
// A story without charts (no money in the article) has no embed pages.
const embedIds = existsSync(join(dist, "embed"))
  ? readdirSync(join(dist, "embed")).map((f) => f.replace(/\.html$/, ""))
  : [];
// The figures the prose cites, as the page prints them (not in a heading, which prints the number alone).
const citedTexts = project.prose.blocks.flatMap((b) =>
  b.type !== "markdown"
    ? []
    : b.tokens
        .filter((t) => t.field === "value" && !t.shown)
        .filter((t) => !/^\s*#/.test(b.text.slice(b.text.lastIndexOf("\n", t.start - 1) + 1, t.start)))
        .map((t) => model.figures.find((f) => f.id === t.id)!.text)
);

// The built tables.zip (its name carries Framework's hash).
function builtZip(): string {
  const dir = join(dist, "_file", "data");
  return join(
    dir,
    readdirSync(dir).find((f) => /^tables\.\w+\.zip$/.test(f))!
  );
}

// A PNG's width and height, from its IHDR chunk, after checking the 8-byte signature.
function pngSize(bytes: Buffer): {width: number; height: number} {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

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

interface Visit {
  page: Page;
  context: BrowserContext;
  errors: string[];
  offsite: string[];
}

interface VisitOptions {
  width?: number;
  colorScheme?: "light" | "dark";
  javaScriptEnabled?: boolean;
  base?: string;
}

// Opens a page and records console errors, failed requests and any request to a host but 127.0.0.1.
async function visit(path: string, options: VisitOptions = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1") offsite.push(r.url());
  });
  await page.goto(`${options.base ?? server.url}${path}`, {waitUntil: "networkidle"});
  return {page, context, errors, offsite};
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // as the test's own script: the page's policy runs no script it did not write
  return page.evaluate(async () => {
    type Result = {violations: {id: string; impact: string; nodes: {target: string[]}[]}[]};
    const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<Result>}}).axe;
    const result = await axe.run(document, {resultTypes: ["violations"]});
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

// The sentence of the one converted amount on the story page.
const sentence = (page: Page) => page.locator("[data-sentence]").first();

describe("the story without JavaScript", () => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit("/", {javaScriptEnabled: false});
  });
  afterAll(async () => v.context.close());

  it("prints every cited number", async () => {
    const text = await v.page.locator("#observablehq-main").innerText();
    for (const n of citedTexts) expect(text, n).toContain(n);
    // The sentence under the rate switch, at the default basis, computed from the amount and its rate.
    if (model.sweeps.length) expect(await sentence(v.page).innerText()).toBe(sentenceAt(model.default_basis));
  });

  it("shows every chart as SVG, its source line and its data link, and the notes and corrections", async () => {
    const visible = await v.page.locator("figure.chart svg[role=img]:visible").count();
    expect(visible).toBe(placed.length); // the charts the prose places and the conversions' sweeps
    for (const id of placed) {
      const figure = v.page.locator(`#chart-${id}`);
      expect(await figure.locator("figcaption").innerText()).toMatch(/^Sources?: /);
      expect(await figure.locator("a.download").getAttribute("href")).toMatch(
        /\/_file\/data\/tables\/charts\/.+\.csv$/
      );
    }
    expect(await v.page.locator("ol.notes li").count()).toBe(model.notes.length);
    if (!project.corrections.length)
      expect(await v.page.locator("#corrections + .empty-state").innerText()).toBe(
        "There are no corrections to this story."
      );
  });

  it("hides what needs a script: the rate controls and the image and embed buttons", async () => {
    expect(await v.page.locator(".controls").isVisible()).toBe(false);
    expect(await v.page.locator("button.export-png:visible, button.embed-open:visible").count()).toBe(0);
  });
});

describe("the story with JavaScript", () => {
  it.each([1280, 375])("takes over in place at %i px: one figure per chart, no layout shift", async (width) => {
    const context = await browser.newContext({viewport: {width, height: 900}});
    // Chromium's layout-instability entries, from the first paint on.
    await context.addInitScript(`window.__shift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: "layout-shift", buffered: true});`);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`, {waitUntil: "networkidle"});
      await settled(page);
      // Live figures have the live CSV button; the static ones are gone.
      expect(await page.locator("figure.chart button.download[data-filename]").count()).toBe(placed.length);
      expect(await page.locator(".chart-static").count()).toBe(0);
      const ids = await page.locator("figure.chart").evaluateAll((fs) => fs.map((f) => f.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(await page.locator("figure.chart svg[role=img]").count()).toBe(placed.length);
      // Cumulative layout shift: 0.1 is "good"; the static page keeps every box, so it stays near 0.
      expect(await page.evaluate(() => (window as unknown as {__shift: number}).__shift)).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });
});

describe("shareable view", () => {
  it("reopens the address of the mean basis in the sentence and the charts", async () => {
    const v = await visit("/");
    try {
      const mean = optionLabel("mean");
      if (!mean) return expect(await v.page.locator(".controls").count()).toBe(0); // nothing converted
      await v.page.getByLabel(mean, {exact: true}).check();
      await expect.poll(() => sentence(v.page).innerText()).toBe(sentenceAt("mean"));
      // The address follows the choice in a cell of its own, which may run after the sentence's.
      await expect
        .poll(() => new URL(v.page.url()).searchParams.get("basis"))
        .toBe(model.default_basis === "mean" ? null : "mean");
      const address = v.page.url();
      const again = await visit(new URL(address).pathname + new URL(address).search);
      try {
        await expect.poll(() => sentence(again.page).innerText()).toBe(sentenceAt("mean"));
        expect(await again.page.getByLabel(mean, {exact: true}).isChecked()).toBe(true);
        if (convertedBars) {
          const f = model.figures.find((d) => d.id === convertedBars!.figure)!;
          const usd = formatMoney(f.value / model.fx[f.id].mean!.rate, "USD");
          expect(await again.page.locator(`#chart-${convertedBars.chart}`).innerText()).toContain(`${usd} (derived)`);
        }
        expect(again.errors).toEqual([]);
      } finally {
        await again.context.close();
      }
    } finally {
      await v.context.close();
    }
  });

  it("falls back to the default for values it does not know, with no error", async () => {
    const v = await visit("/?basis=nonsense&rate=-4");
    try {
      await v.page.waitForSelector("#observablehq-main");
      if (model.sweeps.length) {
        await expect.poll(() => sentence(v.page).innerText()).toBe(sentenceAt(model.default_basis));
        expect(await v.page.getByLabel(optionLabel(model.default_basis)!, {exact: true}).isChecked()).toBe(true);
      }
      expect(v.errors).toEqual([]);
    } finally {
      await v.context.close();
    }
  });
});

// What a story with charts offers for each of them; a story without any has no figure to export or embed.
if (!firstChart)
  describe("a story without charts", () => {
    it("draws no figure and publishes no embed page", async () => {
      const v = await visit("/");
      try {
        expect(await v.page.locator("figure.chart").count()).toBe(0);
        expect(embedIds).toEqual([]);
      } finally {
        await v.context.close();
      }
    });
  });

if (firstChart)
  describe("image export", () => {
    let v: Visit;
    beforeAll(async () => {
      v = await visit("/");
    });
    afterAll(async () => v.context.close());

    const download = async (id: string, kind: "png" | "svg") => {
      const [file] = await Promise.all([
        v.page.waitForEvent("download"),
        v.page.locator(`#chart-${id} button.export-${kind}`).click()
      ]);
      return {name: file.suggestedFilename(), bytes: readFileSync((await file.path())!)};
    };

    it("saves a PNG at twice the chart's width, with its title and source line", async () => {
      const chartWidth = await v.page
        .locator(`#chart-${firstChart} .chart-body svg`)
        .evaluate((s) => s.getBoundingClientRect().width);
      const {name, bytes} = await download(firstChart, "png");
      expect(name).toBe(figureParts(model, firstChart, {}).filename.replace(/\.csv$/, ".png"));
      const {width, height} = pngSize(bytes);
      expect(width).toBe(2 * Math.round(chartWidth));
      // Taller than the chart alone: the title above and the source line below are drawn too.
      const chartHeight = await v.page
        .locator(`#chart-${firstChart} .chart-body svg`)
        .evaluate((s) => s.getBoundingClientRect().height);
      expect(height).toBeGreaterThan(2 * (chartHeight + 40));
    });

    it.each(placed)("saves %s as a standalone SVG", async (id) => {
      const {name, bytes} = await download(id, "svg");
      expect(name).toMatch(new RegExp(`^${id}.*\\.svg$`));
      const text = bytes.toString("utf-8");
      expect(text).not.toContain("var(--");
      expect(text).not.toContain("<style");
      expect(text).not.toContain("class=");
      const doc = new JSDOM(text, {contentType: "image/svg+xml"}).window.document;
      const svg = doc.documentElement;
      expect(svg.tagName).toBe("svg");
      expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
      expect(svg.getAttribute("font-family")).toMatch(/sans-serif/);
      const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ");
      const title = await v.page
        .locator(`#chart-${id}`)
        .evaluate((f) => f.querySelector("svg")!.getAttribute("aria-label"));
      expect(title).toBeTruthy();
      expect(texts).toMatch(/Sources?:/);
      // Every painted colour is a resolved colour, not a variable or a keyword the page defines.
      for (const el of doc.querySelectorAll("[fill], [stroke]"))
        for (const a of ["fill", "stroke"]) {
          const value = el.getAttribute(a);
          if (value) expect(value, `${el.tagName} ${a}`).toMatch(/^(none|rgba?\(.+\)|#[0-9a-f]{3,8})$/i);
        }
    });
  });

describe("embeds", () => {
  it("lists one embed page per chart", () => {
    expect(embedIds.sort()).toEqual(
      [...built.charts.map((c) => c.id), ...built.sweeps.map((id) => `conversion-${id}`)].sort()
    );
  });

  describe.each(embedIds.map((id) => [id]))("/embed/%s", (id) => {
    it.each([
      [1280, "light"],
      [375, "dark"]
    ] as const)(
      "at %i px in %s mode: the chart, its title, source and data links, no sidebar, no error",
      async (width, colorScheme) => {
        const v = await visit(`/embed/${id}`, {width, colorScheme});
        try {
          await settled(v.page);
          expect(await v.page.locator("figure.chart svg[role=img]").count()).toBe(1);
          expect(await v.page.locator("h1.embed-title").innerText()).toBeTruthy();
          expect(await v.page.locator("figure.chart figcaption").innerText()).toMatch(/^Sources?: /);
          expect(await v.page.locator("figure.chart button.download[data-filename]").count()).toBe(1);
          expect(await v.page.locator(".embed-credit a", {hasText: "All the data"}).getAttribute("href")).toBe(
            "../data"
          );
          expect(await v.page.locator("#observablehq-sidebar, #observablehq-header").count()).toBe(0);
          expect(await v.page.locator("button.embed-open").count()).toBe(0);
          expect(v.errors).toEqual([]);
          expect(v.offsite).toEqual([]);
          expect(await seriousViolations(v.page)).toEqual([]);
        } finally {
          await v.context.close();
        }
      }
    );
  });

  if (firstChart)
    describe("the snippet in a page of another origin", () => {
      // A chart that follows the switch when the story has one; the first placed chart otherwise.
      const embedded = convertedBars?.chart ?? firstChart;
      const other = (["mean", "spot", "article"] as const).find((k) => k !== model.default_basis && optionLabel(k));
      let host: StaticServer;
      let folder: string;
      let snippet: string;
      beforeAll(async () => {
        // The reader's copy: the story page's "Embed" control, with a basis other than the default chosen.
        const v = await visit("/");
        await v.context.grantPermissions(["clipboard-read", "clipboard-write"], {origin: server.url});
        if (other) await v.page.getByLabel(optionLabel(other)!, {exact: true}).check();
        await v.page.locator(`#chart-${embedded} button.embed-open`).click();
        await v.page.locator(`#chart-${embedded} .embed-status`, {hasText: /^Copied/}).waitFor();
        snippet = await v.page.evaluate(() => navigator.clipboard.readText());
        expect(await v.page.locator(`#chart-${embedded} .embed-panel textarea`).inputValue()).toBe(snippet);
        await v.context.close();
        folder = mkdtempSync(join(tmpdir(), "tech-edge-host-"));
        writeFileSync(
          join(folder, "index.html"),
          `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title><link rel="icon" href="data:,"></head><body style="margin: 0; font: 16px serif"><p>Before the chart.</p>\n${snippet}\n<p id="after">After the chart.</p></body></html>`
        );
        host = await serveStatic(folder);
      });
      afterAll(async () => {
        await host?.close();
        if (folder) rmSync(folder, {recursive: true, force: true});
      });

      it("is an iframe of the embed page and a script of our own", () => {
        const query = other ? `\\?basis=${other}` : "";
        expect(snippet).toMatch(new RegExp(`<iframe src="${server.url}/embed/${embedded}${query}"`));
        expect(snippet).toContain("<script>");
        expect(snippet).not.toMatch(/<script[^>]+src=/); // nothing loaded from anywhere
        expect(new URL(host.url).port).not.toBe(new URL(server.url).port);
      });

      it.each([1280, 375])("sets the iframe to its content's height at %i px", async (width) => {
        const v = await visit("/", {width, base: host.url});
        try {
          const frame = v.page.frameLocator("iframe");
          await frame.locator("figure.chart svg[role=img]").waitFor();
          const embedded = v.page.frames().find((f) => f.url().includes("/embed/"))!;
          await settled(embedded);
          // The host's script follows the embed's reports of its height: poll until the two agree.
          const content = () =>
            embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const iframe = () => v.page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
          await expect.poll(async () => Math.abs((await iframe()) - (await content()))).toBeLessThanOrEqual(1);
          // The chart shows the view it was copied with, and the host page goes on below it.
          if (other && convertedBars) {
            const f = model.figures.find((d) => d.id === convertedBars!.figure)!;
            const usd = formatMoney(f.value / model.fx[f.id][other]!.rate, "USD");
            expect(await frame.locator("figure.chart").innerText()).toContain(`${usd} (derived)`);
          }
          const [bottom, after] = await Promise.all([
            v.page.locator("iframe").evaluate((f) => f.getBoundingClientRect().bottom),
            v.page.locator("#after").evaluate((p) => p.getBoundingClientRect().top)
          ]);
          expect(after).toBeGreaterThanOrEqual(bottom);
          expect(v.errors).toEqual([]);
          // Only the two servers of this machine are asked for anything.
          expect(v.offsite).toEqual([]);
          if (process.env.TECH_EDGE_REPORT) process.stderr.write(`embed height at ${width} px: ${await iframe()}\n`);
        } finally {
          await v.context.close();
        }
      });

      it("follows the content when the host page's width changes", async () => {
        const v = await visit("/", {width: 1280, base: host.url});
        try {
          await v.page.frameLocator("iframe").locator("figure.chart svg[role=img]").waitFor();
          const embedded = v.page.frames().find((f) => f.url().includes("/embed/"))!;
          await settled(embedded);
          const height = () => v.page.locator("iframe").evaluate((f) => Math.round(f.getBoundingClientRect().height));
          const content = () =>
            embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          await expect.poll(async () => Math.abs((await height()) - (await content()))).toBeLessThanOrEqual(1);
          const wide = await height();
          await v.page.setViewportSize({width: 375, height: 900});
          // On a phone the names and amounts take more lines: the chart, and so the iframe, grow.
          await expect.poll(height).toBeGreaterThan(wide);
        } finally {
          await v.context.close();
        }
      });
    });
});

describe("the social card", () => {
  const html = readdirSync(dist, {recursive: true, encoding: "utf-8"}).filter((f) => f.endsWith(".html"));

  it("is a 1200×630 PNG in dist/", () => {
    expect(pngSize(readFileSync(join(dist, "card.png")))).toEqual({width: 1200, height: 630});
  });

  it("is named, with a title and description, on every page", () => {
    // The story, its extra pages, the three of the site, and one embed page for each chart.
    expect(html.length).toBe(4 + project.pages.length + embedIds.length);
    for (const file of html) {
      const doc = new JSDOM(readFileSync(join(dist, file), "utf-8")).window.document;
      // (Two queries: jsdom 23's selector engine misses a list whose values hold a colon.)
      const meta = (key: string) =>
        (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute(
          "content"
        ) ?? "";
      expect(meta("og:title"), file).toContain(doc.title.split(" | ")[0]);
      expect(meta("og:description").length, file).toBeGreaterThan(40);
      expect(meta("twitter:card"), file).toBe("summary_large_image");
      // One base address for the canonical link and the image: the image is the card beside the pages.
      const base = doc
        .querySelector('link[rel="canonical"]')!
        .getAttribute("href")!
        .replace(/\/(embed\/[\w-]+|[\w-]+)?$/, "");
      expect(meta("og:image"), file).toBe(`${base}/card.png`);
      // The shell the build adds sits where Framework puts a page's own: in the head, once; the footer's text after
      // the pager, on every page but an embed.
      expect(doc.head.querySelectorAll('link[rel="canonical"]').length, file).toBe(1);
      expect(
        [...doc.head.querySelectorAll("script:not([type])")].some((s) => s.textContent!.includes('lang = "en"')),
        file
      ).toBe(true);
      expect(doc.head.querySelector('link[rel="icon"]')?.getAttribute("href"), file).toBe("data:,");
      const footer = doc.querySelector("#observablehq-footer");
      if (file.startsWith("embed/")) expect(footer?.textContent ?? "", file).not.toContain("Data and sources");
      else
        // Built in the desk: the way back to its list of stories too.
        expect(footer?.lastElementChild?.textContent, file).toBe(
          "Data and sources: see the Data and Fact check pages. All the desk's stories."
        );
    }
  });

  it("describes the story with its first paragraph, numbers printed", () => {
    const doc = new JSDOM(readFileSync(join(dist, "index.html"), "utf-8")).window.document;
    const description = doc.querySelector('meta[property="og:description"]')!.getAttribute("content")!;
    // The first paragraph of the prose that cites a figure, with its numbers printed.
    const first = project.prose.blocks.find((b) => b.type === "markdown" && b.tokens.length);
    const words = first && first.type === "markdown" ? first.text.slice(0, first.tokens[0].start).trim() : "";
    expect(description.startsWith(words), description).toBe(true);
    if (citedTexts.length) expect(description).toContain(citedTexts[0]);
    expect(description).not.toMatch(/[<>]|&#|\[\[/);
  });
});

describe("the data package", () => {
  interface Resource {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    schema: {fields: {name: string; type: string; description: string}[]};
  }

  it("is linked from the Data page, and every resource resolves to its table", async () => {
    const v = await visit("/data", {javaScriptEnabled: false});
    try {
      const href = await v.page.locator("a", {hasText: "datapackage.json"}).getAttribute("href");
      const url = new URL(href!, v.page.url()).href;
      const pkg = (await (await fetch(url)).json()) as {
        name: string;
        licenses: {name: string}[];
        sources: unknown[];
        resources: Resource[];
      };
      // Named after the article's title: "Japan seeks to reclaim tech edge" → "japan-seeks-to-reclaim-tech-edge".
      const slug = project.meta.title
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      expect(pkg.name).toBe(slug || "story");
      expect(pkg.licenses.map((l) => l.name)).toContain("CC-BY-4.0");
      expect(pkg.sources.length).toBe(
        csvParse(readFileSync(join(root, "stories", testedSlug, "sources.csv"), "utf-8")).length
      );
      expect(pkg.resources.map((r) => r.name)).toEqual(
        expect.arrayContaining(["figures", "mentions", "rates", "sources", "corrections"])
      );
      for (const r of pkg.resources) {
        expect(r.path).not.toMatch(/^\/|\.\./); // relative, as the format asks
        expect([r.format, r.mediatype]).toEqual(["csv", "text/csv"]);
        const response = await fetch(new URL(r.path, url));
        expect(response.status, r.path).toBe(200);
        const header = (await response.text()).split("\r\n")[0];
        expect(header.split(","), r.name).toEqual(r.schema.fields.map((f) => f.name));
        for (const f of r.schema.fields) {
          expect(["string", "number", "boolean", "date"]).toContain(f.type);
          expect(f.description).toBeTruthy();
        }
      }
    } finally {
      await v.context.close();
    }
  });

  it("is inside the zip that the Data page offers as “Download all”, beside every table it lists", async () => {
    const v = await visit("/data", {javaScriptEnabled: false});
    try {
      const href = await v.page.locator("a", {hasText: "Download all (zip)"}).getAttribute("href");
      const bytes = new Uint8Array(await (await fetch(new URL(href!, v.page.url()))).arrayBuffer());
      const files = unzipSync(bytes);
      const pkg = JSON.parse(strFromU8(files["datapackage.json"])) as {resources: Resource[]};
      for (const r of pkg.resources) expect(Object.keys(files), r.path).toContain(r.path);
    } finally {
      await v.context.close();
    }
  });
});

describe("print", () => {
  it("leaves out the sidebar and the controls, prints dark text on white, fits charts to A4 and prints link targets", async () => {
    const v = await visit("/", {colorScheme: "dark"});
    try {
      await v.page.emulateMedia({media: "print"});
      const shown = (selector: string) =>
        v.page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").length);
      expect(await shown("#observablehq-sidebar")).toBe(0);
      expect(await shown("input, button, .controls, .chart-tools")).toBe(0);
      const colors = await v.page.evaluate(() => [
        getComputedStyle(document.body).color,
        getComputedStyle(document.documentElement).backgroundColor
      ]);
      expect(colors).toEqual(["rgb(27, 30, 35)", "rgb(255, 255, 255)"]);
      const after = await v.page
        .locator(".standfirst a")
        .last()
        .evaluate((a) => [getComputedStyle(a, "::after").content, (a as HTMLAnchorElement).getAttribute("href")]);
      expect(after[0]).toBe(`" (${after[1]})"`);
      // A4 is 210 mm wide; less 2 × 15 mm margins that is 180 mm = 680 CSS px: no chart is wider.
      const pdf = await v.page.pdf({format: "A4", preferCSSPageSize: true});
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await v.page.setViewportSize({width: 680, height: 960});
      const widths = await v.page
        .locator("figure.chart svg")
        .evaluateAll((s) => s.map((e) => e.getBoundingClientRect().right));
      for (const right of widths) expect(right).toBeLessThanOrEqual(680);
    } finally {
      await v.context.close();
    }
  });
});

// A copy of the project built with one correction and an update date: the section lists it and its CSV downloads.
// The correction is of the story's first noted figure, a week after publication.
describe("corrections", () => {
  const run = promisify(execFile);
  const figure = model.notes[0] ?? "";
  const published = project.meta.published;
  const updated = new Date(Date.parse(`${published}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const long = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC"
    });
  const was = "An earlier version gave this figure wrongly.";
  const now = "The figure as the article states it.";
  let copy: string;
  let fixture: StaticServer;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "tech-edge-corrections-"));
    for (const entry of [
      "src",
      "scripts",
      "data",
      "docs",
      "observablehq.config.ts",
      "package.json",
      "package-lock.json",
      "tsconfig.json"
    ])
      cpSync(join(root, entry), join(copy, entry), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (f) => !f.includes(join("docs", ".observablehq"))
      });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    // The story tested, held in data/ as a project from before the desk holds it: the copy builds that one story.
    cpSync(join(root, "stories", testedSlug), join(copy, "data"), {recursive: true});
    writeFileSync(
      join(copy, "data", "corrections.csv"),
      `date,figure_id,was,now\n${updated},${figure},${was},${now}\n`
    );
    appendFileSync(
      join(copy, "data", "sources.csv"),
      `corrections.csv,Corrections to the story,Written by the project's editors,${updated},CC0 (project metadata)\n`
    );
    const article = JSON.parse(readFileSync(join(copy, "data", "article.json"), "utf-8"));
    writeFileSync(join(copy, "data", "article.json"), JSON.stringify({...article, updated}));
    await run(join(root, "node_modules", ".bin", "tsx"), [join(copy, "scripts", "framework.ts"), "build"], {
      cwd: copy,
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      maxBuffer: 64 * 2 ** 20
    });
    fixture = await serveStatic(join(copy, "dist"));
  }, 300_000);
  afterAll(async () => {
    await fixture?.close();
    rmSync(copy, {recursive: true, force: true});
  });

  it("lists the correction, shows the update date, and downloads the corrections table", async () => {
    const v = await visit("/", {base: fixture.url, javaScriptEnabled: false});
    try {
      const items = await v.page.locator("ol.corrections li").allInnerTexts();
      expect(items).toEqual([`${long(updated)}: ${was} It now says: ${now}${figure ? ` (figure ${figure})` : ""}`]);
      expect(await v.page.locator(".standfirst").innerText()).toContain(
        `Published ${long(published)}, updated ${long(updated)}.`
      );
      const href = await v.page.locator("a", {hasText: "Download the corrections (CSV)"}).getAttribute("href");
      const rows = csvParse(await (await fetch(new URL(href!, v.page.url()))).text());
      expect(rows.map((r) => ({...r}))).toEqual([{date: updated, figure_id: figure, was, now}]);
    } finally {
      await v.context.close();
    }
  });
});
