// The desk's newest story (stories/<slug>/), whatever article it reads: the checks take their expectations from the data itself, so they
// hold for the seed story and for any article the package is re-pointed at (npm run new-story).
import {describe, expect, it} from "vitest";
import {chartIds, chartType, figureOf, isBars, storyModel, storyTables, tableRows} from "./helpers/story.js";
import {readProjectFiles} from "../scripts/read-project.js";
import {build} from "./helpers/project.js";
import {projectRoot} from "../scripts/root.js";
import {listStories, storyFolder} from "../scripts/stories.js";

const newest = listStories(projectRoot)[0].slug;
const project = build(readProjectFiles(projectRoot, {story: storyFolder(newest)}));
const model = storyModel(project);

describe("the desk's newest story", () => {
  it("builds with every figure registered, quoted and resolved", () => {
    for (const f of project.figures) expect(Number.isFinite(f.value), f.id).toBe(true);
    for (const m of project.mentions.filter((d) => d.kind === "money"))
      expect(m.figure_ids.length > 0 || m.excused !== "", m.text).toBe(true);
  });

  it("states each foreign amount in US$ as its value divided by the rate of its basis", () => {
    for (const row of tableRows(project, "figures") as {
      id: string;
      value: number;
      unit: string;
      value_usd: number | null;
      fx_rate: number | null;
    }[]) {
      if (!/^[A-Z]{3}$/.test(row.unit)) expect(row.value_usd, row.id).toBeNull();
      else if (row.unit === "USD") expect(row.value_usd, row.id).toBe(Math.round(row.value));
      // value_usd is in whole dollars: Rs 22,000 at 71.0 rupees is US$309.86, printed 310.
      else
        expect(Math.abs(row.value_usd! - row.value / row.fx_rate!), row.id).toBeLessThanOrEqual(
          Math.max(0.5, 1e-4 * row.value_usd!)
        );
    }
  });

  it("has rows for every chart, and a chart for every conversion's sweep", () => {
    // A sweep for each conversion the prose places, and at most one for all of them ("::: conversions").
    const placed = project.prose.blocks.flatMap((b) =>
      b.type === "directive" && b.name === "conversion"
        ? [b.arg]
        : b.type === "directive" && b.name === "conversions"
          ? [model.conversions[0]?.figure]
          : []
    );
    expect(chartIds(model).length).toBe(model.charts.length + new Set(placed.filter(Boolean)).size);
    for (const c of model.charts.filter(isBars))
      expect(chartType("bars").rows(storyTables(model), c, {}).length, c.id).toBe(c.bars.length);
    for (const c of model.conversions) {
      const f = figureOf(model, c.figure);
      expect(f.unit, c.figure).not.toBe("USD");
      expect(Object.keys(model.fx[f.id]).length, c.figure).toBeGreaterThanOrEqual(2);
    }
  });

  it("footnotes every figure the prose cites", () => {
    for (const b of project.prose.blocks)
      if (b.type === "markdown") for (const t of b.tokens) expect(model.notes, t.raw).toContain(t.id);
  });
});
