import {describe, expect, it} from "vitest";
import {citationText, citationValue, printCitations, printHeadlines} from "../../../src/project/citations.js";
import {parseProse} from "../../../src/inputs/prose.js";
import {scanTokens} from "../../../src/inputs/tokens.js";
import {files, project} from "../../helpers/project.js";

const figure = (id: string) => project.figures.find((f) => f.id === id)!;
const token = (raw: string) => scanTokens(raw)[0];
const value = (raw: string) => citationValue(project, figure(token(raw).id), token(raw));
const text = (raw: string) => citationText(project, figure(token(raw).id), token(raw));
const articleRate = 3.9e12 / 25.44e9; // the article's ¥3.9 trillion (US$25.44 billion)
// US CPI-U of a month, read apart from the parsers.
const cpi = (month: string) =>
  Number(
    files
      .cpi!.split("\n")
      .find((l) => l.startsWith(`${month}-01,`))!
      .split(",")[1]
  );

describe("citationValue", () => {
  it("gives the figure, its US$ under a basis, the basis's rate and its window's years", () => {
    expect(value("[[aws_cloud]]")).toEqual({value: 14e9, kind: "figure"});
    expect(value("[[chip_subsidies:rate@article]]")).toEqual({value: articleRate, kind: "rate"});
    expect(value("[[chip_subsidies@article]]")).toEqual({value: 3.9e12 / articleRate, kind: "usd"});
    expect(value("[[chip_subsidies:from@mean]]")).toEqual({value: 2021, kind: "year"});
    expect(value("[[chip_subsidies:to@mean]]")).toEqual({value: 2023, kind: "year"});
  });

  it("gives a sum in the dollars of the publication month", () => {
    // US$14 billion of January 2024, in April 2024 dollars.
    expect(value("[[aws_cloud:constant]]")).toEqual({value: (14e9 * cpi("2024-04")) / cpi("2024-01"), kind: "usd"});
  });

  it("says why a citation cannot print", () => {
    expect(value("[[chip_subsidies:from@article]]")).toEqual({
      error: 'the article basis of "chip_subsidies" has no window: use from@mean'
    });
    expect(value("[[aws_cloud@mean]]")).toEqual({
      error: '"aws_cloud" is in USD: it has no mean rate basis (it is already in US$)'
    });
    expect(value("[[imd_rank:constant]]")).toEqual({
      error: '"imd_rank" is in rank, not money: only money has constant dollars'
    });
    expect(
      citationValue({...project, dollars: undefined}, figure("aws_cloud"), token("[[aws_cloud:constant]]"))
    ).toEqual({error: "constant dollars need US CPI-U in data/cpi-u-monthly.csv for the publication month"});
  });
});

describe("citationText", () => {
  it("prints the value as the pages print it, or the words the journalist wrote", () => {
    expect(text("[[aws_cloud]]")).toBe("US$14 billion");
    expect(text("[[chip_subsidies]]")).toBe("¥3.9 trillion");
    expect(text("[[chip_subsidies:rate@article]]")).toBe("153.30");
    expect(text("[[chip_subsidies@article]]")).toBe("US$25.4 billion"); // money is printed to three digits
    expect(text("[[chip_subsidies:from@mean]]")).toBe("2021");
    expect(text("[[unicorns_japan|seven]]")).toBe("seven");
  });
});

describe("printCitations", () => {
  it("prints each citation of a text as words, and leaves one it cannot print as written", () => {
    expect(printCitations(project, "Japan spends [[chip_subsidies]] ([[chip_subsidies@article]]) on chips")).toBe(
      "Japan spends ¥3.9 trillion (US$25.4 billion) on chips"
    );
    expect(printCitations(project, "A [[nowhere]] and [[aws_cloud@mean]].")).toBe(
      "A [[nowhere]] and [[aws_cloud@mean]]."
    );
  });
});

describe("printHeadlines", () => {
  it("prints the citations of every headline and of the charts' words", () => {
    const p = {
      ...project,
      prose: parseProse("# Japan spends [[chip_subsidies]]\n", "data/story.md", []),
      pages: [{slug: "more", file: "data/pages/more.md", prose: parseProse("# [[aws_cloud]] for clouds\n", "x", [])}],
      story: {...project.story, charts: [{...project.story.charts[0], title: "Bets of [[microsoft_ai]]"}]}
    };
    printHeadlines(p);
    expect(p.prose.headline).toBe("Japan spends ¥3.9 trillion");
    expect(p.pages[0].prose.headline).toBe("US$14 billion for clouds");
    expect(p.story.charts[0].title).toBe("Bets of US$2.9 billion");
  });
});
