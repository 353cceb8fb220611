// Invalid UTF-8 found where a person can see it: line and column.
import {describe, expect, it} from "vitest";
import {invalidUtf8} from "../../src/index.js";

describe("invalidUtf8", () => {
  it("names the line and column of the first invalid byte", () => {
    const bytes = Buffer.concat([Buffer.from("ab\ncafé "), Buffer.from([0xe9, 0x41])]);
    // "café " is 5 characters, so the bad byte is the 6th character of line 2, at byte 3 + 6 = 9.
    expect(invalidUtf8(bytes)).toEqual({offset: 9, byte: 0xe9, line: 2, column: 6});
  });

  it("accepts valid UTF-8, four-byte characters included, and refuses truncated and surrogate sequences", () => {
    expect(invalidUtf8(Buffer.from("€ ₩ 😀 ¥"))).toBeUndefined();
    expect(invalidUtf8(Uint8Array.from([0x41, 0xe2, 0x82]))).toMatchObject({offset: 1, column: 2});
    expect(invalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toMatchObject({offset: 0});
    expect(invalidUtf8(Uint8Array.from([0xc0, 0x80]))).toMatchObject({offset: 0, byte: 0xc0});
  });
});
