import {describe, expect, it} from "vitest";
import {formatProblem} from "../../../src/inputs/errors.js";
import {joinArticle, within} from "../../../src/project/join.js";
import type {ProjectFiles} from "../../../src/project/types.js";
import {editRegistryCell, files, readFiles, withFiles} from "../../helpers/project.js";

const join = (input: ProjectFiles) => {
  const {inputs, problems} = readFiles(input);
  const joined = joinArticle(inputs, inputs.partial, problems);
  return {joined, problems: problems.map(formatProblem)};
};
const lineOfText = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
const registryLine = (id: string) => lineOfText(files.figures, `\n${id},`) + 1;

describe("joinArticle", () => {
  const {joined, problems} = join(files);

  it("joins each figure quoted from the article to the amount inside its quote", () => {
    expect(problems).toEqual([]);
    const aws = joined.figures.find((f) => f.id === "aws_cloud")!;
    expect(aws.value).toBe(14e9);
    expect(aws.mention).toMatchObject({text: "US$14 billion", start: files.article.indexOf("US$14 billion")});
    expect(aws.mention!.figure_ids).toEqual(["aws_cloud"]);
    // A figure not in the article, and a derived one, join nothing; a derived one waits for its value.
    expect(joined.figures.find((f) => f.id === "aws_cloud_jpy")!.mention).toBeUndefined();
    expect(joined.figures.find((f) => f.id === "subsidy_implied_rate")!.value).toBeNaN();
  });

  it("excuses the not-figures, and leaves no money amount unaccounted for", () => {
    const excused = joined.mentions.filter((m) => m.excused).map((m) => m.text);
    expect(excused.length).toBeGreaterThan(0);
    for (const m of joined.mentions.filter((m) => m.kind === "money"))
      expect(m.figure_ids.length || m.excused).toBeTruthy();
  });

  it("reads the article's own pair and its printed conversion", () => {
    expect(joined.pairs.map((p) => [p.row.id, p.foreign.id, p.usd?.id])).toEqual([
      ["chip_subsidies_usd_article", "chip_subsidies", "chip_subsidies_usd_article"]
    ]);
    expect(joined.conversions.map((c) => [c.from.text, c.to.text])).toEqual([["¥3.9 trillion", "US$25.44 billion"]]);
    expect([...joined.aliases]).toEqual([]);
  });

  it("reports a quote the article lacks, a value its quote does not hold, and money nothing accounts for", () => {
    let figures = editRegistryCell(files.figures, "microsoft_ai", "quote", "pledged US$3 billion");
    figures = editRegistryCell(figures, "aws_cloud", "value", "15000000000");
    expect(join(withFiles({figures})).problems).toEqual([
      `data/figures.csv:${registryLine("aws_cloud")}: "aws_cloud" says 15000000000 USD, but its quote has US$14 billion`,
      `data/figures.csv:${registryLine("microsoft_ai")}: quote of "microsoft_ai" is not in data/article.txt verbatim: "pledged US$3 billion"`,
      `data/article.txt:${lineOfText(files.article, "US$14 billion")}: money amount "US$14 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv`,
      `data/article.txt:${lineOfText(files.article, "US$2.9 billion")}: money amount "US$2.9 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv`
    ]);
  });

  it("refuses a figure stated after the article's day", () => {
    const figures = editRegistryCell(files.figures, "aws_cloud", "as_of", "2030-01-19");
    expect(join(withFiles({figures})).problems).toEqual([
      `data/figures.csv:${registryLine("aws_cloud")}: as_of 2030-01-19 of "aws_cloud" is after the article's publication (2024-04-14): as_of is the day the figure was stated; write a time to come in its period`
    ]);
  });

  it("refuses a not-figure the article lacks", () => {
    const notFigures = `${files.notFigures.trimEnd()}\n1990s,a decade\n`;
    expect(join(withFiles({notFigures})).problems).toEqual([
      `data/not-figures.csv:${notFigures.trimEnd().split("\n").length}: "1990s" is not in data/article.txt`
    ]);
  });
});

describe("within", () => {
  // Three mentions of "a b a a": at 0, 4 and 6, one character each.
  const mentions = [0, 4, 6].map((start) => ({start, end: start + 1}));

  it("gives the mentions wholly inside any of the spans, each once and in the text's order", () => {
    expect(within(mentions, [3, 0], 3)).toEqual([mentions[0], mentions[1]]); // [3, 6) and [0, 3)
    expect(within(mentions, [4, 5], 2)).toEqual([mentions[1], mentions[2]]); // [4, 6) and [5, 7)
    expect(within(mentions, [4, 4], 1)).toEqual([mentions[1]]);
  });

  it("leaves out a mention that runs past a span's end, and finds nothing in no span", () => {
    expect(within([{start: 2, end: 5}], [0], 4)).toEqual([]);
    expect(within(mentions, [], 10)).toEqual([]);
  });
});
