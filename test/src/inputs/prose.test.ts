import {describe, expect, it} from "vitest";
import type {Problem} from "../../../src/inputs/errors.js";
import {parseProse, tokenLine} from "../../../src/inputs/prose.js";

describe("parseProse", () => {
  it("takes the first heading as the headline and splits prose from directives, with lines", () => {
    const problems: Problem[] = [];
    const prose = parseProse(
      "# Big news\n\nFirst [[a]].\nStill first [[b]].\n\n::: chart money\n\nLast.\n",
      "data/story.md",
      problems
    );
    expect(problems).toEqual([]);
    expect(prose.headline).toBe("Big news");
    expect(prose.blocks.map((b) => (b.type === "markdown" ? `md@${b.line}` : `${b.name} ${b.arg}@${b.line}`))).toEqual([
      "md@3",
      "chart money@6",
      "md@8"
    ]);
    const first = prose.blocks[0];
    if (first.type !== "markdown") throw new Error("expected prose");
    expect(first.tokens.map((t) => [t.id, tokenLine(first, t)])).toEqual([
      ["a", 3],
      ["b", 4]
    ]);
  });

  it("takes a headline the file does not have, keeping the file's lines and its own heading as text", () => {
    const problems: Problem[] = [];
    const prose = parseProse(
      "# What we checked\n\nOne ![chart](https://example.com/a.png)\n\n::: chrat\n",
      "data/fact-check.md",
      problems,
      undefined,
      "Fact check"
    );
    expect([prose.headline, prose.headlineLine]).toEqual(["Fact check", 0]);
    expect(prose.blocks).toMatchObject([
      {type: "markdown", line: 1, text: "# What we checked\n\nOne ![chart](https://example.com/a.png)\n"}
    ]);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '5: unknown directive "::: chrat": use ::: chart, ::: conversion, ::: conversions, ::: figures, ::: notes, ::: corrections, ::: summary',
      expect.stringMatching(/^3: image https:\/\/example\.com\/a\.png: /)
    ]);
  });

  it("refuses a chart or a conversion placed twice, at its second line: their copies would share element ids", () => {
    const problems: Problem[] = [];
    const text =
      "# H\n\n::: chart money\n\nText.\n\n::: conversion yen\n::: chart money\n::: chart other\n::: conversion yen\n";
    parseProse(text, "data/story.md", problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '8: "::: chart money" is placed twice on the page (first on line 3): place it once',
      '10: "::: conversion yen" is placed twice on the page (first on line 7): place it once'
    ]);
  });

  it("names the line of an unknown directive, a directive without its id, an unreadable citation and a missing headline", () => {
    const problems: Problem[] = [];
    parseProse("Intro [[Bad Id]].\n\n::: chart\n::: graph x\n", "data/story.md", problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "1: cannot read citation [[Bad Id]]: write [[id]], [[id|words]], [[id@mean]] or [[id:rate@article]]",
      '3: "::: chart" needs an id: ::: chart <id>',
      '4: unknown directive "::: graph x": use ::: chart, ::: conversion, ::: conversions, ::: figures, ::: notes, ::: corrections, ::: summary',
      '1: has no headline: start it with a line "# Your headline"'
    ]);
  });
});
