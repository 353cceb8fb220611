// `npm run new-story` on an article the package has never seen (test/fixtures/articles/), in a copy of the project:
// the files it writes, then the build, then every page in Chromium. Expected values come from the fixture's text.
import {execFileSync, spawn} from "node:child_process";
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
import {buildSite, copyProject, projectRoot, removeSite} from "./helpers/site.js";

const FIXTURE = join(projectRoot, "test", "fixtures", "articles", "battery-makers-europe-2025.txt");
const article = readFileSync(FIXTURE, "utf-8");
const FLAGS = [
  "--title",
  "South Korea’s battery makers bet on Europe as electric-car demand cools",
  "--outlet",
  "Asia Wire",
  "--published",
  "2025-08-12",
  "--byline",
  "Kim Min-ji and Anna Berg"
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

// Every file of data/ (its folder of extra pages included) with its bytes, to show that a refused run changed nothing.
const snapshot = (root: string) =>
  Object.fromEntries(
    readdirSync(join(root, "data"), {recursive: true, encoding: "utf-8"})
      .filter((f) => statSync(join(root, "data", f)).isFile())
      .map((f) => [f, readFileSync(join(root, "data", f)).toString("base64")])
  );

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
  const data = (f: string) => readFileSync(join(root, "data", f), "utf-8");

  beforeAll(async () => {
    root = copyProject();
    // An extra page of the previous story, which cites its figures: new-story retires it with its other words.
    mkdirSync(join(root, "data", "pages"), {recursive: true});
    writeFileSync(join(root, "data", "pages", "background.md"), "# Background\n\nAWS: [[aws_cloud]].\n");
    // The article as a Windows editor saves it: a byte-order mark and CRLF line ends.
    const input = join(root, "..", `${root.split("/").pop()}-article.txt`);
    writeFileSync(input, `\ufeff${article.replace(/\n/g, "\r\n")}`);
    run = await newStory(root, [input, ...FLAGS]);
    rmSync(input);
  });
  afterAll(() => removeSite(root));

  it("exits 0 and says what it wrote, the pair it found, and what to do next", () => {
    expect(run.stderr).not.toMatch(/new-story:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("not a git repository");
    expect(run.stdout).toContain("data/figures.csv: 7 draft figures (2 KRW, 3 USD, 2 EUR)");
    expect(run.stdout).toContain('lead "krw_2_8tn" (2.8 trillion won)');
    // Its own check of the draft, with the reference files linked in from data/, asks for nothing.
    expect(run.stdout).not.toContain("The build will ask for");
    expect(run.stdout).toContain("byte-order mark removed, line ends made LF");
    // 2.8 trillion won for US$2 billion: 2.8e12 / 2e9 = 1,400 won per dollar.
    expect(run.stdout).toContain("2.8 trillion won (US$2 billion) → krw_2_8tn and usd_2bn: 1400.00 KRW per US$");
    expect(run.stdout).toMatch(
      /Next steps:[\s\S]*checked[\s\S]*restates[\s\S]*converts[\s\S]*data\/story\.md[\s\S]*npm run build[\s\S]*npm start/
    );
  });

  it("writes the article with LF line ends and no byte-order mark, and its metadata", () => {
    expect(data("article.txt")).toBe(article);
    expect(JSON.parse(data("article.json"))).toEqual({
      file: "article.txt",
      title: "South Korea’s battery makers bet on Europe as electric-car demand cools",
      authors: ["Kim Min-ji", "Anna Berg"],
      agency: "",
      outlet: "Asia Wire",
      published: "2025-08-12",
      dateline: "",
      source: "supplied by the journalist"
    });
  });

  it("drafts one figure per money amount, each quoted verbatim and uniquely from the article", () => {
    const rows = csvParse(data("figures.csv"));
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
    const story = JSON.parse(data("story.json"));
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
    const prose = data("story.md");
    expect(prose.split("\n")[0]).toBe("# South Korea’s battery makers bet on Europe as electric-car demand cools");
    // One switch for every conversion, and the sums stated by a summary the build computes, not by text.
    expect(prose.match(/^::: (conversions?|summary).*$/gm)).toEqual(["::: summary", "::: conversions"]);
    expect(prose).not.toContain("[[");
  });

  it("leaves empty checks, a source row for every file, and removes the previous story's own files", () => {
    expect(data("not-figures.csv")).toBe("text,reason\n");
    expect(data("fact-check.csv")).toBe("figure_id,claim,primary_source_says,verdict,source\n");
    expect(existsSync(join(root, "data", "fact-check.md"))).toBe(false);
    expect(existsSync(join(root, "data", "corrections.csv"))).toBe(false);
    expect(existsSync(join(root, "data", "pages"))).toBe(false);
    expect(run.stdout).toMatch(/removed the previous story's .*data\/pages \(still in git history\)/);
    const sources = csvParse(data("sources.csv"));
    expect(sources.map((s) => s.file).sort()).toEqual(readdirSync(join(root, "data")).sort());
    // The rate files' rows are the ones the project had.
    const before = csvParse(readFileSync(join(projectRoot, "data", "sources.csv"), "utf-8"));
    for (const f of ["usdjpy-daily.csv", "fx-monthly-fred.csv"])
      expect(sources.find((s) => s.file === f)).toEqual(before.find((s) => s.file === f));
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

    it.each(["/", "/fact-check", "/methodology", "/data", "/embed/money"])(
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

    it("prints each amount and its US$ conversion in the story page's HTML, before any script runs", async () => {
      const html = await (await fetch(`${server.url}/`)).text();
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
      expect(text).toContain("South Korea’s battery makers bet on Europe as electric-car demand cools");
    });
  });
});

describe("npm run new-story refuses, and writes nothing", () => {
  let root: string;
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=tech-edge tests", "-c", "user.email=tests@tech-edge.invalid", ...args], {
      cwd: root,
      stdio: "pipe"
    });

  beforeAll(() => {
    root = copyProject();
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "the project as it is");
  });
  afterAll(() => removeSite(root));

  it("when data/ has uncommitted changes, unless given --force (which then writes the draft)", async () => {
    writeFileSync(join(root, "data", "figures.csv"), `${readFileSync(join(root, "data", "figures.csv"), "utf-8")}\n`);
    const before = snapshot(root);
    const run = await newStory(root, [FIXTURE, ...FLAGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("uncommitted changes");
    expect(run.stderr).toContain("data/figures.csv");
    expect(run.stderr).toContain("--force");
    expect(snapshot(root)).toEqual(before);
    const forced = await newStory(root, [FIXTURE, ...FLAGS, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, "data", "figures.csv"), "utf-8")).toMatch(
      /^id,.*,status,period,restates,converts\nkrw_2_8tn,/
    );
    git("checkout", "--", "data");
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
    const article = readFileSync(FIXTURE, "utf-8");
    const copies = Math.ceil(200_000 / Buffer.byteLength(article)); // a 200 kB report: the article, again and again
    const file = join(root, "report.txt");
    writeFileSync(file, `${article.trim()}\n\n`.repeat(copies));
    const run = await newStory(root, [file, ...FLAGS, "--force"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^new-story: drafting a 0\.2 MB text…\nnew-story: drafted \d+ figure\(s\) in [\d.]+ s; checking/
    );
    expect(run.stderr).toMatch(/new-story: checked in [\d.]+ s\n$/);
    expect(run.stdout).not.toContain("The build will ask for");
    // Each money amount of the article is a row, once for each copy.
    const rows =
      readFileSync(join(root, "data", "figures.csv"), "utf-8")
        .trim()
        .split("\n").length - 1;
    git("checkout", "--", "data", "docs");
    git("clean", "-fdq", "data", "docs");
    const single = await newStory(root, [FIXTURE, ...FLAGS, "--force"]);
    expect(single.code).toBe(0);
    const perCopy =
      readFileSync(join(root, "data", "figures.csv"), "utf-8")
        .trim()
        .split("\n").length - 1;
    expect(rows).toBe(perCopy * copies);
    git("checkout", "--", "data", "docs");
    git("clean", "-fdq", "data", "docs");
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

// Every draft builds, whatever the article: all in US$ (one amount), no money at all, in Japanese.
describe.each([
  [
    "all in US$, one amount said twice",
    "Acme said it would invest US$2 billion in Ohio.\nThe plant will employ 1,500 people.\nAcme's US$2 billion Ohio plant opens in 2027.\n",
    "The story’s main sum is US$2 billion",
    "data/figures.csv: 1 draft figure (1 USD), and 1 restatement of them (column restates)"
  ],
  [
    "with no money",
    "The city council voted on Tuesday to close the old library on Main Street.\nResidents protested for three hours.\n",
    "No sum of money was found in this article",
    "data/figures.csv: 0 draft figures;"
  ],
  [
    "in Japanese",
    "政府は2025年度補正予算案を閣議決定した。\n半導体支援に1兆5000億円を計上する。\n",
    "most of this article is in another script",
    "data/figures.csv: 0 draft figures;"
  ]
])("new-story on an article %s", (_, text, says, wrote) => {
  let root: string;
  let build: {code: number; output: string};
  let run: {code: number; stdout: string; stderr: string};
  beforeAll(async () => {
    root = copyProject();
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
    build = await buildSite(root);
  });
  afterAll(() => removeSite(root));

  it("writes a draft that builds, whose page says what was found", () => {
    expect(run.code, run.stderr).toBe(0);
    // A restatement is counted apart from the figures, and not in the currencies' counts.
    expect(run.stdout).toContain(wrote);
    expect(build.output.split("\n").slice(-20).join("\n")).not.toMatch(/error:/);
    expect(build.code).toBe(0);
    const html = pageText(readFileSync(join(root, "dist", "index.html"), "utf-8"));
    expect(html).toContain(says);
    // Nothing to convert: no rate switch on the page.
    expect(readFileSync(join(root, "dist", "index.html"), "utf-8")).not.toContain('class="controls"');
  });
});

describe("npm run new-story on an article from a dollar country other than the US", () => {
  // No country named: only the journalist's --dollar, or the outlet, says whose dollar a bare "$" is.
  const text =
    "The Treasurer said the budget sets aside $18.4 billion for defence over four years.\n\nA further $2.5 billion goes to housing, and US$300 million to a joint research fund.\n";
  let root: string;
  const figures = () => csvParse(readFileSync(join(root, "data", "figures.csv"), "utf-8"));
  const draft = (more: string[]) =>
    newStory(root, [join(root, "article.txt"), "--title", "Budget", "--published", "2025-05-13", ...more, "--force"]);

  beforeAll(() => {
    root = copyProject();
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
    expect(JSON.parse(readFileSync(join(root, "data", "article.json"), "utf-8")).currency).toBe("AUD");
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
