// The draft of a new story: ids, quotes, bylines and line ends, on small texts written here.
import {describe, expect, it} from "vitest";
import {figureId, normaliseText, quoteOf, splitByline} from "../../src/index.js";

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

describe("splitByline", () => {
  it("splits on commas and “and”, dropping a leading “By”", () => {
    expect(splitByline("By Kim Min-ji, Lee Joon and Anna Berg")).toEqual(["Kim Min-ji", "Lee Joon", "Anna Berg"]);
    expect(splitByline("Ana Sandoval")).toEqual(["Ana Sandoval"]);
    expect(splitByline("")).toEqual([]);
  });
});

describe("normaliseText", () => {
  it("drops the byte-order mark and makes every line end LF", () => {
    expect(normaliseText("\ufeffa\r\nb\rc\n")).toBe("a\nb\nc\n");
  });
});

describe("quoteOf", () => {
  const at = (text: string, amount: string, from = 0) => {
    const start = text.indexOf(amount, from);
    return {start, end: start + amount.length};
  };

  it("is the amount's clause when that clause occurs once", () => {
    const text = "Shares fell, and the firm said it would spend US$5 billion on plants, officials said.";
    expect(quoteOf(text, at(text, "US$5 billion"))).toBe("and the firm said it would spend US$5 billion on plants");
  });

  it("grows beyond a clause that occurs twice until it is unique", () => {
    const text = "In March, it pledged US$5 billion. In May, it pledged US$5 billion.";
    const second = at(text, "US$5 billion", 30);
    const quote = quoteOf(text, second);
    expect(quote).toBe("In May, it pledged US$5 billion");
    expect(text.indexOf(quote)).toBe(text.lastIndexOf(quote));
  });

  it("keeps a bracketed conversion whole", () => {
    const text = "Tokyo said, on Friday, that it spent ¥3.9 trillion (US$25.4 billion, at today's rate) on chips.";
    expect(quoteOf(text, at(text, "US$25.4 billion"))).toBe(
      "that it spent ¥3.9 trillion (US$25.4 billion, at today's rate) on chips"
    );
  });
});
