// The built site in Debian's Chromium: every page, its charts, controls, downloads and accessibility.
import {readFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {chartIds, figureParts, followsView} from "../../docs/components/figures.js";
import {basisOptions} from "../../docs/components/view.js";
import {TABLES, formatMoney, formatRate, isBars, tableRows, tableSpec, toCsv} from "../../src/index.js";
import {settled} from "../helpers/settled.js";
import {cellErrors} from "../helpers/cells.js";
import {SECOND_STORY, buildSite, copySeedProject, distDir, projectRoot, removeSite} from "../helpers/site.js";

// The story in data/, whatever article it reads: the page's expectations come from its own data.
import {story as dataStory, storyAt} from "../helpers/data-story.js";

// A story's pages: the story, its extra pages (data/pages/<slug>.md), then the site's own.
const pagesOf = (story: {project: {pages: {slug: string}[]}}) => [
  "/",
  ...story.project.pages.map((p) => `/${p.slug}`),
  "/fact-check",
  "/methodology",
  "/data"
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir);
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

type VisitOptions = {colorScheme?: "light" | "dark"; width?: number};

// Opens a page of the site served at `base` and records console errors, failed requests and any request to a
// host but 127.0.0.1.
const visit = (path: string, options: VisitOptions = {}) => visitAt(server.url, path, options);
async function visitAt(base: string, path: string, options: VisitOptions = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    colorScheme: options.colorScheme ?? "light",
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
  await page.goto(`${base}${path}`, {waitUntil: "networkidle"});
  await page.waitForSelector("#observablehq-main");
  return {page, context, errors, offsite};
}

// The story in data/ and a second one, re-pointed at another article by the global setup: the same checks.
const STORIES = [
  {name: "the story in data/", story: dataStory, dist: distDir},
  {
    name: "a second, re-pointed story",
    story: storyAt(join(projectRoot, SECOND_STORY)),
    dist: join(projectRoot, SECOND_STORY, "dist")
  }
];

describe.each(STORIES)("$name", ({story, dist}) => {
  const {model, placed, project} = story;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dist);
  });
  afterAll(async () => server?.close());
  const visit = (path: string, options: VisitOptions = {}) => visitAt(server.url, path, options);

  describe.each(pagesOf(story))("page %s", (path) => {
    it.each(["light", "dark"] as const)(
      "loads in %s mode with no error, no failed request, nothing off 127.0.0.1, no serious axe violation",
      async (colorScheme) => {
        const {page, context, errors, offsite} = await visit(path, {colorScheme});
        try {
          await settled(page, TABLES.length);
          await page.evaluate(axeSource); // as the test's own script: the page's policy runs no script it did not write
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    ctx: unknown,
                    opts: unknown
                  ) => Promise<{violations: {id: string; impact: string; nodes: {target: string[]}[]}[]}>;
                };
              }
            ).axe;
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map(
                (v) =>
                  `${v.id}: ${v.nodes
                    .slice(0, 3)
                    .map((n) => n.target.join(" "))
                    .join(", ")}`
              );
          });
          expect(errors).toEqual([]);
          // A cell of the journalist's that throws is named by its file and line: "data/story.md:12: …".
          expect(await cellErrors(page)).toEqual([]);
          expect(offsite).toEqual([]);
          expect(violations).toEqual([]);
        } finally {
          await context.close();
        }
      }
    );
  });

  describe("the story page", () => {
    let v: Visit;
    beforeAll(async () => {
      v = await visit("/");
    });
    afterAll(async () => v.context.close());

    const figure = (id: string) => v.page.locator(`figure#chart-${id}`);

    it("draws each chart the prose places, once, with its name for assistive technology", async () => {
      expect(await v.page.locator("figure.chart").count()).toBe(placed.length);
      for (const id of placed) {
        expect(await figure(id).count(), id).toBe(1);
        expect(await figure(id).locator("svg[role=img]").first().getAttribute("aria-label"), id).toBeTruthy();
      }
      for (const c of model.charts.filter(isBars).filter((d) => placed.includes(d.id)))
        // A bar each, or a dot each where the chart draws on a log scale (one amount dwarfs the rest).
        expect(await figure(c.id).locator("svg rect, svg circle").count(), c.id).toBe(c.bars.length);
    });

    it("prints every cited figure as the tables state it, with its quote", async () => {
      const cited = await v.page.locator(".figure[data-figure]").evaluateAll((nodes) =>
        nodes.map((n) => ({
          id: (n as HTMLElement).dataset.figure!,
          kind: (n as HTMLElement).dataset.kind!,
          text: n.querySelector(".figure-value")!.textContent!,
          title: (n as HTMLElement).title
        }))
      );
      // A citation in a heading prints its number alone, without the quote and note of a cited figure.
      const inHeading = (text: string, at: number) => /^\s*#/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at));
      const tokens = project.prose.blocks.flatMap((b) =>
        b.type === "markdown" ? b.tokens.filter((t) => !inHeading(b.text, t.start)) : []
      );
      expect(cited.length).toBe(tokens.length);
      for (const {id, kind, text, title} of cited) {
        const f = model.figures.find((x) => x.id === id)!;
        if (kind === "figure") expect(text, id).toBe(f.text);
        if (f.in_article) expect(title, id).toContain(f.quote);
      }
    });

    it("has one rate-basis switch, which moves every conversion's sentence and the bars, and keeps the view in the address", async () => {
      const controls = v.page.locator(".controls");
      await expect.poll(() => controls.count()).toBe(model.sweeps.length ? 1 : 0);
      if (!model.sweeps.length) return;
      // A basis other than the default: the page moves to it, and the address keeps it.
      const kind = (["mean", "spot", "article"] as const).find(
        (k) => k !== model.default_basis && [...basisOptions(model).values()].includes(k)
      )!;
      const label = [...basisOptions(model)].find(([, k]) => k === kind)![0];
      // A chart that does not follow the basis is not redrawn: its figure is the same element after the change.
      const still = placed.filter((id) => !followsView(model, id));
      await v.page.evaluate((ids) => {
        for (const id of ids)
          (document.getElementById(`chart-${id}`) as HTMLElement & {unchanged?: boolean}).unchanged = true;
      }, still);
      await controls.getByLabel(label, {exact: true}).check();
      for (const id of model.sweeps) {
        const f = model.figures.find((x) => x.id === id)!;
        // The value expected: the amount divided by its rate under that basis, formatted as the story prints money.
        const basis = model.fx[id][kind] ?? model.fx[id][model.default_basis]!;
        await expect
          .poll(() => v.page.locator(`[data-sentence="${id}"]`).textContent())
          .toContain(`was worth ${formatMoney(f.value / basis.rate, "USD")}`);
      }
      await expect.poll(() => v.page.evaluate(() => location.search)).toContain(`basis=${kind}`);
      const kept = await v.page.evaluate(
        (ids) =>
          ids.filter(
            (id) => (document.getElementById(`chart-${id}`) as HTMLElement & {unchanged?: boolean})?.unchanged
          ),
        still
      );
      expect(kept).toEqual(still);

      // The reader's own rate applies to the amounts in the first conversion's currency.
      const c = model.conversions[0];
      await controls.getByLabel(/rate of your choosing/).check();
      const slider = controls.locator("form").filter({hasText: "Your rate"}).locator("input[type=number]");
      await slider.fill(String(c.sweep.min));
      await slider.press("Enter");
      const f = model.figures.find((x) => x.id === c.figure)!;
      const atMin = formatMoney(f.value / c.sweep.min, "USD");
      const sentence = v.page.locator(`[data-sentence="${c.figure}"]`);
      await expect.poll(() => sentence.textContent()).toContain(`At ${formatRate(c.sweep.min)} `);
      await expect.poll(() => sentence.textContent()).toContain(`was worth ${atMin}.`); // the reader's rate is of today
      for (const chart of model.charts)
        if (isBars(chart) && placed.includes(chart.id) && chart.bars.some((b) => b.figure === c.figure))
          await expect.poll(() => figure(chart.id).textContent()).toContain(`${atMin} (derived)`);
      await expect.poll(() => v.page.evaluate(() => location.search)).toContain(`basis=custom&rate=${c.sweep.min}`);
    });

    it("redraws a chart that follows the basis in the reader's own input event, before the next frame", async () => {
      if (!model.sweeps.length) return expect(await v.page.locator(".controls").count()).toBe(0);
      const id = model.sweeps[0];
      const current = new URL(v.page.url()).searchParams.get("basis") ?? model.default_basis;
      const kind = (["mean", "spot", "article"] as const).find(
        (k) => k !== current && [...basisOptions(model).values()].includes(k)
      )!;
      const label = [...basisOptions(model)].find(([, k]) => k === kind)![0];
      // The description of the sweep chart, read in the same task as the click: no frame has passed.
      const [before, after] = await v.page.evaluate(
        ([id, label]) => {
          const text = () => document.getElementById(`desc-conversion-${id}`)?.textContent ?? "";
          const was = text();
          const input = [...document.querySelectorAll<HTMLInputElement>(".controls input[type=radio]")].find(
            (i) => i.closest("label")?.textContent?.trim() === label
          )!;
          input.click();
          return [was, text()];
        },
        [id, label]
      );
      const f = model.figures.find((x) => x.id === id)!;
      const basis = model.fx[id][kind]!;
      expect(after).not.toBe(before);
      expect(after).toContain(`it is ${formatMoney(f.value / basis.rate, "USD")}.`);
    });

    it("has a Dollars switch that restates the money chart in the story's constant dollars, kept in the address", async () => {
      const bars = model.charts.filter(isBars).find((c) => placed.includes(c.id));
      if (!model.dollars || !model.sweeps.length || !bars)
        return expect(await v.page.getByText("Dollars", {exact: true}).count()).toBe(0);
      const d = model.dollars;
      // A bar reported in US$: its value times the CPI of the story's month over the mean CPI of its own months.
      const usd = bars.bars.map((b) => model.figures.find((f) => f.id === b.figure)!).find((f) => f.unit === "USD");
      await v.page
        .locator(".controls")
        .getByLabel(new RegExp(`^In ${d.label}`))
        .check();
      await expect.poll(() => v.page.evaluate(() => location.search)).toContain("dollars=constant");
      await expect.poll(() => figure(bars.id).locator("svg").first().textContent()).toContain(d.label);
      if (usd) {
        const from = model.deflators[usd.id].usd!;
        const restated = formatMoney((usd.value * d.cpi) / from.cpi, "USD");
        await expect.poll(() => figure(bars.id).textContent()).toContain(restated);
      }
      await v.page.locator(".controls").getByLabel("Of each sum’s own time").check();
      await expect.poll(() => v.page.evaluate(() => location.search)).not.toContain("dollars=");
    });

    it("downloads the current view of each chart as the CSV behind it", async () => {
      const view = {basis: "mean" as const};
      if (model.sweeps.length) {
        const mean = [...basisOptions(model)].find(([, kind]) => kind === "mean")![0];
        await v.page.locator(".controls").getByLabel(mean, {exact: true}).check();
      }
      for (const id of placed) {
        const parts = figureParts(model, id, view);
        const [file] = await Promise.all([
          v.page.waitForEvent("download"),
          figure(id).locator("button.download[data-filename]").click()
        ]);
        expect(file.suggestedFilename(), id).toBe(parts.filename);
        const text = readFileSync((await file.path())!, "utf-8");
        expect(text.endsWith("\r\n"), id).toBe(true);
        expect(csvParse(text), id).toEqual(csvParse(toCsv(parts.rows, parts.download)));
      }
    });

    it("has an embed page for every chart", () => {
      for (const id of chartIds(model))
        expect(readFileSync(join(dist, "embed", `${id}.html`), "utf-8"), id).toContain(`chart-${id}`);
    });
  });
});

