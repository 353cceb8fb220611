import {describe, expect, it} from "vitest";
import {viewProse} from "../../../src/project/prose-view.js";
import type {Project} from "../../../src/project/types.js";
import {parseProse} from "../../../src/inputs/prose.js";
import {project} from "../../helpers/project.js";

// A copy of the seed project with its own prose, so that the view does not touch the shared one.
const withProse = (text: string, changes: Partial<Project> = {}): Project => ({
  ...project,
  prose: parseProse(`# Headline\n\n${text}\n`, "data/story.md", []),
  story: {...project.story},
  ...changes
});

describe("viewProse", () => {
  it("names, for each citation of a restating row, the figure it restates, in the prose and in the charts", () => {
    const p = withProse("Again [[aws_again]], at [[aws_again:constant]].\n\n::: conversion yen_again");
    p.story.charts = [{...project.story.charts[0], title: "Bets like [[aws_again]]"}];
    viewProse(
      p,
      new Map([
        ["aws_again", "aws_cloud"],
        ["yen_again", "chip_subsidies"]
      ])
    );
    expect(p.prose.blocks).toMatchObject([
      {type: "markdown", tokens: [{id: "aws_cloud"}, {id: "aws_cloud", field: "constant"}]},
      {type: "directive", name: "conversion", arg: "chip_subsidies"}
    ]);
    expect(p.story.charts[0].title).toBe("Bets like [[aws_cloud]]");
    // The words as written stay: the pages print the citation, not its raw text.
    expect(p.prose.blocks[0]).toMatchObject({text: "Again [[aws_again]], at [[aws_again:constant]].\n"});
  });

  it("writes `::: summary` as the sentences stating the registry's money, at the directive's line", () => {
    const p = withProse("One.\n\n::: summary");
    viewProse(p, new Map());
    // The article's money, each once: reported, in the article, no restatement or conversion of another row.
    const money = project.figures.filter(
      (f) => f.kind === "reported" && f.in_article && /^[A-Z]{3}$/.test(f.unit) && !f.restates && !f.converts
    );
    expect(money).toHaveLength(6);
    const summary = p.prose.blocks[1];
    expect(summary).toMatchObject({type: "markdown", line: 5});
    if (summary.type !== "markdown") throw new Error("not text");
    expect(summary.text).toContain(`The article names ${money.length} sums of money in 2 currencies`);
    // The lead in its own currency, then in US$ at the story's default basis.
    expect(summary.tokens.map((t) => t.raw)).toEqual([
      `[[${project.story.lead}]]`,
      `[[${project.story.lead}@${project.defaultBasis}]]`
    ]);
  });

  it("states the lead in US$ at publication time when the default basis is not among its own", () => {
    const p = withProse("::: summary", {
      fx: {...project.fx, chip_subsidies: {spot: project.fx.chip_subsidies.spot}}
    });
    viewProse(p, new Map());
    const summary = p.prose.blocks[0];
    expect(summary.type === "markdown" && summary.tokens.map((t) => t.raw)).toEqual([
      "[[chip_subsidies]]",
      "[[chip_subsidies@spot]]"
    ]);
  });
});
