// Each chart as a figure, through the registry: its words, source line and file under the reader's view.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chartIds, figureParts, followsView} from "../../docs/components/figures.js";
import {storyModel} from "../../src/story/model.js";
import {project} from "../helpers/project.js";

const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
const model = storyModel(project);

describe("figure parts", () => {
  it("every chart of the seed carries its description, named by each SVG drawn; the bars' follows the basis", () => {
    expect(chartIds(model)).toEqual([
      "investment",
      "usdjpy",
      "rank",
      "shares",
      "timeline",
      "conversion-chip_subsidies"
    ]);
    for (const id of chartIds(model)) {
      const parts = figureParts(model, id, {});
      expect(parts.description.length, id).toBeGreaterThan(20);
      const drawn = parts.draw(640, document);
      expect((drawn.getAttribute("role") ? drawn : drawn.querySelector("svg")!).getAttribute("aria-describedby")).toBe(
        `desc-${id}`
      );
    }
    // The subsidy is the largest bar at the article's rate (US$25.44 bn) and at the 2021–23 mean (3.9e12 / 127.27).
    expect(figureParts(model, "investment", {}).description).toContain(
      "The largest is Japan’s government: chip subsidies, FY2021–23, US$25.4 billion"
    );
    expect(figureParts(model, "investment", {basis: "mean"}).description).toContain(
      "US$30.6 billion; the smallest is Microsoft: AI and cloud, US$2.9 billion"
    );
    expect(figureParts(model, "rank", {}).description).toBe("Japan ranks 32nd of 64, in the top half.");
  });

  it("the note of story.json ends the source line; the file is named for the view", () => {
    const parts = figureParts(model, "investment", {basis: "mean"});
    expect(parts.source.endsWith(". Commitments span different years and are not additive.")).toBe(true);
    expect(parts.filename).toBe("investment-mean.csv");
    expect(parts.legend?.derived).toMatch(/converted/);
    expect(figureParts(model, "usdjpy").rows[0]).toEqual({date: "2021-01-04", rate: expect.any(Number)});
    expect([followsView(model, "investment"), followsView(model, "rank"), followsView(model, "usdjpy")]).toEqual([
      true,
      false,
      false
    ]);
    expect(() => figureParts(model, "nope")).toThrow(/no chart "nope"/);
  });
});
