// Open analysis on a built copy of the seed story: the journalist's own cells in data/story.md, with the names the
// guide promises in scope, an extra page in data/pages/, and a chart type of one's own written as the guide's
// worked example shows; each chart described in words for screen readers.
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {formatMoney} from "../../src/index.js";
import {basisOptions} from "../../docs/components/view.js";
import {cellErrors} from "../helpers/cells.js";
import {storyAt} from "../helpers/data-story.js";
import {addReadmeChart, type ReadmeChart} from "../helpers/readme-chart.js";
import {buildSite, copySeedProject, removeSite} from "../helpers/site.js";

let root: string;
let server: StaticServer;
let browser: Browser;
let story: ReturnType<typeof storyAt>;
let custom: ReadmeChart;
// Lines of the cells, in the files the test writes.
let inlineLine = 0;
let plotLine = 0;

const CELLS = `
## Our own reading

\`\`\`js
const subsidy = tables.conversions.find((d) => d.figure_id === "chip_subsidies" && d.basis === basis);
\`\`\`

Under the <span class="basis-now">\${basis}</span> basis the subsidies come to <span class="usd-now">\${formatMoney(subsidy.value_usd, "USD")}</span>, one of \${figures.length} figures.

\`\`\`js
display(Plot.tickX(figures.filter((d) => d.value_usd), {x: "value_usd"}).plot({width: 400, height: 60}));
\`\`\`
`;

beforeAll(async () => {
  root = copySeedProject();
  const prose = join(root, "data", "story.md");
  const text = readFileSync(prose, "utf-8").replace("\n::: corrections", `${CELLS}\n::: corrections`);
  writeFileSync(prose, text);
  inlineLine = text.split("\n").findIndex((l) => l.startsWith("Under the <span")) + 1;
  // The fence's line: the one before the cell's code (1-based, so the code's 0-based index).
  plotLine = text.split("\n").findIndex((l) => l.startsWith("display(Plot.tickX"));
  mkdirSync(join(root, "data", "pages"));
  writeFileSync(
    join(root, "data", "pages", "background.md"),
    '# Background: the yen\n\nThe yen stood at a [[yen_low]] low; Japan ranks [[imd_rank]] of [[imd_economies]].\n\n::: chart usdjpy\n\nThere are <span class="count">${figures.length}</span> figures.\n\n::: notes\n'
  );
  writeFileSync(join(root, "data", "pages", "broken.md"), "# Broken\n\nText.\n\n```js\nconst x = nothing.here;\n```\n");
  // The expectations are read before the chart type is added: this process's registry does not have it.
  story = storyAt(root);
  custom = addReadmeChart(root);
  const {code, output} = await buildSite(root);
  if (code !== 0) throw new Error(output.slice(-3000));
  server = await serveStatic(join(root, "dist"));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) removeSite(root);
});

// The serious and critical axe violations on an open page, or in one element of it (`within`, a selector):
// "color-contrast: #chart-sums text".
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // As the test's own script: the page's policy runs no script it did not write.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8"));
  return page.evaluate(async (within) => {
    type Result = {violations: {id: string; impact: string; nodes: {target: string[]}[]}[]};
    const {axe} = window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<Result>}};
    const result = await axe.run(within ?? document, {resultTypes: ["violations"]});
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, within);
}

async function open(path: string): Promise<{page: Page; errors: string[]; close: () => Promise<void>}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("request", (r) => r.url().includes("/_npm/") && errors.push(`npm request: ${r.url()}`));
  await page.goto(`${server.url}${path}`, {waitUntil: "networkidle"});
  return {page, errors, close: () => context.close()};
}

