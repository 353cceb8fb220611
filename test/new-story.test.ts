// `npm run new-story` on an article the package has never seen (test/fixtures/articles/), in a copy of the project:
// the story it adds to the desk, then the desk's build, then every page in Chromium. Expected values come from the
// fixture's text.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
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

const FIXTURE = join(projectRoot, "test", "fixtures", "articles", "battery-makers-europe-2025.txt");
const article = readFileSync(FIXTURE, "utf-8");
const HEADLINE = "South Korea’s battery makers bet on Europe as electric-car demand cools";
const FLAGS = [
  "--title",
  HEADLINE,
  "--outlet",
  "Asia Wire",
  "--published",
  "2025-08-12",
  "--byline",
  "Kim Min-ji and Anna Berg"
];
// The story's default folder: its date, then the first eight words of its headline, lower-case, the apostrophe of
// "Korea’s" dropped ("electric-car demand cools" are words nine to twelve).
const SLUG = "2025-08-12-south-koreas-battery-makers-bet-on-europe-as";
// The seed story, which every copy of the project made by copySeedDesk() holds, alone.
const SEED = "2024-04-14-japan-seeks-to-reclaim-tech-edge";
// The files of a new story's folder, as the README lists them.
const DRAFTED = [
  "article.json",
  "article.txt",
  "fact-check.csv",
  "figures.csv",
  "not-figures.csv",
  "sources.csv",
  "story.json",
  "story.md"
];

function newStory(root: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "new-story", "--", ...args], {cwd: root});
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({code: code ?? 1, stdout, stderr}));
  });
}

// Every file of the copy but node_modules (stories/, data/, docs/, the code) with its bytes, to show what a run
// wrote, and that a refused run wrote nothing: {"stories/<slug>/figures.csv": "<base64>", …}.
const snapshot = (root: string) =>
  Object.fromEntries(
    readdirSync(root)
      .filter((top) => top !== "node_modules")
      .flatMap((top) =>
        statSync(join(root, top)).isDirectory()
          ? readdirSync(join(root, top), {recursive: true, encoding: "utf-8"}).map((f) => `${top}/${f}`)
          : [top]
      )
      .filter((f) => statSync(join(root, f)).isFile())
      .map((f) => [f, readFileSync(join(root, f)).toString("base64")])
  );

// The files two snapshots differ in, added and removed ones included, sorted: ["stories/<slug>/article.txt", …].
const changes = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();

// The words of an HTML page as a reader sees them without JavaScript: no tags, no scripts, entities decoded.
function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

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

