// The quote of an amount: the shortest span around it that names it alone, on small texts written here.
import {describe, expect, it} from "vitest";
import {quoteOf} from "../../../src/draft/quote-of.js";

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
