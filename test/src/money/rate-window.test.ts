// The window of rates that converts an amount of a period.
import {describe, expect, it} from "vitest";
import {rateWindow} from "../../../src/money/rate-window.js";

describe("rateWindow: the rates that convert an amount of a period, for an article of 2025-09-01", () => {
  it("is the period itself when it is over by publication", () => {
    expect(rateWindow({start: "2021-01-01", end: "2023-12-31"}, "2025-09-01")).toMatchObject({
      start: "2021-01-01",
      end: "2023-12-31",
      kind: "past",
      why: ""
    });
  });

  it("runs from its start to the month before publication while it is under way", () => {
    const w = rateWindow({start: "2025-01-01", end: "2025-12-31"}, "2025-09-01");
    expect([w.start, w.end, w.kind]).toEqual(["2025-01-01", "2025-08-31", "running"]);
    expect(w.why).toContain("still under way");
  });

  it("is the three whole months before publication for money yet to be spent, or of the day itself", () => {
    for (const period of [{start: "2026-01-01", end: "2026-12-31"}, undefined]) {
      const w = rateWindow(period, "2025-09-01");
      expect([w.start, w.end, w.kind]).toEqual(["2025-06-01", "2025-08-31", "ahead"]);
    }
    expect(rateWindow(undefined, "2025-01-15")).toMatchObject({start: "2024-10-01", end: "2024-12-31"});
  });
});
