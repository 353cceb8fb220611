// `npm run new-story` refusing bad input and writing nothing, drafting articles at the edges (all in US$, no money,
// another script, a long report) and reading a bare "$" as the article's own dollar, each in a copy of the project.
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildSite, copySeedDesk, removeSite} from "./helpers/site.js";
import {
  FIXTURE,
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
