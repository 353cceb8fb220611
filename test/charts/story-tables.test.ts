// The story's tables as chart types get them, and the lookups over them, on the seed.
import {describe, expect, it} from "vitest";
import {basisIn, constantUsd, figureIn, usdIn} from "../../src/charts/story-tables.js";
import {model, tables} from "../helpers/charts.js";

describe("the story's tables", () => {
  it("one row per figure, per foreign amount and basis, per day of rates", () => {
    expect(tables.figures).toHaveLength(model.figures.length);
    expect(figureIn(tables, "aws_cloud")).toMatchObject({value: 14e9, unit: "USD", text: "US$14 billion"});
    expect(tables.bases.filter((b) => b.figure_id === "chip_subsidies").map((b) => b.basis)).toEqual([
      "article",
      "spot",
      "mean"
    ]);
    const jpy = tables.rates.filter((r) => r.currency === "JPY");
    expect(jpy).toHaveLength(model.series.JPY.points.length);
    expect(jpy[0]).toEqual({currency: "JPY", frequency: "daily", date: "2021-01-04", per_usd: jpy[0].per_usd});
    expect(tables.story[0]).toMatchObject({default_basis: "article", dollars_month: "2024-04"});
    expect(() => figureIn(tables, "nope")).toThrow(/no figure "nope"/);
  });

  it("a foreign amount under the view: the reader's basis, their own rate, the default otherwise", () => {
    const subsidy = figureIn(tables, "chip_subsidies");
    expect(basisIn(tables, subsidy, {}).basis).toBe("article");
    expect(basisIn(tables, subsidy, {basis: "mean"}).rate).toBeCloseTo(127.27, 2);
    expect(usdIn(tables, subsidy, {basis: "custom", rate: 120}).value_usd).toBe(3.9e12 / 120);
    expect(usdIn(tables, figureIn(tables, "aws_cloud"), {basis: "mean"})).toEqual({value_usd: 14e9});
    // 3.9e12 / 127.27 × 313.548 ÷ 289.442 (the guide's worked check): US$33.19 bn in April 2024 dollars
    const mean = basisIn(tables, subsidy, {basis: "mean"});
    expect(constantUsd(tables, subsidy, 3.9e12 / mean.rate, mean)! / 1e9).toBeCloseTo(33.19, 2);
  });
});
