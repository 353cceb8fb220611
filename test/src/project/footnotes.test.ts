import {describe, expect, it} from "vitest";
import {footnoteOrder} from "../../../src/project/footnotes.js";
import {parseProse} from "../../../src/inputs/prose.js";
import {files, project} from "../../helpers/project.js";

const blocks = (text: string) => parseProse(`# Headline\n\n${text}\n`, "data/story.md", []);
const chart = (id: string) => project.story.charts.find((c) => c.id === id)!;

describe("footnoteOrder", () => {
  it("numbers the figures in reading order: those cited, then those a placed chart or conversion shows", () => {
    expect(chart("rank")).toMatchObject({figure: "imd_rank", of: "imd_economies"});
    const prose = blocks(
      "A [[microsoft_ai]] and [[aws_cloud]], again [[microsoft_ai]].\n\n::: chart rank\n\n::: conversion chip_subsidies"
    );
    expect(footnoteOrder(project, prose, false)).toEqual([
      "microsoft_ai",
      "aws_cloud",
      "imd_rank",
      "imd_economies",
      "chip_subsidies",
      "chip_subsidies_usd_article"
    ]);
  });

  it("adds, with `all`, the figures of the charts and conversions the prose does not place", () => {
    const all = footnoteOrder(project, blocks("A [[microsoft_ai]]."));
    expect(all[0]).toBe("microsoft_ai");
    // The bars of story.json's first chart follow, in its order, each once.
    const story = JSON.parse(files.story!) as {charts: [{id: string; bars: {figure: string}[]}]};
    expect(story.charts[0].id).toBe("investment");
    const bars = story.charts[0].bars.map((b) => b.figure).filter((id) => id !== "microsoft_ai");
    expect(all.slice(1, 1 + bars.length)).toEqual(bars);
    expect(all).toContain("chip_subsidies_usd_article");
    expect(new Set(all).size).toBe(all.length);
  });

  it("is the seed's own notes for its story", () => {
    expect(footnoteOrder(project)).toEqual(project.notes);
    expect(project.notes.slice(0, 3)).toEqual(["aws_cloud", "microsoft_ai", "tsmc_kumamoto_1"]);
  });
});