describe("npm run new-story refuses, and writes nothing", () => {
  let root: string;
  const folder = () => readdirSync(join(root, "stories", SLUG)).sort();

  beforeAll(() => {
    root = copySeedDesk();
  });
  afterAll(() => removeSite(root));

  it("when the story's folder exists, naming it and --force, which replaces that story and only it", async () => {
    const first = await newStory(root, [FIXTURE, ...FLAGS]);
    expect(first.code, first.stderr).toBe(0);
    // A file the story gained after it was drafted: --force replaces the whole folder, so it goes.
    mkdirSync(join(root, "stories", SLUG, "pages"));
    writeFileSync(join(root, "stories", SLUG, "pages", "background.md"), "# Background\n");
    const before = snapshot(root);
    const again = await newStory(root, [FIXTURE, ...FLAGS]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`stories/${SLUG}/ exists`);
    expect(again.stderr).toContain("--force");
    expect(again.stderr).toContain("Nothing was written.");
    expect(snapshot(root)).toEqual(before);
    // The seed's folder, named by --slug, is refused all the same.
    const seed = await newStory(root, [FIXTURE, ...FLAGS, "--slug", SEED]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain(`stories/${SEED}/ exists`);
    expect(snapshot(root)).toEqual(before);
    // Another outlet: the story's metadata and the figures' source change, and nothing outside its folder.
    const forced = await newStory(root, [
      FIXTURE,
      ...FLAGS.slice(0, 2),
      "--outlet",
      "Seoul Herald",
      ...FLAGS.slice(4),
      "--force"
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain(
      `new-story: replaced a story of the desk: “${HEADLINE}” (Seoul Herald, 2025-08-12), in stories/${SLUG}/`
    );
    const changed = changes(before, snapshot(root));
    expect(changed.filter((f) => !f.startsWith(`stories/${SLUG}/`))).toEqual([]);
    expect(changed).toEqual(
      expect.arrayContaining([
        `stories/${SLUG}/article.json`,
        `stories/${SLUG}/figures.csv`,
        `stories/${SLUG}/pages/background.md`
      ])
    );
    expect(folder()).toEqual(DRAFTED);
    expect(JSON.parse(readFileSync(join(root, "stories", SLUG, "article.json"), "utf-8")).outlet).toBe("Seoul Herald");
    expect(csvParse(readFileSync(join(root, "stories", SLUG, "figures.csv"), "utf-8"))[0].source).toBe(
      "article (Seoul Herald 2025-08-12)"
    );
    expect(readdirSync(join(root, "stories")).sort()).toEqual([SEED, SLUG]);
    rmSync(join(root, "stories", SLUG), {recursive: true});
  });

  it("names the folder by --slug when given, and refuses a slug that cannot name one", async () => {
    const before = snapshot(root);
    const named = await newStory(root, [FIXTURE, ...FLAGS, "--slug", "battery-bets"]);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain("in stories/battery-bets/");
    expect(named.stdout).toContain("stories/battery-bets/figures.csv: 7 draft figures");
    const after = snapshot(root);
    expect(changes(before, after)).toEqual(DRAFTED.map((f) => `stories/battery-bets/${f}`));
    expect(readFileSync(join(root, "stories", "battery-bets", "article.txt"), "utf-8")).toBe(article);
    // Capitals, a path, a space, an underscore, nothing, and the names of the desk's own pages.
    for (const slug of ["Battery-Bets", "../battery-bets", "battery bets", "battery_bets", "", "data", "embed"]) {
      const run = await newStory(root, [FIXTURE, ...FLAGS, "--slug", slug]);
      expect(run.code, slug).toBe(2);
      expect(run.stderr).toContain(`--slug "${slug}" cannot name a story`);
      expect(run.stderr).toContain("nothing was written");
      expect(snapshot(root)).toEqual(after);
    }
    rmSync(join(root, "stories", "battery-bets"), {recursive: true});
  });

  it("when the text is longer than it drafts, saying the limit", async () => {
    const file = join(root, "huge.txt");
    writeFileSync(file, "The fund raised 2 billion won. ".repeat(200_000)); // 6.2 MB
    const before = snapshot(root);
    const run = await newStory(root, [file, ...FLAGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} is 6.2 MB: new-story drafts texts up to 6.0 MB`);
    expect(snapshot(root)).toEqual(before);
  });

  it("drafts a long report that repeats itself, saying what it does, with every amount accounted for", async () => {
    const copies = Math.ceil(200_000 / Buffer.byteLength(article)); // a 200 kB report: the article, again and again
    const file = join(root, "report.txt");
    writeFileSync(file, `${article.trim()}\n\n`.repeat(copies));
    const run = await newStory(root, [file, ...FLAGS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^new-story: drafting a 0\.2 MB text…\nnew-story: drafted \d+ figure\(s\) in [\d.]+ s; checking/
    );
    expect(run.stderr).toMatch(/new-story: checked in [\d.]+ s\n$/);
    expect(run.stdout).not.toContain("The build will ask for");
    // Each money amount of the article is a row, once for each copy.
    const rows = () =>
      readFileSync(join(root, "stories", SLUG, "figures.csv"), "utf-8")
        .trim()
        .split("\n").length - 1;
    const repeated = rows();
    const single = await newStory(root, [FIXTURE, ...FLAGS, "--force"]);
    expect(single.code).toBe(0);
    expect(repeated).toBe(rows() * copies);
    rmSync(join(root, "stories", SLUG), {recursive: true});
  });

  it("when --dollar is not the ISO code of a dollar, and lists the flag in its usage", async () => {
    const before = snapshot(root);
    const run = await newStory(root, [FIXTURE, ...FLAGS, "--dollar", "EUR"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--dollar "EUR" is not the ISO code of a dollar: write one of USD,`);
    const help = await newStory(root, ["--help"]);
    expect(help.stderr).toMatch(/\[--dollar <code>\]/);
    expect(help.stderr).toMatch(/--dollar +the dollar a bare "\$" is: .*AUD.*CAD/);
    expect(snapshot(root)).toEqual(before);
  });

  it("when the publication date is not a real date", async () => {
    const before = snapshot(root);
    const run = await newStory(root, [FIXTURE, ...FLAGS.slice(0, 4), "--published", "2025-02-30"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--published "2025-02-30" is not a real date`);
    expect(snapshot(root)).toEqual(before);
  });

  it("when a flag is missing or unknown, with the usage", async () => {
    const before = snapshot(root);
    const missing = await newStory(root, [FIXTURE, "--title", "A title"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing --outlet, --published");
    expect(missing.stderr).toContain("usage: npm run new-story");
    const unknown = await newStory(root, [FIXTURE, ...FLAGS, "--date", "2025-08-12"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--date");
    expect(snapshot(root)).toEqual(before);
  });

  it("when the article is not valid UTF-8, naming its line and column", async () => {
    const file = join(root, "latin1.txt");
    // Line 2, after "Le fonds a lev" (14 characters): a Latin-1 "é", byte 0xe9.
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("Paris, 2025\nLe fonds a lev"), Buffer.from([0xe9]), Buffer.from(" €2 milliards.\n")])
    );
    const before = snapshot(root);
    const run = await newStory(root, [file, ...FLAGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:2:15: invalid UTF-8: byte 0xE9; save the file as UTF-8, and run again`);
    expect(snapshot(root)).toEqual(before);
  });
});

// Every draft builds, whatever the article: all in US$ (one amount), no money at all, in Japanese. Each is built
// alone (`npm run build -- --story <slug>`), with the desk's home page, as the report's next steps say.
describe.each([
  [
    "all in US$, one amount said twice",
    "Acme said it would invest US$2 billion in Ohio.\nThe plant will employ 1,500 people.\nAcme's US$2 billion Ohio plant opens in 2027.\n",
    "The story’s main sum is US$2 billion",
    "figures.csv: 1 draft figure (1 USD), and 1 restatement of them (column restates)"
  ],
  [
    "with no money",
    "The city council voted on Tuesday to close the old library on Main Street.\nResidents protested for three hours.\n",
    "No sum of money was found in this article",
    "figures.csv: 0 draft figures;"
  ],
  [
    "in Japanese",
    "政府は2025年度補正予算案を閣議決定した。\n半導体支援に1兆5000億円を計上する。\n",
    "most of this article is in another script",
    "figures.csv: 0 draft figures;"
  ]
])("new-story on an article %s", (_, text, says, wrote) => {
  // "A short story" of 2025-09-01.
  const slug = "2025-09-01-a-short-story";
  let root: string;
  let build: {code: number; output: string};
  let run: {code: number; stdout: string; stderr: string};
  beforeAll(async () => {
    root = copySeedDesk();
    writeFileSync(join(root, "article.txt"), text);
    run = await newStory(root, [
      join(root, "article.txt"),
      "--title",
      "A short story",
      "--outlet",
      "Wire",
      "--published",
      "2025-09-01"
    ]);
    build = await buildSite(root, "build", {args: ["--story", slug]});
  });
  afterAll(() => removeSite(root));

  it("writes a draft that builds, whose page says what was found", () => {
    expect(run.code, run.stderr).toBe(0);
    // A restatement is counted apart from the figures, and not in the currencies' counts.
    expect(run.stdout).toContain(`stories/${slug}/${wrote}`);
    expect(build.output.split("\n").slice(-20).join("\n")).not.toMatch(/error:/);
    expect(build.code).toBe(0);
    const html = readFileSync(join(root, "dist", slug, "index.html"), "utf-8");
    expect(pageText(html)).toContain(says);
    // Nothing to convert: no rate switch on the page.
    expect(html).not.toContain('class="controls"');
    expect(pageText(readFileSync(join(root, "dist", "index.html"), "utf-8"))).toContain("A short story");
  });
});

describe("npm run new-story on an article from a dollar country other than the US", () => {
  // No country named: only the journalist's --dollar, or the outlet, says whose dollar a bare "$" is.
  const text =
    "The Treasurer said the budget sets aside $18.4 billion for defence over four years.\n\nA further $2.5 billion goes to housing, and US$300 million to a joint research fund.\n";
  let root: string;
  // "Budget" of 2025-05-13: each draft replaces the last (--force).
  const story = (f: string) => readFileSync(join(root, "stories", "2025-05-13-budget", f), "utf-8");
  const figures = () => csvParse(story("figures.csv"));
  const draft = (more: string[]) =>
    newStory(root, [join(root, "article.txt"), "--title", "Budget", "--published", "2025-05-13", ...more, "--force"]);

  beforeAll(() => {
    root = copySeedDesk();
    writeFileSync(join(root, "article.txt"), text);
  });
  afterAll(() => removeSite(root));

  it("reads each bare $ as the dollar --dollar names, marks it for checking, and says so", async () => {
    const run = await draft(["--outlet", "Wire", "--dollar", "aud"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = figures().map((f) => [Number(f.value), f.unit, /check it/.test(f.note ?? "")]);
    expect(rows).toEqual([
      [18.4e9, "AUD", true],
      [2.5e9, "AUD", true],
      [300e6, "USD", false]
    ]);
    expect(run.stdout).toContain(
      'A bare "$" is read as AUD (Australian dollar): as --dollar says. 2 amounts, each drafted with a note asking for a check.'
    );
    expect(JSON.parse(story("article.json")).currency).toBe("AUD");
  });

  it("infers the dollar from the outlet, and from the text, and leaves US$ where nothing says otherwise", async () => {
    const byOutlet = await draft(["--outlet", "The Canadian Press"]);
    expect(byOutlet.code, byOutlet.stderr).toBe(0);
    expect(figures().map((f) => f.unit)).toEqual(["CAD", "CAD", "USD"]);
    expect(byOutlet.stdout).toContain(
      'A bare "$" is read as CAD (Canadian dollar): the outlet is The Canadian Press. 2 amounts, each drafted with a note asking for a check. Run again with --dollar <code> to say otherwise.'
    );
    const plain = await draft(["--outlet", "Wire", "--url", "https://example.com/budget"]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(figures().map((f) => f.unit)).toEqual(["USD", "USD", "USD"]);
    expect(plain.stdout).not.toContain('A bare "$"');
  });
});
