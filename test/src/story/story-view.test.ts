// The story as a view over the registry: each correction a journalist makes to a draft is one cell of
// data/figures.csv, after which the build passes and every chart, table, count and sentence follows. Read on the
// Korean budget draft (test/fixtures/story-won), with expectations counted from its article by hand.
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {
  InputError,
  formatProblem,
  isBars,
  nearestId,
  outsideArticleTime,
  storyModel,
  type Project
} from "../../../src/index.js";
import {conversionRows} from "../../../src/story/rows.js";
import {restatements, roundedTo} from "../../../src/story/story-view.js";
import type {Problem} from "../../../src/inputs/errors.js";
import {buildReport} from "../../../scripts/engine.js";
import {projectRoot} from "../../../scripts/root.js";
import {build, readStory} from "../../helpers/project.js";

const won = readStory(join(projectRoot, "test", "fixtures", "story-won"));

// The draft with one cell of its registry changed: `id`'s `column` set to `value`.
function withCell(id: string, column: string, value: string, files = won) {
  const rows = csvParse(files.figures);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  row[column] = value;
  return {...files, figures: `${csvFormat(rows, rows.columns)}\n`};
}

const bars = (p: Project) => p.story.charts.filter(isBars)[0].bars;
const summary = (p: Project) =>
  p.prose.blocks.flatMap((b) => (b.type === "markdown" && b.text.includes("main sum") ? [b.text] : []))[0];
