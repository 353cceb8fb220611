import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {customBasis, toUsd} from "../../../src/money/basis.js";
import {
  articleBasis,
  defaultWindow,
  meanBasis,
  meanRate,
  publicationBasis,
  spotBasis,
  spotRate,
  windowMeanBasis
} from "../../../src/money/fx.js";
import {dailySeries, parseMonthlyRates, type FxSeries} from "../../../src/money/fx-series.js";
import {parseDailyRates} from "../../../src/inputs/daily-rates.js";
import {formatMoney} from "../../../src/story/format.js";
import {InputError} from "../../../src/inputs/errors.js";
import {projectRoot} from "../../../scripts/read-project.js";
import {files, project} from "../../helpers/project.js";

const rates = parseDailyRates(files.rates);
const subsidy = project.figures.find((f) => f.id === "chip_subsidies")!;
const MONTHLY = "data/fx-monthly-fred.csv";
const monthlyCsv = readFileSync(join(projectRoot, MONTHLY), "utf8");
const series: FxSeries[] = [dailySeries(rates), ...parseMonthlyRates(monthlyCsv, MONTHLY, [])];

// A Country's rates for dates in [start, end], read straight from the CSV lines.
function rawRates(country: string, start: string, end: string): number[] {
  const out: number[] = [];
  for (const line of monthlyCsv.split("\n").slice(1)) {
    const [date, name, rate] = line.trim().split(",");
    if (name === country && date >= start && date <= end) out.push(Number(rate));
  }
  return out;
}

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

describe("the publication-day basis", () => {
  it("is the daily yen rate on the day: 152.90 on 2024-04-10", () => {
    expect(publicationBasis(series, "JPY", "2024-04-10")).toEqual({
      basis: "spot",
      currency: "JPY",
      rate: 152.9,
      label: "rate on 2024-04-10",
      date: "2024-04-10",
      window_start: "",
      window_end: "",
      days: 1,
      source: "Federal Reserve H.10, DEXJPUS (noon buying rates in New York)",
      note: ""
    });
  });

  it("falls back to the last trading day and says so: 153.12 on 2024-04-12 for Sunday 2024-04-14", () => {
    const b = publicationBasis(series, "JPY", "2024-04-14");
    expect([b.rate, b.date, b.currency]).toEqual([153.12, "2024-04-12", "JPY"]);
    expect(b.note).toBe("no rate on 2024-04-14 (a Sunday): the last trading day before it, 2024-04-12, is used");
    expect(spotBasis(rates, "2024-04-14")).toEqual(b);
  });

  it("uses the month's mean for a yen date after the daily data ends", () => {
    const b = publicationBasis(series, "JPY", "2025-03-03");
    expect(b.rate).toBe(149.0576); // the file's "2025-03-01,Japan,149.0576"
    expect(b.label).toBe("March 2025 monthly average");
    expect(b.note).toBe(
      "no daily JPY rate for 2025-03-03 (data/usdjpy-daily.csv ends 2024-12-31): the March 2025 monthly average is used"
    );
    expect([b.date, b.window_start, b.window_end]).toEqual(["2025-03-01", "2025-03-01", "2025-03-31"]);
    expect(b.source).toContain("FRED");
  });

  it("converts euros and pounds at the month's mean, the file's units per US dollar", () => {
    const eur = publicationBasis(series, "EUR", "2024-04-14");
    expect(eur.rate).toBe(0.9325); // "2024-04-01,Euro,0.9325": about US$1.07 per euro
    expect(eur.note).toBe("no daily EUR rates in the data: the April 2024 monthly average is used");
    expect(toUsd(1e9, "EUR", eur)).toBeCloseTo(1.0724e9, -5);
    const gbp = publicationBasis(series, "GBP", "2008-07-15");
    expect(gbp.rate).toBe(0.5028); // the pound near US$2 in July 2008
    expect(toUsd(100, "GBP", gbp)).toBeCloseTo(198.89, 2);
  });

  it("converts won and New Taiwan dollars", () => {
    const krw = publicationBasis(series, "KRW", "2024-04-14");
    expect(krw.rate).toBe(1367.8555);
    expect(formatMoney(toUsd(1e12, "KRW", krw), "USD")).toBe("US$731 million");
    const twd = publicationBasis(series, "TWD", "2024-04-30");
    expect(twd.rate).toBe(32.335);
    expect(toUsd(32.335e9, "TWD", twd)).toBeCloseTo(1e9, 0);
  });

  it("names the currency, the month and the rows to add when there is no rate", () => {
    expect(() => publicationBasis(series, "EUR", "2026-10-14")).toThrow(
      new RangeError(
        "no EUR rate for 2026-10: the Euro series in data/fx-monthly-fred.csv ends in 2026-06, more than 3 months before; run npm run update-reference to fetch the newest rates, or add its monthly rates up to 2026-10 in units per US dollar, one row a month"
      )
    );
    expect(() => publicationBasis(series, "JPY", "2027-01-01")).toThrow(
      "no JPY rate for 2027-01: the Japan series in data/fx-monthly-fred.csv ends in 2026-06"
    );
    expect(() => publicationBasis(series, "PHP", "2024-04-14")).toThrow(
      "no PHP rate for 2024-04: no file in data/ has PHP rates: add its monthly means to data/fx-other.csv, a row a month from the first month the story needs (2024-04-01,PHP,<units of PHP per US dollar>; header date,currency,per_usd), and a row for that file, with its source, in data/sources.csv"
    );
    expect(() => publicationBasis(series, "DEM", "2005-03-01")).toThrow(
      "no DEM rate for 2005-03: DEM was replaced by EUR after 2001-12: state the amount in EUR"
    );
    expect(() => publicationBasis(series, "JPY", "2024-4-14")).toThrow('date "2024-4-14" is not an ISO date');
  });

  it("refuses a fallback of more than 7 days", () => {
    const holey = [
      dailySeries([
        {date: "2024-06-03", rate: 157},
        {date: "2024-06-20", rate: 158}
      ])
    ];
    expect(publicationBasis(holey, "JPY", "2024-06-10").date).toBe("2024-06-03"); // 7 days: allowed
    expect(() => publicationBasis(holey, "JPY", "2024-06-14")).toThrow(
      new RangeError(
        "no JPY rate within 7 days before 2024-06-14: the last one in data/usdjpy-daily.csv is on 2024-06-03, 11 days earlier; add the missing daily rates"
      )
    );
  });

  it("passes US dollars through at 1", () => {
    expect(publicationBasis([], "USD", "2024-04-14")).toMatchObject({currency: "USD", rate: 1});
  });
});