describe("the data page", () => {
  it("links every table as a CSV that parses to the table's rows", async () => {
    const {page, context} = await visit("/data");
    try {
      const links = await page
        .locator("a[data-table]")
        .evaluateAll((as) =>
          as.map((a) => ({name: (a as HTMLElement).dataset.table!, href: (a as HTMLAnchorElement).href}))
        );
      expect(links.map((l) => l.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
      // Each download is byte for byte the table as the library states it.
      for (const {name, href} of links) {
        const body = await (await page.request.get(href)).text();
        expect(body, name).toBe(
          toCsv(
            tableRows(dataStory.project, name),
            tableSpec(name).columns.map((c) => c.name)
          )
        );
      }
    } finally {
      await context.close();
    }
  });
});

describe("the fact-check page with a hostile article (fixture build)", () => {
  it("renders markup in the article as text, never as HTML", async () => {
    const root = copySeedProject();
    const fixture = await (async () => {
      const path = join(root, "data", "article.txt");
      const hostile = `<script>window.__injected = true</script><img src="x" onerror="window.__injected = true"> & <b>bold</b>`;
      writeFileSync(
        path,
        readFileSync(path, "utf-8").replace("It is not there yet.", `It is not there yet. ${hostile}`)
      );
      const build = await buildSite(root);
      expect(build.code, build.output.slice(-2000)).toBe(0);
      return {hostile, server: await serveStatic(join(root, "dist"))};
    })();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const offsite: string[] = [];
      page.on("request", (r) => !r.url().startsWith(fixture.server.url) && offsite.push(r.url()));
      await page.goto(`${fixture.server.url}/fact-check`, {waitUntil: "networkidle"});
      const article = page.locator(".annotated-article");
      await expect.poll(() => article.textContent()).toContain(fixture.hostile);
      expect(await page.evaluate(() => (window as unknown as {__injected?: boolean}).__injected)).toBeUndefined();
      expect(await article.locator("script, img, b").count()).toBe(0);
      expect(offsite).toEqual([]);
    } finally {
      await context.close();
      await fixture.server.close();
      removeSite(root);
    }
  });
});
