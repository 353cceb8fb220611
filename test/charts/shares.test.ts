// The shares chart type on the seed: unicorns and AI trainees as shares of their wholes.
import {describe, expect, it} from "vitest";
import shares, {type SharesChart} from "../../src/charts/shares.js";
import {configOf, document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = configOf<SharesChart>("shares");

describe("shares", () => {
  it("rows, plot and words", () => {
    const rows = shares.rows(tables, config, {});
    // 7 / 1,200 and 3 million / 125 million, to six places: 0.0058333… and 0.024
    expect(rows.map((r) => [r.text, r.share])).toEqual([
      ["7 of 1,200", 0.005833],
      ["3 million of 125 million", 0.024]
    ]);
    const svg = shares.plot(rows, {width: 375, config, document});
    expect(svg.textContent).toContain("7 of 1,200 (0.58%)");
    expect(svg.textContent).toContain("(2.4%)");
    snapshot("shares-375", svg);
    expect(shares.describe(rows.slice(0, 1), config)).toBe(
      "Japanese firms among the world’s tech unicorns: 7 of 1,200 (0.58%)."
    );
  });
});
