import {describe, expect, it} from "vitest";
import {addMonths, isIsoDate, isoDay, monthEnd, monthEndOf, monthName, monthStart} from "../../../src/inputs/dates.js";

describe("isIsoDate", () => {
  it("accepts real days only", () => {
    expect(["2024-02-29", "2000-02-29", "2023-12-31", "2021-01-01"].filter(isIsoDate)).toHaveLength(4);
    expect(
      ["2022-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10"].filter(isIsoDate)
    ).toEqual([]);
    expect(["2024-2-3", "24-02-03", "2024-02-03T00:00", " 2024-02-03", ""].filter(isIsoDate)).toEqual([]);
  });
});

describe("isoDay", () => {
  it("is a UTC instant's day", () => {
    expect(isoDay(new Date(Date.UTC(2024, 3, 10, 23, 59)))).toBe("2024-04-10");
  });
});

describe("monthStart, monthEnd and monthEndOf", () => {
  it("are a month's first and last days, leap years counted", () => {
    expect(monthStart(2024, 4)).toBe("2024-04-01");
    expect([monthEnd(2024, 2), monthEnd(2023, 2), monthEnd(2024, 12), monthEnd(1900, 2)]).toEqual([
      "2024-02-29",
      "2023-02-28",
      "2024-12-31",
      "1900-02-28"
    ]);
    expect([monthEndOf("2024-02-10"), monthEndOf("2024-04"), monthEndOf("2024-09-30")]).toEqual([
      "2024-02-29",
      "2024-04-30",
      "2024-09-30"
    ]);
  });
});

describe("monthName", () => {
  it("says a date's or a month's month, in full or short", () => {
    expect(monthName("2025-03-14")).toBe("March 2025");
    expect(monthName("2024-12")).toBe("December 2024");
    expect(monthName("2024-04", true)).toBe("Apr 2024");
    expect(monthName("2024-09-01", true)).toBe("Sep 2024");
  });
});

describe("addMonths", () => {
  it("counts months across years, either way", () => {
    expect(addMonths(2024, 11, 3)).toEqual([2025, 2]);
    expect(addMonths(2026, 6, -36)).toEqual([2023, 6]);
    expect(addMonths(2024, 1, -1)).toEqual([2023, 12]);
  });
});
