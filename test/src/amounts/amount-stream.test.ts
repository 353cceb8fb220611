import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {AmountStream, binaryReason, CountingDecoder} from "../../../src/amounts/amount-stream.js";
import {extractAmounts} from "../../../src/amounts/extract-amounts.js";

const rows = (qs: {start: number; end: number; text: string; kind: string; value: number; unit: string}[]) =>
  qs.map((q) => `${q.start}:${q.end}:${q.text}:${q.kind}:${q.value}:${q.unit}`);

// The same rows in the same order, compared row by row: toEqual's deep walk of tens of thousands of rows was a
// sixth of this file's time, so it runs only to show the difference when there is one.
function expectRows(actual: string[], expected: string[]): void {
  if (actual.length !== expected.length || actual.some((row, i) => row !== expected[i]))
    expect(actual).toEqual(expected);
}

// Scans every 4 Ki characters, not 64 Ki: the same code scans many times inside texts a sixteenth as long.
const CHUNK = 4096;

// Feeds `bytes` in pieces of the given sizes (cycled) and collects every row.
function streamed(bytes: Uint8Array, sizes: number[]): string[] {
  const s = new AmountStream(CHUNK);
  const out: string[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = sizes[k % sizes.length];
    out.push(...rows(s.push(bytes.subarray(i, i + n))));
    i += n;
  }
  out.push(...rows(s.end()));
  return out;
}

const PIECES = [
  "US$1",
  "C $2.5 billion",
  "¥3.9 trillion (US$25.44 billion)",
  "twelve dollars and thirty cents",
  " in Australian dollars, $4 ",
  "₹2.5 lakh crore",
  "45,67,890.12 rupees",
  "300元",
  "5-6%",
  "🙂",
  "é",
  " ",
  ". ",
  "\n",
  "2027",
  "A380",
  "half a billion euros",
  "a 15-cent dividend",
  "$50+ billion",
  "9".repeat(40)
];

describe("AmountStream", () => {
  it("gives exactly the rows of one scan, whatever the chunk sizes", () => {
    // Texts long enough that the scans happen many times inside each one.
    const text = fc.array(fc.constantFrom(...PIECES), {minLength: 1, maxLength: 60}).map((parts) => {
      const unit = parts.join("");
      return unit.repeat(Math.ceil(10_000 / unit.length));
    });
    const sizes = fc.array(
      fc.oneof(fc.constantFrom(1, 2, 3, 5, 7, 13, CHUNK - 15, CHUNK + 1), fc.integer({min: 1, max: 13_000})),
      {
        minLength: 1,
        maxLength: 4
      }
    );
    fc.assert(
      fc.property(text, sizes, (s, chunkSizes) => {
        const bytes = new TextEncoder().encode(s);
        expectRows(streamed(bytes, chunkSizes), rows(extractAmounts(s, {sentences: false})));
      }),
      {numRuns: 12}
    );
  });

  it("emits each amount of a line with no spaces once, split inside amounts and multi-byte characters", () => {
    const text = "US$1".repeat(1_250) + "🙂€2é".repeat(375); // 8,750 bytes: more than two scans
    const bytes = new TextEncoder().encode(text);
    const expected = 1_250 + 375;
    for (const sizes of [[1], [3], [CHUNK + 1], [257, 2], [7, CHUNK]]) {
      const out = streamed(bytes, sizes);
      expect(out.length).toBe(expected);
      expect(new Set(out).size).toBe(expected);
    }
    // The last euro amount: 1,250 × 4 code units, 374 × 5 ("🙂€2é", "🙂" is two), then "🙂" → 6,872.
    expect(bytes.length).toBe(8_750);
    expect(streamed(bytes, [CHUNK + 1]).at(-1)).toBe("6872:6874:€2:money:2:EUR");
  });

  it("accepts strings split inside a surrogate pair", () => {
    // (a cut every 4,096 code units falls one unit into the 7-unit "🙂US$7 ": inside the surrogate pair)
    const text = "🙂US$7 ".repeat(3_000);
    const s = new AmountStream(CHUNK);
    const out: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK) out.push(...rows(s.push(text.slice(i, i + CHUNK))));
    out.push(...rows(s.end()));
    expectRows(out, rows(extractAmounts(text, {sentences: false})));
    expect(out.length).toBe(3_000);
  });
});

describe("binaryReason", () => {
  const sniff = (bytes: number[]) => {
    const d = new CountingDecoder();
    d.decode(Uint8Array.from(bytes));
    d.end();
    return binaryReason(d.stats);
  };
  it("refuses NUL bytes and mostly-invalid UTF-8, accepts text with a stray bad byte", () => {
    expect(sniff([...Buffer.from("abc"), 0, ...Buffer.from("def")])).toBe(
      "it contains NUL bytes (the first at byte 3), so it looks binary"
    );
    expect(sniff([...Array(20)].map((_, i) => (i % 2 ? 0xff : 0x41)))).toBe(
      "10 of its 20 characters are not valid UTF-8, so it looks binary"
    );
    expect(sniff([...Buffer.from("It cost US$5 billion in 2024, said the report."), 0xe9])).toBeUndefined();
  });
});
