// A period as figures.csv writes it, read, written and said to readers.
import {describe, expect, it} from "vitest";
import {describePeriod, formatPeriod, parsePeriod} from "../../../src/money/period.js";

describe("parsePeriod and formatPeriod", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2021..2023", "2021-01-01", "2023-12-31"],
    ["2024-04..2025-03", "2024-04-01", "2025-03-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2024-04-14", "2024-04-14", "2024-04-14"],
    ["2024-01-15..2024-03-31", "2024-01-15", "2024-03-31"]
  ])("%s → %s..%s, and back", (text, start, end) => {
    expect(parsePeriod(text)).toEqual({start, end});
    expect(formatPeriod({start, end})).toBe(text);
  });

  it.each(["", "2024..2021", "2024-13", "2024-02-30", "next year", "2021..2022..2023"])("refuses %j", (text) =>
    expect(parsePeriod(text)).toBeUndefined()
  );

  it("describes a period for readers", () => {
    expect(describePeriod("2021..2023")).toBe("2021–2023");
    expect(describePeriod("2026")).toBe("2026");
    expect(describePeriod("2024-04..2025-03")).toBe("Apr 2024–Mar 2025");
    expect(describePeriod("")).toBe("at publication");
  });
});
