import {describe, expect, it} from "vitest";
import {
  axisScale,
  compareWords,
  formatCount,
  formatMoney,
  formatOrdinal,
  formatRate,
  formatShare
} from "../../../src/story/format.js";

describe("compareWords", () => {
  it("takes the direction from the unrounded sums, and says 'about the same' under half a percent apart", () => {
    // US$46.4 billion against US$46.5 billion: 0.2% less, which rounds to 0%: about the same.
    expect(compareWords(46.4e9, 46.5e9)).toBe("about the same as");
    // The seed's subsidy: at the 2021–23 mean (127.27) against the article's rate (153.30): 20% more.
    expect(compareWords(3.9e12 / 127.2729, 3.9e12 / 153.3019)).toBe("20% more than");
    expect(compareWords(97.7, 100)).toBe("2.3% less than");
    expect(compareWords(100.6, 100)).toBe("0.6% more than");
  });
});

describe("format", () => {
  it("prints money as the story does", () => {
    expect(formatMoney(25.44e9, "USD")).toBe("US$25.4 billion");
    expect(formatMoney(3.9e12, "JPY")).toBe("¥3.9 trillion");
    expect(formatMoney(39e9, "USD")).toBe("US$39 billion");
    expect(formatMoney(476e9, "JPY")).toBe("¥476 billion");
    expect(formatMoney(2.5e6, "EUR")).toBe("€2.5 million");
    // Money smaller than the display unit keeps its significant digits.
    expect(formatMoney(0.004, "USD")).toBe("US$0.004");
    expect(formatMoney(0.01234, "USD")).toBe("US$0.0123");
    expect(formatMoney(0, "USD")).toBe("US$0");
    expect(formatMoney(25.44e9, "USD", {exact: true})).toBe("US$25.44 billion");
    expect(formatMoney(591.48e12, "JPY", {exact: true})).toBe("¥591.48 trillion");
    expect(formatCount(3e6)).toBe("3 million");
    expect(formatCount(1200)).toBe("1,200");
    expect(formatRate(153.30188)).toBe("153.30");
    expect(formatShare(7 / 1200)).toBe("0.58%");
    expect(formatShare(0.024)).toBe("2.4%");
    expect(formatOrdinal(32)).toBe("32nd");
    expect(formatOrdinal(11)).toBe("11th");
  });
});

describe("axisScale", () => {
  it("counts a money axis in the largest word its top value reaches", () => {
    expect(axisScale(25.4e9)).toEqual({scale: 1e9, word: "billion"});
    expect(axisScale(3.9e12)).toEqual({scale: 1e12, word: "trillion"});
    expect(axisScale(2.9e6)).toEqual({scale: 1e6, word: "million"});
    expect(axisScale(9800)).toEqual({scale: 1e3, word: "thousand"});
    expect(axisScale(450)).toEqual({scale: 1, word: ""});
  });
});
