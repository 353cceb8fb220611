// The generic story's choices that do not need an article: which currency's rates it charts.
import {describe, expect, it} from "vitest";
import {mainCurrency} from "../../../src/draft/generic.js";

describe("mainCurrency", () => {
  it("is the currency most converted amounts are in, not the largest amount's", () => {
    // A Brazilian story that cites the EU's plan once: the largest foreign amount is in euros.
    expect(mainCurrency(["EUR", "BRL", "BRL", "BRL"])).toBe("BRL");
    expect(mainCurrency(["JPY"])).toBe("JPY");
  });

  it("goes to the first of a tie, which is the largest amount's currency, and is none without amounts", () => {
    expect(mainCurrency(["KRW", "EUR", "EUR", "KRW"])).toBe("KRW");
    expect(mainCurrency(["EUR", "KRW", "KRW", "EUR"])).toBe("EUR");
    expect(mainCurrency([])).toBeUndefined();
  });
});
