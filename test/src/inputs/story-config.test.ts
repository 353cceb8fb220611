// The story's shape and prose are checked with the registry: every id they name, at its file and line.
import {describe, expect, it} from "vitest";
import {CHART_TYPES, isBars, type ProjectFiles} from "../../../src/index.js";
import {build, files as seedText, problemsOf as problemsIn, withFiles as seedFiles} from "../../helpers/project.js";

const problemsOf = (changes: Partial<ProjectFiles>) => problemsIn(seedFiles(changes));

const [story, prose] = [seedText.story!, seedText.prose!];

describe("the story's prose (data/story.md)", () => {
  it("refuses a citation of an id that is not in the registry, naming its line", () => {
    const lines = prose.split("\n");
    const at = lines.findIndex((l) => l.includes("[[aws_cloud]]"));
    lines[at] = lines[at].replace("[[aws_cloud]]", "[[aws_clod]]");
    expect(problemsOf({prose: lines.join("\n")})).toEqual([
      `data/story.md:${at + 1}: cites "aws_clod", which is not in data/figures.csv; did you mean "aws_cloud"?`
    ]);
  });

  it("refuses a chart or a conversion the story does not define, and a rate of an amount already in US$", () => {
    const edited = `${prose}\n::: chart pie\n\n::: conversion aws_cloud\n\nWorth [[aws_cloud:rate@mean]].\n`;
    const n = prose.split("\n").length;
    expect(problemsOf({prose: edited})).toEqual([
      `data/story.md:${n + 1}: ::: chart pie: no chart "pie" in data/story.json`,
      `data/story.md:${n + 3}: ::: conversion aws_cloud: "aws_cloud" is not among the conversions in data/story.json`,
      `data/story.md:${n + 5}: [[aws_cloud:rate@mean]]: "aws_cloud" is in USD: it has no mean rate basis (it is already in US$)`
    ]);
  });
});

describe("the story's shape (data/story.json)", () => {
  it("names the line of a figure id that is not in the registry, and of one of the wrong kind", () => {
    const edited = story
      .replace('"figure": "imd_rank"', '"figure": "imd_rnk"')
      .replace('"of": "unicorns_total"', '"of": "aws_cloud"');
    const line = (needle: string) => edited.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(problemsOf({story: edited})).toEqual([
      `data/story.json:${line('"imd_rnk"')}: chart "rank" cites "imd_rnk", which is not in data/figures.csv; did you mean "imd_rank"?`,
      `data/story.json:${line('"of": "aws_cloud"')}: chart "shares": "aws_cloud" must be a count or people, not USD`
    ]);
  });

  it("gives the line and column of a JSON syntax error", () => {
    const broken = story.replace('"default_basis": "article",', '"default_basis": "article"');
    const [problem] = problemsOf({story: broken});
    expect(problem).toBe("data/story.json:3:3: not valid JSON: comma expected");
  });

  it("refuses an unknown basis, chart type or a duplicate chart id", () => {
    const edited = story
      .replace('"default_basis": "article"', '"default_basis": "yesterday"')
      .replace('"type": "timeline"', '"type": "pie"')
      .replace('"id": "shares"', '"id": "rank"');
    expect(problemsOf({story: edited}).map((p) => p.replace(/:\d+:/, ":L:"))).toEqual([
      'data/story.json:L: default_basis "yesterday" must be one of: article, spot, mean',
      'data/story.json:L: duplicate chart id "rank"',
      // The types are the registry's: the five built in, then any the journalist has added.
      `data/story.json:L: chart "timeline" has type "pie": use one of ${[...CHART_TYPES.keys()].join(", ")}`
    ]);
    expect([...CHART_TYPES.keys()].slice(0, 5)).toEqual(["bars", "rates", "rank", "shares", "timeline"]);
  });
});

describe("the generic story, when data/story.json and data/story.md are absent", () => {
  const p = build(seedFiles({story: null, prose: null, factCheckProse: null}));

  it("charts every money figure of the article in US$, converts each foreign amount, and draws its currency's rates", () => {
    expect(p.story.charts.map((c) => `${c.type}:${c.id}`)).toEqual(["bars:money", "rates:rates-jpy"]);
    expect(p.story.conversions).toEqual([{figure: "chip_subsidies", article_usd: "chip_subsidies_usd_article"}]);
    expect(p.story.default_basis).toBe("article");
    const bars = p.story.charts.filter(isBars)[0];
    // The article's US$ conversion of the subsidy is not charted again beside it.
    expect(bars.bars.map((b) => b.figure)).toEqual([
      "aws_cloud",
      "microsoft_ai",
      "tsmc_kumamoto_1",
      "tsmc_kumamoto_2",
      "chip_subsidies",
      "unicorn_threshold"
    ]);
  });

  it("takes its headline from the metadata and places a conversion section for the yen amount", () => {
    expect(p.prose.headline).toBe("Japan seeks to reclaim tech edge");
    const directives = p.prose.blocks.flatMap((b) => (b.type === "directive" ? [`${b.name} ${b.arg}`.trim()] : []));
    expect(directives).toEqual(["chart money", "conversions", "chart rates-jpy", "corrections", "notes"]);
  });
});
