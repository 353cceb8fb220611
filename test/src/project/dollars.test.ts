import {describe, expect, it} from "vitest";
import {constantDollars} from "../../../src/project/dollars.js";
import {files, project} from "../../helpers/project.js";

// US CPI-U by month, read apart from the parsers: "2024-04" → 313.548.
const cpi = new Map(
  files
    .cpi!.trimEnd()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","))
    .map(([date, index]) => [date.slice(0, 7), Number(index)])
);
const mean = (from: string, to: string) => {
  const months = [...cpi].filter(([m]) => m >= from && m <= to).map(([, index]) => index);
  return months.reduce((s, v) => s + v, 0) / months.length;
};

describe("constantDollars", () => {
  const {dollars, deflators} = constantDollars(project.cpi, project.figures, project.fx, "2024-04-14");

  it("puts sums in the dollars of the publication month", () => {
    expect(dollars).toMatchObject({month: "2024-04", cpi: cpi.get("2024-04"), label: "April 2024 dollars"});
  });

  it("deflates a sum in US$ from the month it was stated, and one converted from the months of its basis", () => {
    // US$14 billion stated in January 2024.
    expect(deflators.aws_cloud).toEqual({usd: {start: "2024-01", end: "2024-01", cpi: cpi.get("2024-01"), months: 1}});
    // ¥3.9 trillion: at the 2021–23 mean rate it is in 2021–23 dollars, at the article's rate in April 2024's.
    expect(deflators.chip_subsidies.mean).toMatchObject({start: "2021-01", end: "2023-12", months: 36});
    expect(deflators.chip_subsidies.mean!.cpi).toBeCloseTo(mean("2021-01", "2023-12"), 9);
    expect(deflators.chip_subsidies.article).toMatchObject({start: "2024-04", cpi: cpi.get("2024-04")});
    // Only money has deflators.
    expect(deflators.imd_rank).toBeUndefined();
  });

  it("takes story.json's month when it names one", () => {
    const of = constantDollars(project.cpi, project.figures, project.fx, "2024-04-14", "2023-06");
    expect(of.dollars).toMatchObject({month: "2023-06", cpi: cpi.get("2023-06")});
  });

  it("has no constant dollars without CPI-U or a publication date", () => {
    expect(constantDollars([], project.figures, project.fx, "2024-04-14")).toEqual({deflators: {}});
    expect(constantDollars(project.cpi, project.figures, project.fx, "")).toEqual({deflators: {}});
  });
});