describe("the window-mean basis", () => {
  it("is 127.27 yen over the 748 trading days of 2021–23", () => {
    const b = windowMeanBasis(series, "JPY", "2021-01-01", "2023-12-31");
    expect(b.rate.toFixed(2)).toBe("127.27");
    expect([b.days, b.label, b.note, b.window_start, b.window_end]).toEqual([
      748,
      "2021–23 average",
      "",
      "2021-01-01",
      "2023-12-31"
    ]);
    expect(meanBasis(rates, "2021-01-01", "2023-12-31")).toEqual(b);
  });

  it("averages the monthly means when no daily data covers the window", () => {
    const krw = rawRates("South Korea", "2021-01-01", "2023-12-01");
    expect(krw).toHaveLength(36);
    let sum = 0;
    for (const r of krw) sum += r;
    const b = windowMeanBasis(series, "KRW", "2021-01-01", "2023-12-31");
    expect(b.rate).toBeCloseTo(sum / 36, 9);
    expect([b.days, b.label]).toEqual([36, "2021–23 average of monthly means"]);
    expect(b.note).toBe(
      "no daily KRW rates cover 2021-01-01..2023-12-31: the mean of the 36 monthly averages January 2021–December 2023 is used"
    );
    // Yen over 2022–25 runs past the daily data, so it is monthly too.
    const jpy = windowMeanBasis(series, "JPY", "2022-01-01", "2025-12-31");
    expect(jpy.days).toBe(48);
    const yen = rawRates("Japan", "2022-01-01", "2025-12-01");
    expect(jpy.rate).toBeCloseTo(yen.reduce((a, b) => a + b) / yen.length, 9);
  });

  it("names the month to add when one is missing in the window", () => {
    const holey = parseMonthlyRates(monthlyCsv.replace(/2022-06-01,Euro,[\d.]+\r?\n/, ""), MONTHLY, []);
    expect(() => windowMeanBasis(holey, "EUR", "2022-01-01", "2022-12-31")).toThrow(
      "no EUR rate for 2022-06: add a row for Euro 2022-06-01 to data/fx-monthly-fred.csv"
    );
    expect(() => meanBasis(rates, "2019-01-01", "2019-12-31")).toThrow(
      "no JPY rate for 2019-01: add its daily rates to data/usdjpy-daily.csv (no monthly rates were given)"
    );
    expect(() => windowMeanBasis(series, "EUR", "1998-01-01", "1999-12-31")).toThrow(
      "no EUR rate for 1998-01: add a row for Euro 1998-01-01"
    );
  });
});

