import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {checkCitations} from "../../../src/project/check-citations.js";
import type {Project} from "../../../src/project/types.js";
import {parseProse} from "../../../src/inputs/prose.js";
import {project} from "../../helpers/project.js";

// The seed project with its prose replaced by `text` (and, if given, its fact-check prose), checked.
const check = (text: string, {ids = true, values = true, factCheck = ""} = {}) => {
  const p: Project = {
    ...project,
    prose: parseProse(`# Headline\n\n${text}\n`, "data/story.md", []),
    ...(factCheck ? {factCheckProse: parseProse(factCheck, "data/fact-check.md", [], undefined, "Fact check")} : {}),
    looseWords: []
  };
  const problems: Problem[] = [];
  checkCitations(p, problems, {ids, values});
  return {problems: problems.map(formatProblem), looseWords: p.looseWords};
};

describe("checkCitations", () => {
  it("accepts the seed's prose, and words that state a figure's value", () => {
    expect(check("").problems).toEqual([]);
    expect(check("Spent [[aws_cloud|14 billion dollars]] and [[unicorns_japan|seven]].").problems).toEqual([]);
  });

  it("refuses words that state another value, at their line", () => {
    expect(check("One.\n\nSpent [[aws_cloud|US$15 billion]].").problems).toEqual([
      'data/story.md:5: [[aws_cloud|US$15 billion]] prints "US$15 billion", but "aws_cloud" is US$14 billion (14000000000 USD): print words that state that value, or mark words that are not a number as [[aws_cloud|~US$15 billion]]'
    ]);
  });

  it("lists words marked as not a number, unless they hold a number of another value", () => {
    const {problems, looseWords} = check("A [[aws_cloud|~great sum]].\n\nA [[microsoft_ai|~US$5 billion]].");
    expect(looseWords).toEqual([{file: "data/story.md", line: 3, id: "aws_cloud", words: "great sum"}]);
    expect(problems).toEqual([
      'data/story.md:5: [[microsoft_ai|~US$5 billion]] marks "US$5 billion" as words, but they hold a number, and "microsoft_ai" is US$2.9 billion (2900000000 USD): print words that state that value'
    ]);
  });

  it("names a citation of an id the registry lacks, unless the registry was read in part", () => {
    expect(check("A [[aws_clod]].").problems).toEqual([
      'data/story.md:3: cites "aws_clod", which is not in data/figures.csv; did you mean "aws_cloud"?'
    ]);
    expect(check("A [[aws_clod]].", {ids: false}).problems).toEqual([]);
  });

  it("refuses a citation inside an HTML tag, and a basis the figure does not have", () => {
    expect(check('<abbr title="[[aws_cloud]]">AWS</abbr> and [[aws_cloud@mean]].').problems).toEqual([
      "data/story.md:3: [[aws_cloud]] is inside an HTML tag, where a citation cannot print: cite it in the text",
      'data/story.md:3: [[aws_cloud@mean]]: "aws_cloud" is in USD: it has no mean rate basis (it is already in US$)'
    ]);
  });

  it("checks directives and values only once the figures are sound", () => {
    const text = "::: chart nowhere\n\n::: conversion aws_cloud\n\nSpent [[aws_cloud|US$15 billion]].";
    expect(check(text).problems).toEqual([
      'data/story.md:3: ::: chart nowhere: no chart "nowhere" in data/story.json',
      'data/story.md:5: ::: conversion aws_cloud: "aws_cloud" is not among the conversions in data/story.json',
      expect.stringMatching(/^data\/story\.md:7: \[\[aws_cloud\|US\$15 billion\]\] prints/)
    ]);
    expect(check(text, {values: false}).problems).toEqual([]);
  });

  it("names a citation of the fact-check prose at its line in the journalist's file", () => {
    expect(check("", {factCheck: "One.\n\nTwo [[aws_clod]].\n"}).problems).toEqual([
      'data/fact-check.md:3: cites "aws_clod", which is not in data/figures.csv; did you mean "aws_cloud"?'
    ]);
  });
});
