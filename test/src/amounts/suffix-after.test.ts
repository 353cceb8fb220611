// What follows a numeral.
import {describe, expect, it} from "vitest";
import {numeralAt} from "../../../src/amounts/numeral-at.js";
import {suffixAfter} from "../../../src/amounts/suffix-after.js";

const after = (text: string, hasCurrency = false) => suffixAfter(text, numeralAt(text, 0)!, hasCurrency);

describe("suffixAfter", () => {
  it("reads a percent sign and an ordinal", () => {
    expect(after("5%")).toMatchObject({end: 2, percent: true});
    expect(after("3rd")).toMatchObject({end: 3, ordinal: true});
  });

  it("takes a short scale only for money: $5m is five million, 5m five metres", () => {
    expect(after("5m", true)).toMatchObject({end: 2, exponent: 6});
    expect(after("5m")).toMatchObject({end: 1, exponent: 0});
    expect(after("50+ billion", true)).toMatchObject({end: 11, exponent: 9});
  });

  it("reads a currency's name after the scale, and its cents into the numeral", () => {
    expect(after("4 billion euros")).toMatchObject({end: 15, exponent: 9, currency: "EUR"});
    expect(after("12 dollars and 30 cents")).toMatchObject({end: 23, currency: "USD", numeral: "12.30"});
  });
});
