// A numeral with its prefix and suffix → one quantity.
import {describe, expect, it} from "vitest";
import {classify} from "../../../src/amounts/classify.js";
import {numeralAt} from "../../../src/amounts/numeral-at.js";
import {suffixAfter} from "../../../src/amounts/suffix-after.js";

function one(text: string) {
  const n = numeralAt(text, /\d/.exec(text)!.index)!;
  const q = classify(n, undefined, suffixAfter(text, n, false), text, []);
  return [q.text, q.kind, q.value, q.unit];
}

describe("classify", () => {
  it("makes a four-digit number a year, with an s a decade", () => {
    expect(one("2024")).toEqual(["2024", "year", 2024, "year"]);
    expect(one("in the 1990s")).toEqual(["1990s", "year", 1990, "decade"]);
  });

  it("makes a small number beside a month a day, else a count", () => {
    expect(one("May 5")).toEqual(["5", "date", 5, "day"]);
    expect(one("17 units")).toEqual(["17", "count", 17, ""]);
  });
});
