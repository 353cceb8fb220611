// Numbers and inputs at the edges: rates typed the wrong way round, a date after the article, money under a cent.
import {describe, expect, it} from "vitest";
import {editRegistryCell, files, problemsOf, withFiles} from "../helpers/project.js";

const sentence = "Nigeria pledged 200 billion naira to its chip plan.";
const article = files.article.replace("Microsoft plans to offer", `${sentence} Microsoft plans to offer`);
const [header, ...rows] = files.figures.trimEnd().split("\n");
const naira = `naira_plan,Nigeria,government subsidy,reported,200000000000,NGN,2024-04-14,true,pledged 200 billion naira,,"article (AFP, Taipei Times 2024-04-14)",,`;
const figures = [header, ...rows, naira].join("\n") + "\n";
const sources = `${files.sources.trimEnd()}\nfx-other.csv,Monthly naira rates,Central Bank of Nigeria,2024-01-01..2024-04-30,CC0 (project metadata)\n`;
const dataFiles = [...files.dataFiles, "fx-other.csv"].sort();

describe("rates at the edges", () => {
  it("refuses a rate typed the wrong way round, US$ per naira, at its line, saying what to write", () => {
    const other = "date,currency,per_usd\n2024-01-01,NGN,900\n2024-02-01,NGN,0.000667\n";
    expect(problemsOf(withFiles({article, figures, sources, dataFiles, fxOther: other}))).toContain(
      // 1 / 0.000667 = 1499.25 naira a dollar; one naira would be worth US$1,500.
      "data/fx-other.csv:3: rate 0.000667 NGN per US$ would make one NGN worth US$1500, more than any currency: it looks like US$ per NGN; write NGN per US$ (1499.25)"
    );
  });

  it("refuses a month ten times off the one before it", () => {
    const other = "date,currency,per_usd\n2024-01-01,NGN,900\n2024-02-01,NGN,15000\n2024-03-01,NGN,1450\n";
    expect(problemsOf(withFiles({article, figures, sources, dataFiles, fxOther: other}))).toContain(
      "data/fx-other.csv:3: per_usd 15000 of NGN on 2024-02-01 is more than ten times off its rate on line 2 (900): check that both are NGN per US dollar"
    );
  });

  it("refuses the article's own pair when it is far from the market's rate at publication", () => {
    // The subsidy in the article as ¥3.9 billion, not trillion: 0.153 yen a dollar against 153.12 at publication.
    const text = files.article.replace("¥3.9 trillion (US$25.44 billion)", "¥3.9 billion (US$25.44 billion)");
    const quote = "Japan has spent ¥3.9 billion (US$25.44 billion) in the past three years on chip-related subsidies";
    let registry = editRegistryCell(files.figures, "chip_subsidies", "value", "3900000000");
    for (const id of ["chip_subsidies", "chip_subsidies_usd_article"])
      registry = editRegistryCell(registry, id, "quote", quote);
    const line = files.figures.split("\n").findIndex((l) => l.startsWith("chip_subsidies_usd_article,")) + 1;
    expect(problemsOf(withFiles({article: text, figures: registry}))).toContain(
      `data/figures.csv:${line}: "chip_subsidies_usd_article" converts "chip_subsidies" at ${Number((3.9e9 / 25.44e9).toPrecision(4))} JPY per US$, but the rate at publication was 153.12: check each amount's currency and value`
    );
  });
});

describe("dates at the edges", () => {
  it("refuses an as_of after the article's publication, at its line", () => {
    const line = files.figures.split("\n").findIndex((l) => l.startsWith("aws_cloud,")) + 1;
    expect(
      problemsOf(withFiles({figures: editRegistryCell(files.figures, "aws_cloud", "as_of", "2030-01-19")}))
    ).toEqual([
      `data/figures.csv:${line}: as_of 2030-01-19 of "aws_cloud" is after the article's publication (2024-04-14): as_of is the day the figure was stated; write a time to come in its period`
    ]);
  });
});
