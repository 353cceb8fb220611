// The numeral a quantity starts with.
import {describe, expect, it} from "vitest";
import {numeralAt} from "../../../src/amounts/numeral-at.js";

describe("numeralAt", () => {
  it("reads digits as printed and spelled-out numbers as digits", () => {
    expect(numeralAt("spent 3.9 trillion", 6)).toEqual({start: 6, end: 9, numeral: "3.9", spelled: false});
    expect(numeralAt("1,200,000 yen", 0)).toEqual({start: 0, end: 9, numeral: "1,200,000", spelled: false});
    expect(numeralAt("twenty-five", 0)).toEqual({start: 0, end: 11, numeral: "25", spelled: true});
  });

  it("reads no number word inside a longer word", () => {
    expect(numeralAt("a-seven", 2)).toBeUndefined();
  });
});
