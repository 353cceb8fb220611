// The time an amount refers to, read from its sentence.
import {describe, expect, it} from "vitest";
import {inferPeriod, periodCues} from "../../../src/money/infer-period.js";

describe("periodCues: the words of time in a sentence, for an article of 2025-09-01", () => {
  const cue = (text: string, currency = "") => {
    const [c] = periodCues(text, "2025-09-01", currency);
    return c && `${c.period.start}..${c.period.end}`;
  };
  it.each([
    ["last year's budget", "2024-01-01..2024-12-31"],
    ["a budget for next year", "2026-01-01..2026-12-31"],
    ["spending this year", "2025-01-01..2025-12-31"],
    ["a fund in 2026", "2026-01-01..2026-12-31"],
    ["since 2021", "2021-01-01..2025-09-01"],
    ["in the past three years", "2022-09-01..2025-09-01"],
    ["over the next five years", "2025-10-01..2030-09-30"],
    ["over the next three months", "2025-10-01..2025-12-31"],
    ["by 2029", "2025-10-01..2029-12-31"],
    ["the scheme will run till 2037", "2025-10-01..2037-12-31"],
    ["by the end of 2025", "2025-10-01..2025-12-31"],
    ["from 2021 to 2023", "2021-01-01..2023-12-31"],
    ["RM90 billion a year for 2023 until 2025", "2023-01-01..2025-12-31"],
    ["over 2021-23", "2021-01-01..2023-12-31"],
    ["a loss in the second quarter", "2025-04-01..2025-06-30"],
    ["in the fourth quarter", "2024-10-01..2024-12-31"],
    ["in the fourth quarter of 2023", "2023-10-01..2023-12-31"]
  ])("%j → %s", (text, period) => expect(cue(text)).toBe(period));

  it.each([
    ["savings over 10 years", "2025-10-01..2035-09-30"],
    ["paid within 10 years of registration", "2025-10-01..2035-09-30"],
    ["a 20-year strategy", "2025-10-01..2045-09-30"],
    ["a two-year plan", "2025-10-01..2027-09-30"],
    ["over a decade", "2025-10-01..2035-09-30"],
    ["an outlay of Rs 1,500 crore over a period of seven years for the creation", "2025-10-01..2032-09-30"]
  ])("a span with no start of its own, %j, runs from the month after publication: %s", (text, period) =>
    expect(cue(text)).toBe(period)
  );

  it.each([
    [
      "with an outlay of Rs 10,000 crore for a period of three years starting from April 1, 2019",
      "2019-04-01..2022-03-31"
    ],
    ["for two years from 1 April 2020", "2020-04-01..2022-03-31"],
    ["for a period of 18 months beginning in July 2024", "2024-07-01..2025-12-31"]
  ])("a span with its start, %j, runs from that month: %s", (text, period) => expect(cue(text)).toBe(period));

  it("reads no span from a bare “for three years”, which may be time gone by", () => {
    expect(cue("The levy has been in place for three years")).toBeUndefined();
  });

  it("reads a level reached by a year as of that year, and money spent by it as until then", () => {
    expect(cue("the market is forecast to reach a total size of $1tn by 2030")).toBe("2030-01-01..2030-12-31");
    expect(cue("sales could top $5bn by 2027")).toBe("2027-01-01..2027-12-31");
    expect(cue("the state will spend $5bn by 2027")).toBe("2025-10-01..2027-12-31");
    // A level in another clause leaves the spending's year alone.
    expect(cue("Exports reached a record, and the state will spend $5bn by 2027")).toBe("2025-10-01..2027-12-31");
  });

  it("reads the end of a month gone by as that day, and one still ahead as until then", () => {
    // Published 2025-09-01: September's end is ahead, March's is past.
    expect(cue("By the end of March, reserves exceeded $3 trillion")).toBe("2025-03-31..2025-03-31");
    expect(cue("to be spent by the end of December")).toBe("2025-10-01..2025-12-31");
    expect(cue("to be spent by the end of September")).toBe("2025-09-01..2025-09-30");
    expect(cue("by the end of June 2024")).toBe("2024-06-30..2024-06-30");
  });

  it("reads a year's end in December as from publication", () =>
    expect(periodCues("by 2025", "2025-12-10").map((c) => c.period)).toEqual([
      {start: "2025-12-10", end: "2025-12-31"}
    ]));

  it.each(["over 10 years ago", "a 3-year-old fund"])("takes no span from %j", (text) =>
    expect(cue(text)).toBeUndefined()
  );

  it("reads fiscal years by the currency's calendar", () => {
    expect(cue("in fiscal 2024", "JPY")).toBe("2024-04-01..2025-03-31");
    expect(cue("in fiscal 2024", "USD")).toBe("2023-10-01..2024-09-30");
    expect(cue("FY2021-23", "JPY")).toBe("2021-04-01..2024-03-31");
    expect(cue("in fiscal 2024", "KRW")).toBe("2024-01-01..2024-12-31");
  });

  it("reads a fiscal year across two named years, or by the month it ends", () => {
    expect(cue("A$1 billion for 2020/21", "AUD")).toBe("2020-07-01..2021-06-30");
    expect(cue("in 2012-2013", "ZAR")).toBe("2012-04-01..2013-03-31");
    expect(cue("in 2024-25", "INR")).toBe("2024-04-01..2025-03-31");
    expect(cue("the fiscal year that ends in June 2020", "AUD")).toBe("2019-07-01..2020-06-30");
    // No year: the first March from publication (2025-09-01) → March 2026.
    expect(cue("the package for the fiscal ending in March", "USD")).toBe("2025-04-01..2026-03-31");
    // Without a fiscal calendar (the won), or in dollars, two years stay two years.
    expect(cue("in 2020/21", "KRW")).toBe("2020-01-01..2021-12-31");
    expect(cue("in 2023-24", "USD")).toBe("2023-01-01..2024-12-31");
    expect(cue("between 2023-25", "GBP")).toBe("2023-01-01..2025-12-31");
  });

  it("takes the cue nearest the amount within its clause", () => {
    const text = "Spending will rise to 35.3 trillion won next year, from 29.6 trillion won this year.";
    const sentence = {start: 0, end: text.length};
    const clause1 = {start: 0, end: text.indexOf(",")};
    const clause2 = {start: text.indexOf("from"), end: text.length};
    const at = (s: string) => ({start: text.indexOf(s), end: text.indexOf(s) + s.length});
    const first = inferPeriod(text, at("35.3 trillion won"), {clause: clause1, sentence}, "2025-09-01");
    const second = inferPeriod(text, at("29.6 trillion won"), {clause: clause2, sentence}, "2025-09-01");
    expect([first?.cue, first?.period.start]).toEqual(["next year", "2026-01-01"]);
    expect([second?.cue, second?.period.start]).toEqual(["this year", "2025-01-01"]);
  });

  it("prefers a span in the amount's clause to a year that opens the sentence", () => {
    const text = "Last year, Congress passed a reform projected to save 800 billion reais over 10 years.";
    const sentence = {start: 0, end: text.length};
    const clause = {start: text.indexOf("Congress"), end: text.length};
    const at = {start: text.indexOf("800"), end: text.indexOf(" over")};
    const p = inferPeriod(text, at, {clause, sentence}, "2020-04-03");
    expect([p?.cue, p?.period.start, p?.period.end]).toEqual(["over 10 years", "2020-05-01", "2030-04-30"]);
  });

  it("finds no period where the sentence gives none", () => {
    const text = "Acme said it would invest US$2 billion in Ohio.";
    const all = {start: 0, end: text.length};
    expect(inferPeriod(text, {start: 26, end: 38}, {clause: all, sentence: all}, "2025-09-01")).toBeUndefined();
  });
});