function problems(files: typeof won): string[] {
  try {
    build(files);
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
}

describe("one fact, one cell", () => {
  const before = build(won);

  it("marks a mention as a restatement, and clears it again, each in one cell", () => {
    // "15 trillion won of private capital" marked as one more mention of the bonds' 15 trillion won.
    const after = build(withCell("krw_15tn_2", "restates", "krw_15tn"));
    expect(bars(before)).toHaveLength(10);
    expect(bars(after).map((b) => b.figure)).toEqual(
      bars(before)
        .map((b) => b.figure)
        .filter((id) => id !== "krw_15tn_2")
    );
    expect(after.story.conversions.map((c) => c.figure)).not.toContain("krw_15tn_2");
    expect(conversionRows(storyModel(after)).map((r) => r.figure_id)).not.toContain("krw_15tn_2");
    expect(summary(before)).toContain("names 10 sums of money");
    expect(summary(after)).toContain("names 9 sums of money");
    // Cleared again: the draft as it was.
    const cleared = build(withCell("krw_15tn_2", "restates", "", withCell("krw_15tn_2", "restates", "krw_15tn")));
    expect(bars(cleared)).toEqual(bars(before));
  });

  it("prints a restating row's figure wherever it is cited or named: prose, chart lists, the lead", () => {
    const story = JSON.parse(won.story!);
    story.lead = "krw_30tn_2";
    story.charts.push({
      id: "fund",
      type: "bars",
      title: "The fund",
      bars: [{figure: "krw_30tn"}, {figure: "krw_30tn_2", label: "Again"}, {figure: "krw_15tn"}]
    });
    const p = build({
      ...won,
      story: JSON.stringify(story),
      prose: `${won.prose}\nThe fund of [[krw_30tn_2]].\n\n::: chart fund\n`
    });
    expect(p.story.lead).toBe("krw_30tn");
    expect(p.story.conversions[0].figure).toBe("krw_30tn");
    // Named twice through its restatement, the fund is one bar.
    const fund = p.story.charts.filter(isBars).find((c) => c.id === "fund")!;
    expect(fund.bars.map((b) => [b.figure, b.label])).toEqual([
      ["krw_30tn", "Fund for advanced industries"],
      ["krw_15tn", "Government-guaranteed bonds"]
    ]);
    const cited = p.prose.blocks.flatMap((b) => (b.type === "markdown" ? b.tokens : [])).at(-1)!;
    expect(cited.id).toBe("krw_30tn");
  });

  it("marks and unmarks the article's own US$ conversion in one cell", () => {
    // Without `converts`, the headline's "$523 billion" is a sum of its own, and no pair gives the won an article rate.
    const unmarked = build(withCell("usd_523bn", "converts", ""));
    expect(bars(unmarked).map((b) => b.figure)).toContain("usd_523bn");
    expect(summary(unmarked)).toContain("names 11 sums of money in 2 currencies");
    expect(unmarked.story.conversions.find((c) => c.figure === "krw_728tn")?.article_usd).toBeUndefined();
    // Marked, it is the 728 trillion won's own conversion: 728e12 / 523e9 won a dollar.
    expect(bars(before).map((b) => b.figure)).not.toContain("usd_523bn");
    expect(before.story.conversions.find((c) => c.figure === "krw_728tn")?.article_usd).toBe("usd_523bn");
    expect(before.fx.krw_728tn.article!.rate).toBeCloseTo(728e12 / 523e9, 9);
  });

  it("relabels a figure in one cell: its bar and its row of the conversion table", () => {
    const p = build(withCell("krw_10_1tn", "label", "AI spending, 2025–2030"));
    expect(bars(p).find((b) => b.figure === "krw_10_1tn")?.label).toBe("AI spending, 2025–2030");
    expect(conversionRows(storyModel(p)).find((r) => r.figure_id === "krw_10_1tn")?.label).toBe(
      "AI spending, 2025–2030"
    );
  });

  it("corrects a period in one cell: the amount's mean is of its new time", () => {
    const p = build(withCell("krw_656_6tn", "period", "2023"));
    const rates = won.fxMonthly
      .split("\n")
      .filter((l) => l.startsWith("2023-") && l.includes(",South Korea,"))
      .map((l) => Number(l.split(",")[2]));
    expect(rates).toHaveLength(12);
    expect(p.fx.krw_656_6tn.mean!.rate).toBeCloseTo(rates.reduce((a, b) => a + b) / 12, 9);
  });

  it("takes a label left out from the entity, and says so as a note, not an error", () => {
    const p = build(withCell("krw_6tn", "label", "", withCell("krw_6tn", "entity", "Ministry of Science")));
    expect(bars(p).find((b) => b.figure === "krw_6tn")?.label).toBe("Ministry of Science");
    const line = won.figures.split("\n").findIndex((l) => l.startsWith("krw_6tn,")) + 1;
    expect(p.warnings.map(formatProblem)).toEqual([
      `data/figures.csv:${line}: "krw_6tn" has no label: chart "money" calls it "Ministry of Science"; write one in its "label" cell`
    ]);
    // The build prints it as a note, not an error.
    expect(buildReport(p)).toBe(
      `note: data/figures.csv:${line}: "krw_6tn" has no label: chart "money" calls it "Ministry of Science"; write one in its "label" cell\n`
    );
  });

  it("with a lead in US$, puts the slider in the currency most foreign amounts are in, and says so", () => {
    const story = JSON.parse(won.story!);
    story.lead = "usd_523bn";
    const files = withCell("usd_523bn", "converts", "");
    const p = build({...files, story: JSON.stringify(story)});
    expect(p.story.lead).toBe("usd_523bn");
    expect(storyModel(p).conversions[0].currency).toBe("KRW");
    expect(p.warnings.map(formatProblem)).toEqual([
      'data/story.json: the lead "usd_523bn" is in US$: the rate slider and sweep are in KRW, the currency most of the article\'s foreign amounts are in ("krw_728tn")'
    ]);
  });

  it("refuses what no longer has a home in story.json, an unknown rule, and a converts that joins no pair", () => {
    const story = JSON.parse(won.story!);
    const old = JSON.stringify({...story, conversions: [{figure: "krw_728tn", article_usd: "usd_523bn"}]}, null, 2);
    expect(problems({...won, story: old})).toEqual([
      `data/story.json:${old.split("\n").findIndex((l) => l.includes('"conversions"')) + 1}: "conversions" is no longer read: every foreign amount of the article is converted, and the article's own US$ amount is marked in data/figures.csv, its "converts" column naming the amount it converts`
    ]);
    story.charts[0].figures = "everything";
    expect(problems({...won, story: JSON.stringify(story, null, 2)})[0]).toMatch(
      /chart "money": "figures": "everything" is not a rule: use "money" or "foreign", or a list$/
    );
    const line = won.figures.split("\n").findIndex((l) => l.startsWith("usd_523bn,")) + 1;
    expect(problems(withCell("usd_523bn", "converts", "krw_1415tn"))).toEqual([
      `data/figures.csv:${line}: "usd_523bn" converts "krw_1415tn", but the article prints no "1,415 trillion won ($523 billion)" pair joining them: clear "converts" if it is not the article's own conversion`
    ]);
    expect(problems(withCell("usd_523bn", "converts", "krw_728t"))).toEqual([
      `data/figures.csv:${line}: "usd_523bn" converts "krw_728t", which is not in data/figures.csv; did you mean "krw_728tn"?`
    ]);
  });
});

describe("a registry read only in part", () => {
  it("names the broken line alone, not the restatements whose figures it hid", () => {
    const lines = won.figures.split("\n");
    const at = lines.findIndex((l) => l.startsWith("krw_15tn,"));
    lines[at] = lines[at].replace(",KRW,", ',KRW,"broken');
    const found = problems({...won, figures: lines.join("\n")});
    // One problem, the CSV's own at the broken line: krw_30tn_2's restatement of krw_30tn is not blamed.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^data/figures.csv:${at + 1}: .*quote`));
  });
});

describe("the article's rate belongs to the article's time", () => {
  it("is the mean of its own time for money of a period outside the three months before publication", () => {
    expect(outsideArticleTime("2021..2023", "2024-04-14")).toBe("2021–2023");
    expect(outsideArticleTime("2024-01..2024-03", "2024-04-14")).toBe("");
    expect(outsideArticleTime("2024", "2024-04-14")).toBe("");
    expect(outsideArticleTime("2026", "2025-08-29")).toBe("2026");
    expect(outsideArticleTime("", "2024-04-14")).toBe("");
    // In the won draft the article's pair sets the won's article rate; last year's budget (2024) is at 2024's mean.
    const p = build({
      ...won,
      story: won.story!.replace('"default_basis": "mean"', '"default_basis": "article"')
    });
    expect(p.fx.krw_656_6tn.article!.rate).toBe(p.fx.krw_656_6tn.mean!.rate);
    expect(p.fx.krw_656_6tn.article!.note).toContain("this money is of 2024");
    // The amount the article itself converts keeps the article's rate.
    expect(p.fx.krw_728tn.article!.rate).toBeCloseTo(728e12 / 523e9, 9);
    const row = conversionRows(storyModel(p), {basis: "article"}).find((r) => r.figure_id === "krw_656_6tn")!;
    expect(row.note).toContain("the article’s own rate is of its own time");
  });
});

describe("nearestId", () => {
  it("suggests an id a letter or two off, and nothing far", () => {
    expect(nearestId("aws_clod", ["aws_cloud", "microsoft_ai"])).toBe("aws_cloud");
    expect(nearestId("krw_728t", ["krw_728tn", "krw_72tn"])).toBe("krw_728tn");
    expect(nearestId("budget", ["aws_cloud", "microsoft_ai"])).toBeUndefined();
  });
});

describe("a restatement that rounds", () => {
  // A row of the registry as restatements() reads it: an id, its amount and what it restates.
  const row = (id: string, value: number, restates = "", line = 2) =>
    ({
      id,
      kind: "reported",
      unit: "EUR",
      in_article: true,
      restates,
      converts: "",
      label: "",
      entity: "",
      quote: "",
      line,
      value
    }) as const;

  it("may be the figure's amount rounded to the digits it shows: a headline's EUR 10 bn for EUR 9.9 billion", () => {
    expect(roundedTo(9.9e9, 10e9)).toBe(true);
    expect(roundedTo(1.24e9, 1.2e9)).toBe(true);
    expect(roundedTo(9.87e9, 9.9e9)).toBe(true);
    // (not an amount that would round otherwise, nor one with fewer than two digits' agreement)
    expect(roundedTo(9.4e9, 10e9)).toBe(false);
    expect(roundedTo(1.26e9, 1.2e9)).toBe(false);
    expect(roundedTo(590e9, 600e9)).toBe(false);
    expect(roundedTo(9.9, 9)).toBe(false);
  });

  it("joins the headline's rounded amount to its figure, and refuses one that is another amount, at its line", () => {
    const problems: Problem[] = [];
    const figures = [
      row("eur_9_9bn", 9.9e9),
      row("eur_10bn", 10e9, "eur_9_9bn", 3),
      row("eur_7bn", 7e9, "eur_9_9bn", 4)
    ];
    expect([...restatements(figures, "data/figures.csv", problems)]).toEqual([["eur_10bn", "eur_9_9bn"]]);
    expect(problems).toEqual([
      {
        file: "data/figures.csv",
        line: 4,
        message:
          '"eur_7bn" restates "eur_9_9bn", but says 7000000000 EUR where "eur_9_9bn" says 9900000000 EUR, and is not that amount rounded: clear "restates" if they are different amounts'
      }
    ]);
  });
});
