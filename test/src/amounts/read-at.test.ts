// The quantities a numeral starts.
import {describe, expect, it} from "vitest";
import {numeralAt} from "../../../src/amounts/numeral-at.js";
import type {Quantity} from "../../../src/amounts/quantity.js";
import {readAt} from "../../../src/amounts/read-at.js";

function read(text: string) {
  const found: Quantity[] = [];
  const end = readAt(text, numeralAt(text, /\d/.exec(text)!.index)!, 0, found, []);
  return [end, found.map((q) => [q.text, q.value, q.unit, q.range])];
}

describe("readAt", () => {
  it("reads both ends of a range, the low end taking the high end's scale and currency", () => {
    expect(read("US$5-6 billion")).toEqual([
      14,
      [
        ["US$5", 5e9, "USD", "low"],
        ["6 billion", 6e9, "USD", "high"]
      ]
    ]);
    expect(read("between 10 and 12 billion yen")).toEqual([
      29,
      [
        ["10", 10e9, "JPY", "low"],
        ["12 billion yen", 12e9, "JPY", "high"]
      ]
    ]);
    expect(read("25 billion to 28 billion euros")[1]).toEqual([
      ["25 billion", 25e9, "EUR", "low"],
      ["28 billion euros", 28e9, "EUR", "high"]
    ]);
  });

  it("reads nothing in an exchange rate or a name, and skips past it", () => {
    expect(read("($1 = 5.03 reais)")).toEqual([16, []]);
    expect(read("G7 summit")).toEqual([2, []]);
    expect(read("ESP32 board")).toEqual([5, []]);
  });
});
