// The built site in Debian's Chromium: every page, its charts, controls, downloads and accessibility.
import {readFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {formatFigure} from "../../docs/components/story.js";
import {formatMoney, toUsd} from "../../src/index.js";
import {project} from "../helpers/project.js";
import {buildSite, copyProject, distDir, projectRoot, removeSite} from "../helpers/site.js";

const PAGES = ["/", "/fact-check", "/methodology", "/data"];
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

// Opens a page and records console errors, failed requests and any request to a host but 127.0.0.1.
async function visit(path: string, options: {colorScheme?: "light" | "dark"; width?: number} = {}): Promise<Visit> {
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
  await page.goto(`${server.url}${path}`, {waitUntil: "networkidle"});
  await page.waitForSelector("#observablehq-main");
  return {page, context, errors, offsite};
}

describe.each(PAGES)("page %s", (path) => {
  it.each(["light", "dark"] as const)(
    "loads in %s mode with no error, no failed request, nothing off 127.0.0.1, no serious axe violation",
    async (colorScheme) => {
      const {page, context, errors, offsite} = await visit(path, {colorScheme});
      try {
        await page.waitForTimeout(200);
        await page.addScriptTag({content: axeSource});
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

  const chart = (i: number) => v.page.locator("figure.chart").nth(i).locator("svg").first();

  it("draws each chart with its marks", async () => {
    expect(await v.page.locator("figure.chart").count()).toBe(6);
    expect(await chart(0).locator("rect").count()).toBe(5); // five commitments
    expect(await chart(1).locator("circle").count()).toBe(1); // the chosen rate
    expect(await chart(1).locator("path").count()).toBeGreaterThan(0);
    expect(await chart(3).locator("circle").count()).toBe(65); // 64 ranks + Japan
    expect(await chart(4).locator("rect").count()).toBe(4); // two shares over their wholes
    expect(await chart(5).locator("circle").count()).toBe(6); // six dated events
    for (let i = 0; i < 6; i++) expect(await chart(i).getAttribute("aria-label")).toBeTruthy();
  });

  it("prints every cited figure as the tables state it", async () => {
    const cited = await v.page.locator(".figure[data-figure]").evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: (n as HTMLElement).dataset.figure!,
        text: n.querySelector(".figure-value")!.textContent!,
        title: (n as HTMLElement).title
      }))
    );
    expect(cited.length).toBeGreaterThan(12);
    const words: Record<string, string> = {seven: "7"};
    for (const {id, text, title} of cited) {
      const f = project.figures.find((x) => x.id === id)!;
      expect(words[text] ?? text, id).toBe(words[text] ? String(f.value) : formatFigure(f));
      if (f.in_article) expect(title).toContain(f.quote);
    }
  });

  it("moves the subsidy sentence and the marked point with the rate basis", async () => {
    const sentence = v.page.locator("[data-sentence=subsidy]");
    const dot = () => chart(1).locator("circle").getAttribute("cx");
    await expect.poll(() => sentence.textContent()).toContain("US$25.4 billion");
    const before = await dot();
    await v.page.getByLabel(/2021–23 average/).check();
    await expect
      .poll(() => sentence.textContent())
      .toContain("At 127.27 yen per dollar, 2021–23 average, ¥3.9 trillion was worth US$30.6 billion.");
    expect(await dot()).not.toBe(before);

    await v.page.getByLabel(/A rate of your choosing/).check();
    const slider = v.page.locator("form").filter({hasText: "Your rate"}).locator("input[type=number]");
    await slider.fill("100");
    await slider.press("Enter");
    await expect
      .poll(() => sentence.textContent())
      .toContain("At 100.00 yen per dollar, a rate of your choosing, ¥3.9 trillion was worth US$39 billion.");
    // The investment chart's subsidy bar follows the same basis.
    await expect.poll(() => chart(0).textContent()).toContain("US$39 billion (derived)");
  });

  it("downloads the current view of each chart as the CSV behind it", async () => {
    await v.page.getByLabel(/2021–23 average/).check();
    const mean = project.bases.mean;
    const download = async (i: number) => {
      const [file] = await Promise.all([
        v.page.waitForEvent("download"),
        v.page.locator("figure.chart").nth(i).locator("button.download").click()
      ]);
      return {name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf-8")};
    };
    const investment = await download(0);
    expect(investment.name).toBe("investment-mean.csv");
    const rows = csvParse(investment.text);
    expect(rows.columns).toEqual(["label", "value_usd", "kind", "figure_id", "basis", "rate", "source"]);
    const subsidy = rows.find((r) => r.figure_id === "chip_subsidies")!;
    expect(Number(subsidy.value_usd)).toBe(Math.round(toUsd(3.9e12, "JPY", mean)));
    expect(subsidy.basis).toBe("mean");
    expect(rows.find((r) => r.figure_id === "aws_cloud")!.value_usd).toBe("14000000000");
    expect(investment.text.endsWith("\r\n")).toBe(true);

    const sweep = await download(1);
    const chosen = csvParse(sweep.text).find((r) => r.basis === "chosen: mean")!;
    expect(formatMoney(Number(chosen.value_usd), "USD")).toBe("US$30.6 billion");

    const rates = await download(2);
    expect(csvParse(rates.text)).toHaveLength(project.rates.length);
    expect(csvParse(rates.text)[0]).toEqual({date: project.rates[0].date, jpy_per_usd: String(project.rates[0].rate)});
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
      expect(links.map((l) => l.name).sort()).toEqual([
        "fact-check",
        "figures",
        "indicators",
        "mentions",
        "sources",
        "subsidy-fx",
        "usdjpy",
        "usdjpy-annual"
      ]);
      // Each download is byte for byte the table's reviewed golden file.
      for (const {name, href} of links) {
        const body = await (await page.request.get(href)).text();
        expect(body, name).toBe(readFileSync(join(projectRoot, "test", "golden", `${name}.csv`), "utf-8"));
      }
    } finally {
      await context.close();
    }
  });
});

describe("the fact-check page with a hostile article (fixture build)", () => {
  it("renders markup in the article as text, never as HTML", async () => {
    const root = copyProject();
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
