// The engine on a second story, frozen in test/fixtures/story-won: the draft that new-story writes for a Korean
// budget article (test/fixtures/articles/korea-budget-2026.txt), published 2025-08-29, with amounts repeated in
// one sentence, restated across the text, and of past, present and future years. Expected values are read from
// the article and the rate file here, not from the engine.
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {storyModel} from "../../src/index.js";
import {build, readStory} from "../helpers/project.js";
import {projectRoot} from "../../scripts/root.js";
import {renderPage} from "../../scripts/pages.js";
import {staticDocument} from "../../scripts/pages/context.js";

const files = readStory(join(projectRoot, "test", "fixtures", "story-won"));
const project = build(files);
const model = storyModel(project);
const ctx = {document: staticDocument(), preview: false};
const published = "2025-08-29";

// The mean of the monthly South Korean won rates from `from` to `to` (YYYY-MM), read from the CSV's lines.
function wonMean(from: string, to: string): number {
  const rates = files.fxMonthly
    .split("\n")
    .filter((l) => l.includes(",South Korea,") && l.slice(0, 7) >= from && l.slice(0, 7) <= to)
    .map((l) => Number(l.split(",")[2]));
  return rates.reduce((a, b) => a + b) / rates.length;
}

describe("a second story: the Korean budget", () => {
  it("builds, with one figure per amount: two equal amounts of one sentence apart, a restatement joined", () => {
    const fifteens = project.mentions.filter((m) => m.text === "15 trillion won");
    expect(fifteens.map((m) => m.figure_ids)).toEqual([["krw_15tn"], ["krw_15tn_2"]]);
    const thirties = project.mentions.filter((m) => m.text === "30 trillion won");
    expect(thirties.map((m) => m.figure_ids)).toEqual([["krw_30tn"], ["krw_30tn"]]);
    expect(project.figures.map((f) => f.id)).not.toContain("krw_30tn_2");
    // Every money amount of the article is a figure or a mention of one.
    for (const m of project.mentions.filter((d) => d.kind === "money")) expect(m.figure_ids.length, m.text).toBe(1);
  });

  it("converts each amount at the rates of its own time", () => {
    // Last year's budget (2024): the mean of 2024's twelve monthly rates.
    expect(model.fx.krw_656_6tn.mean!.rate).toBeCloseTo(wonMean("2024-01", "2024-12"), 9);
    // This year's (2025), still under way: January to July 2025, the month before publication.
    expect(model.fx.krw_29_6tn.mean!.rate).toBeCloseTo(wonMean("2025-01", "2025-07"), 9);
    // Next year's (2026), yet to be spent: the three months before publication, May to July 2025.
    for (const id of ["krw_728tn", "krw_35_3tn", "krw_30tn", "krw_15tn", "krw_15tn_2"]) {
      expect(model.fx[id].mean!.rate, id).toBeCloseTo(wonMean("2025-05", "2025-07"), 9);
      expect(model.fx[id].mean!.note, id).toContain("yet to be spent");
    }
  });

  it("every averaging window overlaps the amount's period, or for a future one ends just before publication", () => {
    for (const c of model.conversions) {
      const f = model.figures.find((d) => d.id === c.figure)!;
      const {window_start: start, window_end: end} = model.fx[f.id].mean!;
      const [from, to] = f.period.includes("..") ? f.period.split("..") : [f.period, f.period];
      const periodStart = `${from}-01-01`.slice(0, 10);
      if (periodStart > published) {
        const daysBefore = (Date.parse(published) - Date.parse(end)) / 86_400_000;
        expect(daysBefore, f.id).toBeGreaterThanOrEqual(0);
        expect(daysBefore, f.id).toBeLessThan(62);
      } else
        expect(start <= `${to}-12-31` && end >= periodStart, `${f.id}: ${start}..${end} vs ${f.period}`).toBe(true);
    }
  });

  it("leads on the story's money, not the largest sum, and has one switch for every conversion", () => {
    // The first amount of the first paragraph: "a 728 trillion won ($523 billion) budget for next year".
    expect(project.story.lead).toBe("krw_728tn");
    const summary = project.prose.blocks.find((b) => b.type === "markdown")!;
    expect(summary.type === "markdown" && summary.tokens.map((t) => t.id)).toEqual([
      "krw_728tn",
      "krw_728tn",
      "krw_1415tn",
      "krw_1415tn"
    ]);
    const page = renderPage(project, model, "/index", ctx);
    expect(page.match(/class="controls"/g)).toHaveLength(1);
    expect(page.match(/view\(basisRadio\(/g)).toHaveLength(1);
    // The lead has the sweep; the conversion table has a row for each conversion.
    expect(model.sweeps).toEqual(["krw_728tn"]);
    expect(page.match(/<tr>/g)!.length).toBeGreaterThanOrEqual(model.conversions.length);
  });

  it("counts each money once: the article's 12 amounts are 10 sums, a restatement and a conversion", () => {
    const money = project.mentions.filter((m) => m.kind === "money");
    expect(money).toHaveLength(12);
    // "the more than 30 trillion won fund" restates the fund; "$523 billion" is the article's own conversion.
    expect(project.figures.map((f) => f.id)).not.toContain("krw_30tn_2");
    expect(project.figures.find((f) => f.id === "usd_523bn")?.converts).toBe("krw_728tn");
    const summary = project.prose.blocks.find((b) => b.type === "markdown")!;
    expect(summary.type === "markdown" && summary.text).toContain("The article names 10 sums of money;");
    const bars = project.story.charts.find((c) => c.id === "money") as unknown as {bars: {figure: string}[]};
    expect(bars.bars).toHaveLength(10);
    expect(new Set(bars.bars.map((b) => b.figure)).size).toBe(10);
    expect(model.conversions).toHaveLength(10);
  });
});

describe("a 120-amount article", () => {
  it("drafts a story that builds: every amount a figure, one switch, one sweep", async () => {
    const {draftStory, rateSeries} = await import("../../src/index.js");
    const {longArticle} = await import("../helpers/articles.js");
    const {REFERENCE_FILES, draftProject, files: seed} = await import("../helpers/project.js");
    const text = longArticle(120);
    const {series} = rateSeries(seed.rates, seed.fxMonthly, []);
    const draft = draftStory({
      text,
      series,
      title: "A hundred and twenty amounts",
      outlet: "Wire",
      published: "2025-09-01",
      sources: seed.sources,
      keptFiles: REFERENCE_FILES
    });
    const long = draftProject(draft);
    expect(long.figures).toHaveLength(120);
    const m = storyModel(long);
    expect(m.sweeps).toHaveLength(1);
    const page = renderPage(long, m, "/index", ctx);
    expect(page.match(/class="controls"/g)).toHaveLength(1);
    // One bar chart and one sweep drawn for the page (twice each: desktop and phone), and the rates of one currency.
    expect(page.match(/<figure class="chart"/g)).toHaveLength(3);
  });
});
