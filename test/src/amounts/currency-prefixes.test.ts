// The prefix read backwards from where a number starts.
import {describe, expect, it} from "vitest";
import {codeOfPrefix, prefixEndingAt} from "../../../src/amounts/currency-prefixes.js";

const before = (text: string) => prefixEndingAt(text, text.search(/\d/));

describe("prefixEndingAt", () => {
  it("is the prefix with its gap, longest first, whatever character it ends with", () => {
    expect(
      ["spent US$ 5", "C $5", "U.S. $5", "HK$5", "Rs.500", "Rmb50bn", "USD 5", "CN¥5", "¥ 5", "$A90"].map(before)
    ).toEqual(["US$ ", "C $", "U.S. $", "HK$", "Rs.", "Rmb", "USD ", "CN¥", "¥ ", "$A"]);
  });

  it("needs a word boundary before letters, but not before a symbol, and reads no prefix before a lone space", () => {
    expect(["XUS$5", "in 2024", "pay  5", "a5", "€5"].map(before)).toEqual(["$", undefined, undefined, undefined, "€"]);
    expect(prefixEndingAt("5", 0)).toBeUndefined();
  });
});

describe("codeOfPrefix", () => {
  it("names the currency of a prefix, its gap and case aside", () => {
    expect(["c $", "Rmb", "U.S.$", "US$ "].map(codeOfPrefix)).toEqual(["CAD", "CNY", "USD", "USD"]);
  });
});
