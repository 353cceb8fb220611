// The currency printed before a number.
import {describe, expect, it} from "vitest";
import {numeralAt} from "../../../src/amounts/numeral-at.js";
import {prefixBefore, randBefore} from "../../../src/amounts/prefix-before.js";

describe("prefixBefore", () => {
  it("is the symbol or code just before the number, a space allowed", () => {
    expect(prefixBefore("spent US$20 billion", 9, 0)).toEqual({code: "USD", start: 6, glued: false});
    expect(prefixBefore("spent ¥ 20", 8, 0)).toEqual({code: "JPY", start: 6, glued: false});
  });

  it("marks an ISO code glued to the number, and reads nothing before where the scan stands", () => {
    expect(prefixBefore("ESP32", 3, 0)).toEqual({code: "ESP", start: 0, glued: true});
    expect(prefixBefore("spent US$20", 9, 8)).toBeUndefined();
  });
});

describe("randBefore", () => {
  it("is a lone R before the number, never the end of a word", () => {
    expect(randBefore("R18bn", numeralAt("R18bn", 1)!, 0)).toEqual({code: "ZAR", start: 0, family: "rand"});
    expect(randBefore("AR18bn", numeralAt("AR18bn", 2)!, 0)).toBeUndefined();
  });
});
