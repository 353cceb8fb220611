// The rank chart type on the seed: Japan 32nd of 64.
import {describe, expect, it} from "vitest";
import rank, {type RankChart} from "../../src/charts/rank.js";
import {configOf, document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = configOf<RankChart>("rank");

describe("rank", () => {
  it("rows, plot and words: one dot per rank, Japan's marked", () => {
    const rows = rank.rows(tables, config, {});
    expect(rows).toMatchObject([{value: 32, of: 64, subject: "Japan"}]);
    const svg = rank.plot(rows, {width: 375, config, document});
    expect(svg.querySelectorAll("circle")).toHaveLength(65);
    expect(svg.textContent).toContain("Japan: 32nd of 64");
    snapshot("rank-375", svg);
    expect(rank.describe(rows, config)).toBe("Japan ranks 32nd of 64, in the top half.");
    expect(rank.describe([{...rows[0], value: 50}], config)).toBe("Japan ranks 50th of 64, in the bottom quarter.");
  });
});