describe("defaultWindow", () => {
  it("is the three calendar years before publication", () => {
    expect(defaultWindow("2024-04-14")).toEqual({start: "2021-01-01", end: "2023-12-31"});
    expect(defaultWindow("2025-01-01", [])).toEqual({start: "2022-01-01", end: "2024-12-31"});
  });

  it("is the years the article refers to, up to its publication", () => {
    expect(defaultWindow("2024-04-14", [2023, 2019, 2021])).toEqual({start: "2019-01-01", end: "2023-12-31"});
    expect(defaultWindow("2024-04-14", [2022, 2024, 2027])).toEqual({start: "2022-01-01", end: "2024-04-14"});
    expect(defaultWindow("2024-04-14", [2030])).toEqual({start: "2021-01-01", end: "2023-12-31"});
  });
});

describe("rates at the edge of the data", () => {
  // The monthly series end in June 2026 (the CSV's last Euro row: 0.8684, Japan: 160.77).
  const last = (country: string) => rawRates(country, "2026-06-01", "2026-06-30")[0];

  it("states an article dated up to three months after the data at the latest month, and says so", () => {
    for (const date of ["2026-07-01", "2026-08-20", "2026-09-30"]) {
      const b = publicationBasis(series, "EUR", date);
      expect(b.rate).toBe(last("Euro"));
      expect(b.label).toBe("June 2026 monthly average");
      expect(b.note).toContain("end in June 2026");
    }
    expect(publicationBasis(series, "JPY", "2026-08-20").rate).toBe(last("Japan"));
  });

  it("leaves the months past the data out of a window, and uses the latest month when none is left", () => {
    const running = windowMeanBasis(series, "EUR", "2026-04-01", "2026-07-31");
    const expected = rawRates("Euro", "2026-04-01", "2026-06-30");
    expect(expected).toHaveLength(3);
    expect(running.rate).toBeCloseTo(expected.reduce((a, b) => a + b) / 3, 12);
    expect(running.days).toBe(3);
    expect(running.note).toContain("July 2026 is left out");
    const ahead = windowMeanBasis(series, "EUR", "2026-07-01", "2026-09-30");
    expect(ahead.rate).toBe(last("Euro"));
    expect(() => windowMeanBasis(series, "EUR", "2026-07-01", "2026-10-31")).toThrow("ends in 2026-06");
  });
});

describe("the ¥3.9 trillion subsidy in US$", () => {
  it("is US$25.44 billion at the article's own rate", () => {
    expect(project.fx.chip_subsidies.article!.rate.toFixed(2)).toBe("153.30");
    expect(project.fx.chip_subsidies.article!.currency).toBe("JPY");
    expect(toUsd(subsidy.value, "JPY", project.fx.chip_subsidies.article!)).toBeCloseTo(25.44e9, 0);
    expect(articleBasis("TWD", 30, "2024-04-14")).toMatchObject({basis: "article", currency: "TWD", rate: 30});
  });

  it("is US$25.5 billion at the 2024-04-10 spot rate of 152.90", () => {
    const spot = publicationBasis(series, "JPY", "2024-04-10");
    expect(formatMoney(toUsd(subsidy.value, "JPY", spot), "USD")).toBe("US$25.5 billion");
  });

  it("is US$30.6 billion at the 2021–23 mean rate", () => {
    const mean = windowMeanBasis(series, "JPY", "2021-01-01", "2023-12-31");
    expect(formatMoney(toUsd(subsidy.value, "JPY", mean), "USD")).toBe("US$30.6 billion");
    // The weak yen shrinks it by about a sixth.
    expect(1 - project.fx.chip_subsidies.mean!.rate / project.fx.chip_subsidies.article!.rate).toBeCloseTo(1 / 6, 1);
  });

  it("is US$39 billion at a custom 100 yen per dollar", () => {
    expect(formatMoney(toUsd(subsidy.value, "JPY", customBasis("JPY", 100)), "USD")).toBe("US$39 billion");
    expect(customBasis(100)).toEqual(customBasis("JPY", 100)); // the story page's slider
  });

  it("refuses an amount in another currency than its basis, and a bad custom rate", () => {
    expect(() => toUsd(5, "EUR", project.fx.chip_subsidies.mean!)).toThrow(
      new RangeError("cannot convert an amount in EUR with a JPY rate (2021–23 average): use a EUR basis")
    );
    expect(toUsd(5, "USD", project.fx.chip_subsidies.mean!)).toBe(5);
    expect(() => customBasis("EUR", 0)).toThrow("custom rate 0 is not a positive number");
    expect(() => customBasis(NaN)).toThrow("not a positive number");
  });
});
