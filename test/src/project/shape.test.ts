import {describe, expect, it} from "vitest";
import {formatProblem} from "../../../src/inputs/errors.js";
import {joinArticle} from "../../../src/project/join.js";
import {PATHS} from "../../../src/project/paths.js";
import {storyShape} from "../../../src/project/shape.js";
import type {ProjectFiles} from "../../../src/project/types.js";
import {files, readFiles, withFiles} from "../../helpers/project.js";

const shapeOf = (input: ProjectFiles) => {
  const {inputs, reader, problems} = readFiles(input);
  const joined = joinArticle(inputs, inputs.partial, problems);
  const complete = inputs.article !== undefined && !inputs.partial(PATHS.figures);
  const shape = storyShape({...joined, meta: inputs.meta}, reader, input, complete, problems);
  return {shape, problems: problems.map(formatProblem)};
};
const storyJson = JSON.parse(files.story!) as {lead: string; charts: {id: string}[]; default_basis: string};

describe("storyShape", () => {
  it("reads story.json, story.md and fact-check.md of the seed", () => {
    const {shape, problems} = shapeOf(files);
    expect(problems).toEqual([]);
    expect(shape.story.lead).toBe(storyJson.lead);
    expect(shape.story.default_basis).toBe(storyJson.default_basis);
    expect(shape.story.charts.map((c) => c.id)).toEqual(storyJson.charts.map((c) => c.id));
    // The article's own pair is the lead's conversion.
    expect(shape.story.conversions.map((c) => [c.figure, c.article_usd])).toEqual([
      ["chip_subsidies", "chip_subsidies_usd_article"]
    ]);
    expect(shape.prose.headline).toBe(files.prose!.split("\n")[0].replace(/^# /, ""));
    expect(shape.pages).toEqual([]);
    expect(shape.factCheckProse?.headline).toBe("Fact check");
    expect(shape.factCheckProse?.blocks.map((b) => b.line)).toEqual([1]);
  });

  it("falls back on the generic story, its lead the first money figure of the article", () => {
    const {shape, problems} = shapeOf(withFiles({story: null, prose: null, factCheckProse: null}));
    expect(problems).toEqual([]);
    expect(shape.story.lead).toBe("aws_cloud");
    expect(shape.factCheckProse).toBeUndefined();
    expect(shape.prose.headline).toBe(JSON.parse(files.articleMeta).title);
  });

  it("names an id story.json cites that the registry lacks, at its line", () => {
    const story = files.story!.replace('"lead": "chip_subsidies"', '"lead": "chip_subsidy"');
    const line = story.split("\n").findIndex((l) => l.includes('"lead"')) + 1;
    expect(shapeOf(withFiles({story})).problems).toEqual([
      `data/story.json:${line}: lead cites "chip_subsidy", which is not in data/figures.csv; did you mean "chip_subsidies"?`
    ]);
  });

  it("reports a problem of fact-check.md at its line in the journalist's file", () => {
    const factCheckProse = "First paragraph.\n\n::: chrat x\n\nBroken [[aws_cloud] citation.\n";
    const {shape, problems} = shapeOf(withFiles({factCheckProse}));
    expect(problems).toEqual([
      'data/fact-check.md:3: unknown directive "::: chrat x": use ::: chart, ::: conversion, ::: conversions, ::: figures, ::: notes, ::: corrections, ::: summary',
      expect.stringMatching(/^data\/fact-check\.md:5: /)
    ]);
    expect(shape.factCheckProse?.blocks.map((b) => b.line)).toEqual([1, 5]);
  });
});
