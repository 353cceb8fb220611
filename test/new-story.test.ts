// `npm run new-story` on an article the package has never seen (test/fixtures/articles/), in a copy of the project:
// the story it adds to the desk, then the desk's build, then every page in Chromium. Expected values come from the
// fixture's text. (Its refusals and other articles: new-story-edges.test.ts.)
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {JSDOM} from "jsdom";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../scripts/browser.js";
import {serveStatic, type StaticServer} from "../scripts/static-server.js";
import {TABLES, formatMoney} from "../src/index.js";
import {settled} from "./helpers/settled.js";
import {buildSite, copySeedDesk, projectRoot, removeSite} from "./helpers/site.js";
import {
  article,
  HEADLINE,
  FLAGS,
  SLUG,
  SEED,
  DRAFTED,
  newStory,
  snapshot,
  changes,
  pageText
} from "./helpers/new-story.js";

describe("npm run new-story on an unseen article", () => {
  let root: string;
  let run: {code: number; stdout: string; stderr: string};
  let [before, after]: Record<string, string>[] = [];
  const storyFile = (f: string) => readFileSync(join(root, "stories", SLUG, f), "utf-8");

  beforeAll(async () => {
    root = copySeedDesk();
    // An extra page of the seed story, which cites its figures: the new story leaves it, and the seed, as they are.
    mkdirSync(join(root, "stories", SEED, "pages"), {recursive: true});
    writeFileSync(join(root, "stories", SEED, "pages", "background.md"), "# Background\n\nAWS: [[aws_cloud]].\n");
    before = snapshot(root);
    // The article as a Windows editor saves it: a byte-order mark and CRLF line ends.
    const input = join(root, "..", `${root.split("/").pop()}-article.txt`);
    writeFileSync(input, `\ufeff${article.replace(/\n/g, "\r\n")}`);
    run = await newStory(root, [input, ...FLAGS]);
    rmSync(input);
    after = snapshot(root);
  });
  afterAll(() => removeSite(root));

  it("exits 0 and says what it wrote, the pair it found, and what to do next", () => {
    expect(run.stderr).not.toMatch(/new-story:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `new-story: added a story to the desk: “${HEADLINE}” (Asia Wire, 2025-08-12), in stories/${SLUG}/`
    );
    expect(run.stdout).toContain(`stories/${SLUG}/figures.csv: 7 draft figures (2 KRW, 3 USD, 2 EUR)`);
    expect(run.stdout).toContain('lead "krw_2_8tn" (2.8 trillion won)');
    expect(run.stdout).toContain("No other story was touched.");
    // Its own check of the draft, with the reference data of data/, asks for nothing.
    expect(run.stdout).not.toContain("The build will ask for");
    expect(run.stdout).toContain("byte-order mark removed, line ends made LF");
    // 2.8 trillion won for US$2 billion: 2.8e12 / 2e9 = 1,400 won per dollar.
    expect(run.stdout).toContain("2.8 trillion won (US$2 billion) → krw_2_8tn and usd_2bn: 1400.00 KRW per US$");
    expect(run.stdout).toContain(
      `Next steps:\n  1. Check each figure in stories/${SLUG}/figures.csv against the article and its source`
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `checked[\\s\\S]*restates[\\s\\S]*converts[\\s\\S]*stories/${SLUG}/story\\.md[\\s\\S]*npm run build -- --story ${SLUG} [\\s\\S]*npm start -- --story ${SLUG} `
      )
    );
  });

  it("writes its story's folder and nothing else: no other story, nor data/, is touched", () => {
    expect(changes(before, after)).toEqual(DRAFTED.map((f) => `stories/${SLUG}/${f}`));
    // No scratch folder is left beside the stories.
    expect(readdirSync(join(root, "stories")).sort()).toEqual([SEED, SLUG]);
    expect(readFileSync(join(root, "stories", SEED, "pages", "background.md"), "utf-8")).toBe(
      "# Background\n\nAWS: [[aws_cloud]].\n"
    );
  });

  it("writes the article with LF line ends and no byte-order mark, and its metadata", () => {
    expect(storyFile("article.txt")).toBe(article);
    expect(JSON.parse(storyFile("article.json"))).toEqual({
      file: "article.txt",
      title: HEADLINE,
      authors: ["Kim Min-ji", "Anna Berg"],
      agency: "",
      outlet: "Asia Wire",
      published: "2025-08-12",
      dateline: "",
      source: "supplied by the journalist"
    });
  });

  it("drafts one figure per money amount, each quoted verbatim and uniquely from the article", () => {
    const rows = csvParse(storyFile("figures.csv"));
    expect(rows.columns).toEqual([
      "id",
      "label",
      "entity",
      "category",
      "kind",
      "value",
      "unit",
      "as_of",
      "in_article",
      "quote",
      "derive",
      "source",
      "note",
      "status",
      "period",
      "restates",
      "converts"
    ]);
    // The fixture's money, in the order it is written.
    const amounts: [string, string, string, string][] = [
      ["krw_2_8tn", "2800000000000", "KRW", "2.8 trillion won"],
      ["usd_2bn", "2000000000", "USD", "US$2 billion"],
      ["eur_1_2bn", "1200000000", "EUR", "€1.2 billion"],
      ["eur_500m", "500000000", "EUR", "€500 million"],
      ["krw_122_5bn", "122500000000", "KRW", "122.5 billion won"],
      ["usd_7_6bn", "7600000000", "USD", "US$7.6 billion"],
      ["usd_350m", "350000000", "USD", "US$350 million"]
    ];
    expect(rows.map((r) => [r.id, r.value, r.unit])).toEqual(amounts.map(([id, value, unit]) => [id, value, unit]));
    for (const [i, r] of rows.entries()) {
      expect(r).toMatchObject({
        entity: "",
        category: "money",
        kind: "reported",
        as_of: "2025-08-12",
        in_article: "true",
        derive: "",
        source: "article (Asia Wire 2025-08-12)",
        status: "draft"
      });
      expect(r.quote).toContain(amounts[i][3]);
      expect(article.indexOf(r.quote!)).toBeGreaterThanOrEqual(0);
      expect(article.indexOf(r.quote!)).toBe(article.lastIndexOf(r.quote!));
    }
    expect(rows.find((r) => r.id === "eur_1_2bn")!.quote).toBe(
      "Samsung SDI plans to spend €1.2 billion on a new cell factory in Hungary"
    );
    expect(rows.find((r) => r.id === "usd_2bn")!.quote).toBe(
      "LG Energy Solution said on Tuesday it would invest 2.8 trillion won (US$2 billion) to expand its plant near Wroclaw"
    );
    // Each amount's time, from its own sentence: the loss was "in the second quarter" (of 2025); the others give none.
    expect(rows.map((r) => [r.id, r.period])).toEqual(
      amounts.map(([id]) => [id, id === "krw_122_5bn" ? "2025-04..2025-06" : ""])
    );
    // The bracketed US$2 billion is the article's own conversion of the 2.8 trillion won; every row has a label.
    expect(rows.filter((r) => r.converts).map((r) => [r.id, r.converts])).toEqual([["usd_2bn", "krw_2_8tn"]]);
    for (const r of rows) expect(r.label, r.id).not.toBe("");
  });

  it("writes the generic story: the money by rule, led by the article's first sum, counted at build", () => {
    const story = JSON.parse(storyFile("story.json"));
    // No list of conversions or bars: every foreign amount is converted, and the chart draws the money by rule.
    expect(story.conversions).toBeUndefined();
    expect(story.charts[0]).toEqual({
      id: "money",
      type: "bars",
      title: "The money in the article, in US dollars",
      figures: "money"
    });
    // The headline names no amount: the lead is the first sum of the first paragraph, LG's 2.8 trillion won.
    expect(story.lead).toBe("krw_2_8tn");
    // Not every amount has a printed conversion, so each is stated at the rates of its own time; no story-wide window.
    expect(story.default_basis).toBe("mean");
    expect(story.mean_window).toBeUndefined();
    // One chart of the money, and the rates of the lead's currency.
    expect(story.charts.map((c: {id: string}) => c.id)).toEqual(["money", "rates-krw"]);
    const prose = storyFile("story.md");
    expect(prose.split("\n")[0]).toBe("# South Korea’s battery makers bet on Europe as electric-car demand cools");
    // One switch for every conversion, and the sums stated by a summary the build computes, not by text.
    expect(prose.match(/^::: (conversions?|summary).*$/gm)).toEqual(["::: summary", "::: conversions"]);
    expect(prose).not.toContain("[[");
  });

  it("leaves empty checks, no other story's files, and a source row for every file the story reads", () => {
    expect(storyFile("not-figures.csv")).toBe("text,reason\n");
    expect(storyFile("fact-check.csv")).toBe("figure_id,claim,primary_source_says,verdict,source\n");
    // The seed's summary of its checks and its extra pages are its own: the new story starts without them.
    for (const f of ["fact-check.md", "corrections.csv", "pages"])
      expect(existsSync(join(root, "stories", SLUG, f))).toBe(false);
    // Its own files and the reference data in data/ (whose sources.csv the story's own stands for).
    const sources = csvParse(storyFile("sources.csv"));
    expect(sources.map((s) => s.file).sort()).toEqual(
      [...new Set([...readdirSync(join(root, "stories", SLUG)), ...readdirSync(join(root, "data"))])].sort()
    );
    // The reference files' rows are the ones data/sources.csv has.
    const reference = csvParse(readFileSync(join(projectRoot, "data", "sources.csv"), "utf-8"));
    for (const f of ["usdjpy-daily.csv", "fx-monthly-fred.csv", "cpi-u-monthly.csv"])
      expect(sources.find((s) => s.file === f)).toEqual(reference.find((s) => s.file === f));
  });

  describe("the built site", () => {
    let server: StaticServer;
    let browser: Browser;
    let build: {code: number; output: string};

    beforeAll(async () => {
      build = await buildSite(root);
      server = await serveStatic(join(root, "dist"));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("builds with exit 0", () => {
      expect(build.output.split("\n").slice(-20).join("\n")).not.toMatch(/error:/);
      expect(build.code).toBe(0);
    });

    // The desk's home page, and every page of the new story, under its folder.
    it.each(["/", `/${SLUG}/`, `/${SLUG}/fact-check`, `/${SLUG}/methodology`, `/${SLUG}/data`, `/${SLUG}/embed/money`])(
      "%s loads with no console error and no failed request",
      async (path) => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
        page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
        page.on("requestfailed", (r) => errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
        try {
          await page.goto(`${server.url}${path}`, {waitUntil: "networkidle"});
          await page.waitForSelector("#observablehq-main");
          await settled(page, TABLES.length);
          expect(errors).toEqual([]);
          expect(await page.locator("h1").first().textContent()).toBeTruthy();
        } finally {
          await page.close();
        }
      }
    );

    it("lists the new story first on the home page, beside the seed, with its outlet, date, lead and drafts", () => {
      const document = new JSDOM(readFileSync(join(root, "dist", "index.html"), "utf-8")).window.document;
      const items = [...document.querySelectorAll(".desk-story")];
      const text = (item: Element, selector: string) => item.querySelector(selector)?.textContent?.trim();
      // The seed's headline is the first line of its prose.
      const seedHeadline = readFileSync(join(root, "stories", SEED, "story.md"), "utf-8")
        .split("\n")[0]
        .slice(2);
      expect(items.map((item) => [text(item, "h2"), item.querySelector("h2 a")?.getAttribute("href")])).toEqual([
        [HEADLINE, `./${SLUG}/`],
        [seedHeadline, `./${SEED}/`]
      ]);
      expect(text(items[0], ".desk-meta")).toBe("Asia Wire · 12 August 2025");
      // The lead is the first sum of the first paragraph, LG's 2.8 trillion won. Seven amounts, all drafts; the
      // bracketed US$2 billion is that same sum in dollars, so the story counts six sums.
      expect(text(items[0], ".desk-lead strong")).toBe("₩2.8 trillion");
      expect(text(items[0], ".desk-status")).toBe("6 sums of money · 7 figures still draft");
      expect(items[0].querySelector("img")?.getAttribute("src")).toBe(`./${SLUG}/card.png`);
      expect(existsSync(join(root, "dist", SLUG, "card.png"))).toBe(true);
    });

    it("names the story's own files where its pages tell the journalist what to edit", async () => {
      const text = pageText(await (await fetch(`${server.url}/${SLUG}/`)).text());
      expect(text).toContain(`Mark each one checked in stories/${SLUG}/figures.csv once you have checked it.`);
      const method = pageText(await (await fetch(`${server.url}/${SLUG}/methodology`)).text());
      expect(method).toContain(`a row of the figure registry (stories/${SLUG}/figures.csv)`);
      // (the reference data stays where it is, in data/)
      expect(method).toContain("data/fx-monthly-fred.csv");
      expect(method).not.toContain(`stories/${SLUG}/fx-monthly-fred.csv`);
    });

    it("prints each amount and its US$ conversion in the story page's HTML, before any script runs", async () => {
      const html = await (await fetch(`${server.url}/${SLUG}/`)).text();
      const text = pageText(html);
      // Each amount at the mean of the monthly rates of its own time, read from the rate file: the three months
      // before publication (May to July 2025) for an amount of the time of publication; April to June 2025 for
      // the second quarter's loss.
      const monthly = csvParse(readFileSync(join(root, "data", "fx-monthly-fred.csv"), "utf-8"));
      const mean = (country: string, months: string[]) =>
        months
          .map((m) => Number(monthly.find((r) => r.Date === `2025-${m}-01` && r.Country === country)!["Exchange rate"]))
          .reduce((a, b) => a + b) / months.length;
      const recent = ["05", "06", "07"];
      const [krw, eur, krwQ2] = [
        mean("South Korea", recent),
        mean("Euro", recent),
        mean("South Korea", ["04", "05", "06"])
      ];
      const expected: [string, number][] = [
        ["₩2.8 trillion", 2.8e12 / krw],
        ["€1.2 billion", 1.2e9 / eur],
        ["€500 million", 500e6 / eur],
        ["₩122.5 billion", 122.5e9 / krwQ2]
      ];
      // The largest has its sentence; every one has its row in the conversion table.
      expect(text).toContain(`₩2.8 trillion was worth ${formatMoney(2.8e12 / krw, "USD")}`);
      const rows = [...new JSDOM(html).window.document.querySelectorAll("[data-conversions] tbody tr")].map(
        (tr) => tr.textContent ?? ""
      );
      expect(rows).toHaveLength(4);
      for (const [amount, usd] of expected)
        expect(
          rows.find((r) => r.includes(amount)),
          amount
        ).toContain(formatMoney(usd, "USD"));
      for (const usd of ["US$2 billion", "US$7.6 billion", "US$350 million"]) expect(text).toContain(usd);
      expect(text).toContain(HEADLINE);
    });
  });
});
