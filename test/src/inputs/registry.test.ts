import {describe, expect, it} from "vitest";
import {unitRule} from "../../../src/inputs/registry.js";

describe("unitRule", () => {
  it("keeps each unit's values possible", () => {
    const fine: [number, string][] = [
      [0, "USD"],
      [3.9e12, "JPY"],
      [0, "count"],
      [125000000, "people"],
      [1, "rank"],
      [2027, "year"],
      [0, "share"],
      [1, "share"],
      [153.3019, "JPY per USD"],
      [34, "years"],
      [-3.5, "%"]
    ];
    expect(fine.filter(([value, unit]) => unitRule(value, unit))).toEqual([]);
    expect(unitRule(-5, "count")).toBe("must be a whole number ≥ 0");
    expect(unitRule(1200.5, "count")).toBe("must be a whole number ≥ 0");
    expect(unitRule(-1, "people")).toBe("must be a whole number ≥ 0");
    expect(unitRule(-1, "USD")).toBe("must be ≥ 0");
    expect(unitRule(0, "rank")).toBe("must be a whole number ≥ 1");
    expect(unitRule(32.5, "rank")).toBe("must be a whole number ≥ 1");
    expect(unitRule(2024.5, "date")).toBe("must be a whole year");
    expect(unitRule(1.4, "share")).toBe("must be between 0 and 1");
    expect(unitRule(-0.1, "share")).toBe("must be between 0 and 1");
    expect(unitRule(0, "JPY per USD")).toBe("must be > 0");
  });
});