describe("the journalist's cells", () => {
  it("use figures, tables, basis, Plot and the formats, and follow the reader's basis", async () => {
    const {page, errors, close} = await open("/");
    try {
      const {model, project} = story;
      // The subsidy in US$ at each basis: the amount over that basis's rate, computed here.
      const usd = (kind: "article" | "mean") => formatMoney(3.9e12 / model.fx.chip_subsidies[kind]!.rate, "USD");
      await expect.poll(() => page.locator(".basis-now").textContent()).toBe(model.default_basis);
      await expect.poll(() => page.locator(".usd-now").textContent()).toBe(usd("article"));
      expect(await page.locator(`[data-source="data/story.md:${inlineLine}"]`).count()).toBeGreaterThan(0);
      expect(await page.getByText(`one of ${project.figures.length} figures`).count()).toBe(1);
      const mean = [...basisOptions(model)].find(([, k]) => k === "mean")![0];
      await page.locator(".controls").getByLabel(mean, {exact: true}).check();
      await expect.poll(() => page.locator(".basis-now").textContent()).toBe("mean");
      await expect.poll(() => page.locator(".usd-now").textContent()).toBe(usd("mean"));
      // The Plot cell draws one tick for each money figure, with the pages' own Plot (no request to /_npm/).
      const ticks = project.figures.filter((f) => /^[A-Z]{3}$/.test(f.unit)).length;
      const drawn = () =>
        page.evaluate((at) => {
          let el = document.querySelector(`.cell-source[data-source="${at}"]`)?.nextElementSibling;
          while (el && !el.querySelector("svg")) el = el.nextElementSibling;
          return el?.querySelectorAll("svg line").length ?? 0;
        }, `data/story.md:${plotLine}`);
      await expect.poll(drawn).toBe(ticks);
      expect(await cellErrors(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("that throw are named by their file and line", async () => {
    const {page, close} = await open("/broken");
    try {
      await expect
        .poll(() => cellErrors(page))
        .toEqual([expect.stringMatching(/^data\/pages\/broken\.md:5: .*nothing/)]);
    } finally {
      await close();
    }
  });
});

describe("an extra page, data/pages/background.md", () => {
  it("is in the sidebar after the story, prints its citations with notes, and runs its cells", async () => {
    const {page, errors, close} = await open("/background");
    try {
      const links = await page.locator("#observablehq-sidebar a").allTextContents();
      const names = links.map((l) => l.trim()).filter(Boolean);
      expect(names.indexOf("Background: the yen")).toBe(names.indexOf("The story") + 1);
      expect(await page.locator("h1").first().textContent()).toBe("Background: the yen");
      expect(await page.locator(".figure[data-figure=imd_rank] .figure-value").textContent()).toBe("32nd");
      expect(await page.locator("ol.notes li").count()).toBe(4); // yen_low, imd_rank, imd_economies, the summit
      await expect.poll(() => page.locator(".count").textContent()).toBe(String(story.project.figures.length));
      expect(await page.locator("figure#chart-usdjpy svg").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("chart descriptions", () => {
  it("are in the static HTML, named by each SVG, and rewritten on a change of basis", async () => {
    const html = readFileSync(join(root, "dist", "index.html"), "utf-8");
    for (const id of story.placed) {
      expect(html, id).toMatch(new RegExp(`<p class="chart-description sr-only" id="desc-${id}">[^<]{20,}</p>`));
      expect(html, id).toContain(`aria-describedby="desc-${id}"`);
    }
    const {page, close} = await open("/");
    try {
      const desc = page.locator("#desc-investment");
      await expect.poll(() => desc.textContent()).toContain(formatMoney(25.44e9, "USD"));
      const mean = [...basisOptions(story.model)].find(([, k]) => k === "mean")![0];
      await page.locator(".controls").getByLabel(mean, {exact: true}).check();
      await expect
        .poll(() => desc.textContent())
        .toContain(formatMoney(3.9e12 / story.model.fx.chip_subsidies.mean!.rate, "USD"));
    } finally {
      await close();
    }
  });
});

describe("a chart type of one's own, written as the guide shows", () => {
  // Each amount in US$ under a basis: the figure's value, or a foreign one's over that basis's rate.
  const usdAt = (kind: "article" | "mean") =>
    custom.figures.map((id) => {
      const f = story.model.figures.find((d) => d.id === id)!;
      return f.unit === "USD" ? f.value : f.value / story.model.fx[id][kind]!.rate;
    });
  const words = (kind: "article" | "mean") => {
    const values = usdAt(kind);
    const labels = ["AWS", "Microsoft", "Japan’s chip subsidies"]; // the guide's labels, in its order
    const order = values.map((v, i) => i).sort((a, b) => values[b] - values[a]);
    const [top, bottom] = [order[0], order.at(-1)!];
    return `${values.length} amounts in US dollars, from ${labels[top]} (${formatMoney(values[top], "USD")}) to ${labels[bottom]} (${formatMoney(values[bottom], "USD")}).`;
  };

  it("is drawn in the static HTML, a mark per amount, with its description", () => {
    const html = readFileSync(join(root, "dist", "index.html"), "utf-8");
    const figure = html.slice(
      html.indexOf(`id="chart-${custom.id}"`),
      html.indexOf("</figure>", html.indexOf(`id="chart-${custom.id}"`))
    );
    const wide = figure.slice(figure.indexOf("chart-wide"), figure.indexOf("chart-narrow"));
    expect(wide.match(/<circle/g)).toHaveLength(custom.figures.length);
    expect(figure).toContain(`<p class="chart-description sr-only" id="desc-${custom.id}">${words("article")}</p>`);
    expect(figure).toContain(`aria-describedby="desc-${custom.id}"`);
  });

  it("redraws live on a change of basis, exports as SVG, and has its embed page", async () => {
    const {page, errors, close} = await open("/");
    try {
      const chart = page.locator(`#chart-${custom.id}`);
      await expect.poll(() => page.locator(`#desc-${custom.id}`).textContent()).toBe(words("article"));
      const mean = [...basisOptions(story.model)].find(([, k]) => k === "mean")![0];
      await page.locator(".controls").getByLabel(mean, {exact: true}).check();
      await expect.poll(() => page.locator(`#desc-${custom.id}`).textContent()).toBe(words("mean"));
      expect(await chart.locator(".chart-body svg circle").count()).toBe(custom.figures.length);
      const [download] = await Promise.all([page.waitForEvent("download"), chart.locator(".export-svg").click()]);
      expect(download.suggestedFilename()).toBe(`${custom.id}.svg`);
      expect(readFileSync((await download.path())!, "utf-8")).toContain("Three sums");
      // The chart's own figure: the story page of this copy also holds the test's Plot cell, whose groups Plot labels.
      expect(await seriousViolations(page, `#chart-${custom.id}`)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const embed = await open(`/embed/${custom.id}?basis=mean`);
    try {
      await expect.poll(() => embed.page.locator(`#desc-${custom.id}`).textContent()).toBe(words("mean"));
      expect(await embed.page.locator(".chart-body svg circle").count()).toBe(custom.figures.length);
      expect(await seriousViolations(embed.page)).toEqual([]);
      expect(embed.errors).toEqual([]);
    } finally {
      await embed.close();
    }
  });
});
