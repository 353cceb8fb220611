// The ids of drafted figures.
import {describe, expect, it} from "vitest";
import {figureId} from "../../../src/draft/figure-id.js";

describe("figureId", () => {
  it.each([
    [14e9, "USD", "usd_14bn"],
    [3.9e12, "JPY", "jpy_3_9tn"],
    [122.5e9, "KRW", "krw_122_5bn"],
    [500e6, "EUR", "eur_500m"],
    [25e3, "GBP", "gbp_25k"],
    [1234567, "USD", "usd_1234567"],
    [0.4, "USD", "usd_0_4"]
  ])("%d %s → %s", (value, unit, id) => expect(figureId(value, unit)).toBe(id));
});
