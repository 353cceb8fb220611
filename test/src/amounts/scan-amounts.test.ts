// The scan of a growing text.
import {describe, expect, it} from "vitest";
import {REACH, scanAmounts} from "../../../src/amounts/scan-amounts.js";

describe("scanAmounts", () => {
  const text = `Japan spent ¥3.9 trillion. ${"x".repeat(REACH)} Then $5 billion.`;

  it("holds back what ends near the end of a text still growing, and resumes to find what one scan finds", () => {
    const part = scanAmounts(text, 0, false);
    expect(part.quantities.map((q) => q.text)).toEqual(["¥3.9 trillion"]);
    const rest = scanAmounts(text, part.next, true).quantities;
    expect([...part.quantities, ...rest]).toEqual(scanAmounts(text, 0, true).quantities);
    expect(rest.map((q) => [q.text, q.value, q.unit])).toEqual([["$5 billion", 5e9, "USD"]]);
  });

  it("reads nothing of a growing text shorter than its reach", () => {
    expect(scanAmounts(text.slice(0, 40), 0, false)).toEqual({quantities: [], next: 0});
  });
});
