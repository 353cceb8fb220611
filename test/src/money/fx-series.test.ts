import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import type {Problem} from "../../../src/inputs/errors.js";
import {dailySeries, parseMonthlyRates, type FxSeries} from "../../../src/money/fx-series.js";
import {projectRoot} from "../../../scripts/read-project.js";

const FILE = "data/fx-monthly-fred.csv";
const csv = readFileSync(join(projectRoot, FILE), "utf8");

function parse(text: string): {series: FxSeries[]; problems: Problem[]} {
  const problems: Problem[] = [];
  return {series: parseMonthlyRates(text, FILE, problems), problems};
}

const {series, problems} = parse(csv);
const of = (currency: string) => series.find((s) => s.currency === currency)!;
const rateOn = (currency: string, date: string) => of(currency).points.find((p) => p.date === date)?.rate;

describe("the FRED monthly rates file", () => {
  it("parses every row of every series with no problem", () => {
    expect(problems).toEqual([]);
    // 34 Country values; Venezuela's three denominations are three currencies.
    expect(series).toHaveLength(36);
    // Every non-empty data line (17,237 in the file) is a point.
    const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
    expect(lines.length - 1).toBe(17237);
    expect(series.reduce((n, s) => n + s.points.length, 0)).toBe(17237);
    for (const s of series) {
      expect(s.frequency).toBe("monthly");
      expect(s.file).toBe(FILE);
      expect(s.points.every((p, i) => i === 0 || s.points[i - 1].date < p.date)).toBe(true);
    }
  });

  it("has the reference notes' check values for Japan", () => {
    expect(of("JPY").points.filter((p) => p.date.startsWith("2024-0") && p.date < "2024-05")).toEqual([
      {date: "2024-01-01", rate: 146.2943},
      {date: "2024-02-01", rate: 149.615},
      {date: "2024-03-01", rate: 149.8186},
      {date: "2024-04-01", rate: 153.89}
    ]);
  });

  it("keeps euro, pound and Australian dollar as units per US dollar, as the file states them", () => {
    // April 2024: about US$1.07 per euro and US$1.25 per pound, i.e. 0.93 EUR and 0.80 GBP per US$.
    expect(rateOn("EUR", "2024-04-01")).toBe(0.9325);
    expect(1 / rateOn("EUR", "2024-04-01")!).toBeCloseTo(1.0724, 4);
    expect(rateOn("GBP", "2024-04-01")).toBe(0.7989);
    // July 2008, the pound near US$2: 0.5028 GBP per US$.
    expect(rateOn("GBP", "2008-07-01")).toBe(0.5028);
    expect(rateOn("AUD", "2024-04-01")).toBe(1.5368);
    expect(rateOn("KRW", "2024-04-01")).toBe(1367.8555);
    expect(rateOn("TWD", "2024-04-01")).toBe(32.335);
  });

  it("maps Asian, European and other series to their ISO codes", () => {
    const codes = series.map((s) => s.currency).sort();
    expect(codes).toEqual(
      "ATS AUD BEF BRL CAD CHF CNY DEM DKK ESP EUR FIM FRF GBP GRD HKD IEP INR ITL JPY KRW LKR MXN MYR NLG NOK NZD PTE SEK SGD THB TWD VED VEF VES ZAR".split(
        " "
      )
    );
  });

  it("ends the euro-area currencies when the euro replaced them", () => {
    expect(of("DEM").points.at(-1)).toEqual({date: "2001-12-01", rate: 2.1946});
    expect(of("GRD").points.at(-1)!.date).toBe("2000-12-01");
    expect(of("EUR").points[0]).toEqual({date: "1999-01-01", rate: 0.8627});
  });

  it("splits Venezuela's series at each redenomination", () => {
    expect(of("VEF").points.at(-1)).toEqual({date: "2018-08-01", rate: 2495016.1501});
    expect(of("VES").points[0]).toEqual({date: "2018-09-01", rate: 61.4953});
    expect(of("VES").points.at(-1)).toEqual({date: "2021-10-01", rate: 4191337.2125});
    expect(of("VED").points[0]).toEqual({date: "2021-11-01", rate: 4.4848});
  });
});

describe("bad monthly rows", () => {
  const bad = [
    "Date,Country,Exchange rate",
    "2024-01-01,Japan,146.2943",
    "2024-02-01,Japan,", // a gap
    "2024-03-15,Japan,149.8186",
    "2024-04-01,Japan,abc",
    "2024-05-01,Japan,-3",
    "2024-06-01,Japan,0",
    "2024-01-01,Narnia,2",
    "2024-02-01,Narnia,2",
    "2024-01-01,Japan,146.3",
    "2024-07-01,Japan,.",
    "2024-13-01,Euro,0.9"
  ].join("\n");

  it("are each reported with file:line and what is wrong, gaps are skipped", () => {
    const {series, problems} = parse(bad);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `${FILE}:4: Date "2024-03-15" is not the first of a month (YYYY-MM-01)`,
      `${FILE}:5: Exchange rate "abc" for Japan 2024-04-01 is not a positive number`,
      `${FILE}:6: Exchange rate "-3" for Japan 2024-05-01 is not a positive number`,
      `${FILE}:7: Exchange rate "0" for Japan 2024-06-01 is not a positive number`,
      `${FILE}:8: unknown Country "Narnia": map it to its ISO 4217 code in src/money/fred-countries.ts (and 1 more line)`,
      `${FILE}:10: duplicate row for Japan 2024-01-01 (first on line 2)`,
      `${FILE}:12: Date "2024-13-01" is not the first of a month (YYYY-MM-01)`
    ]);
    expect(series).toEqual([
      {
        currency: "JPY",
        frequency: "monthly",
        points: [{date: "2024-01-01", rate: 146.2943}],
        source: series[0].source,
        file: FILE
      }
    ]);
  });

  it("names missing columns on line 1", () => {
    const {series, problems} = parse("Date,Country,Rate\n2024-01-01,Japan,146\n");
    expect(series).toEqual([]);
    expect(problems).toEqual([{file: FILE, line: 1, message: 'missing column "Exchange rate"'}]);
  });

  it("reads a byte-order mark, CRLF line ends and rows out of order", () => {
    const {series, problems} = parse(
      "\uFEFFDate,Country,Exchange rate\r\n2024-02-01,Euro,0.9\r\n2024-01-01,Euro,0.8\r\n"
    );
    expect(problems).toEqual([]);
    expect(series[0].points).toEqual([
      {date: "2024-01-01", rate: 0.8},
      {date: "2024-02-01", rate: 0.9}
    ]);
  });
});

describe("dailySeries", () => {
  it("wraps daily rates as a daily series of the seed's yen file by default", () => {
    const points = [{date: "2024-04-12", rate: 153.12}];
    expect(dailySeries(points)).toMatchObject({
      currency: "JPY",
      frequency: "daily",
      points,
      file: "data/usdjpy-daily.csv"
    });
    expect(dailySeries(points, "EUR", "data/eur.csv", "ECB")).toEqual({
      currency: "EUR",
      frequency: "daily",
      points,
      source: "ECB",
      file: "data/eur.csv"
    });
  });
});
