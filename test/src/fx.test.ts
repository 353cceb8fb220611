import {describe, expect, it} from "vitest";
import {customBasis, meanBasis, meanRate, spotBasis, spotRate, toUsd} from "../../src/fx.js";
import {parseDailyRates} from "../../src/rates.js";
import {formatMoney} from "../../src/format.js";
import {InputError} from "../../src/errors.js";
import {files, project} from "../helpers/project.js";

const rates = parseDailyRates(files.rates);
const subsidy = project.figures.find((f) => f.id === "chip_subsidies")!;

describe("reference rates", () => {
  it("skips holidays instead of reading them as 0", () => {
    expect(files.rates).toContain("2021-01-01,\n");
    expect(rates.find((r) => r.date === "2021-01-01")).toBeUndefined();
    expect(Math.min(...rates.map((r) => r.rate))).toBeGreaterThan(100);
  });

  it("has the yearly means of the reference notes", () => {
    const year = (y: number) => meanRate(rates, `${y}-01-01`, `${y}-12-31`)!;
    expect(year(2021).rate.toFixed(2)).toBe("109.84");
    expect(year(2021).days).toBe(249);
    expect(year(2022).rate.toFixed(2)).toBe("131.46");
    expect(year(2023).rate.toFixed(2)).toBe("140.50");
    expect(year(2024).rate.toFixed(2)).toBe("151.46");
    expect(meanRate(rates, "2021-01-01", "2023-12-31")!.rate.toFixed(2)).toBe("127.27");
  });

  it("falls back to the last trading day for a spot date", () => {
    expect(spotRate(rates, "2024-04-10")).toEqual({date: "2024-04-10", rate: 152.9});
    expect(spotRate(rates, "2024-04-14")).toEqual({date: "2024-04-12", rate: 153.12});
    expect(spotRate(rates, "2020-12-31")).toBeUndefined();
  });

  it("reports bad rate lines with their line numbers, all at once", () => {
    const bad = "date,jpy_per_usd\n2024-01-02,141.2\n2024-01-03,abc\n2024-13-45,150\n2024-01-05,-3\n";
    try {
      parseDailyRates(bad, "data/usdjpy-daily.csv");
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).problems.map((p) => `${p.file}:${p.line}`)).toEqual([
        "data/usdjpy-daily.csv:3",
        "data/usdjpy-daily.csv:4",
        "data/usdjpy-daily.csv:5"
      ]);
      expect((error as InputError).message).toContain('rate "abc" on 2024-01-03 is not a positive number');
    }
  });
});

describe("the ¥3.9 trillion subsidy in US$", () => {
  it("is US$25.44 billion at the article's own rate", () => {
    expect(project.bases.article.rate.toFixed(2)).toBe("153.30");
    expect(toUsd(subsidy.value, "JPY", project.bases.article)).toBeCloseTo(25.44e9, 0);
  });

  it("is US$25.5 billion at the 2024-04-10 spot rate of 152.90", () => {
    const spot = spotBasis(rates, "2024-04-10");
    expect(spot.rate).toBe(152.9);
    expect(formatMoney(toUsd(subsidy.value, "JPY", spot), "USD")).toBe("US$25.5 billion");
  });

  it("is US$30.6 billion at the 2021–23 mean rate", () => {
    const mean = meanBasis(rates);
    expect(mean.rate.toFixed(2)).toBe("127.27");
    expect(mean.days).toBe(748);
    expect(formatMoney(toUsd(subsidy.value, "JPY", mean), "USD")).toBe("US$30.6 billion");
    // The weak yen shrinks it by about a sixth.
    expect(1 - project.bases.mean.rate / project.bases.article.rate).toBeCloseTo(1 / 6, 1);
  });

  it("is US$39 billion at a custom 100 yen per dollar", () => {
    expect(formatMoney(toUsd(subsidy.value, "JPY", customBasis(100)), "USD")).toBe("US$39 billion");
  });

  it("refuses a window with no rates and currencies it has no rate for", () => {
    expect(() => meanBasis(rates, "2019-01-01", "2019-12-31")).toThrow(
      "no reference rates between 2019-01-01 and 2019-12-31"
    );
    expect(() => toUsd(5, "EUR", project.bases.mean)).toThrow("no EUR/USD rate");
    expect(() => customBasis(0)).toThrow("not a positive number");
  });
});
