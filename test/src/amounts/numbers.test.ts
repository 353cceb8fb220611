import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseNumeral, scaleExponent, scaleNumeral} from "../../../src/amounts/numbers.js";
import {extractAmounts} from "../../../src/amounts/extract-amounts.js";

const withCommas = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("numbers", () => {
  it("parses numerals with thousands separators and decimals", () => {
    expect(parseNumeral("1,200")).toBe(1200);
    expect(parseNumeral("25.44")).toBe(25.44);
    expect(parseNumeral("1,234,567.5")).toBe(1234567.5);
    expect(parseNumeral("12,34")).toBeNaN();
    expect(parseNumeral("1.2.3")).toBeNaN();
  });

  it("scales exactly, without float drift", () => {
    expect(scaleNumeral("25.44", 9)).toBe(25440000000);
    expect(scaleNumeral("3.9", 12)).toBe(3900000000000);
    expect(scaleNumeral("8.6", 9)).toBe(8600000000);
    expect(scaleNumeral("0.1", 6)).toBe(100000);
    expect(scaleExponent("Bn")).toBe(9);
    expect(scaleExponent("tn")).toBe(12);
  });

  it("round-trips any integer written with thousands separators", () => {
    fc.assert(
      fc.property(fc.bigInt({min: 0n, max: 10n ** 15n}), (n) => {
        expect(parseNumeral(withCommas(n))).toBe(Number(n));
        expect(parseNumeral(n.toString())).toBe(Number(n));
      })
    );
  });

  it("scales any decimal by any scale word to the value of its decimal string", () => {
    const words = fc.constantFrom(
      ["million", 6],
      ["billion", 9],
      ["trillion", 12],
      ["bn", 9],
      ["tn", 12],
      ["thousand", 3]
    );
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 999_999}),
        fc.integer({min: 0, max: 99}),
        words,
        (int, frac, [word, exp]) => {
          const numeral = `${int}.${String(frac).padStart(2, "0")}`;
          // Independently of the decimal string: whole hundredths times a power of ten, in exact integers (every
          // scale here is at least 10^3), rounded once to the nearest double.
          const expected = Number(BigInt(int * 100 + frac) * 10n ** BigInt((exp as number) - 2));
          expect(scaleNumeral(numeral, exp as number)).toBe(expected);
          const [q] = extractAmounts(
            `It cost US$${withCommas(BigInt(int))}.${String(frac).padStart(2, "0")} ${word} in all.`
          );
          expect(q).toMatchObject({kind: "money", unit: "USD", value: expected});
        }
      )
    );
  });
});
