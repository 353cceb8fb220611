import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {firstInvalidByte, inputText, normaliseText, positionOf} from "../../../src/inputs/input-text.js";
import {build, files, project} from "../../helpers/project.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("input text", () => {
  it("finds the first invalid UTF-8 byte: a stray continuation, a truncated sequence, an overlong form", () => {
    expect(firstInvalidByte(bytes("¥3.9"))).toBe(-1);
    expect(firstInvalidByte(bytes("ab", [0x80], "c"))).toBe(2);
    expect(firstInvalidByte(bytes("ab", [0xe2, 0x82], "c"))).toBe(2); // "€" cut short: "c" cannot continue it
    expect(firstInvalidByte(bytes("ab", [0xe2, 0x82]))).toBe(2); // cut short at the end of the file
    expect(firstInvalidByte(bytes("€", [0x80]))).toBe(3); // a continuation byte after a whole character
    expect(firstInvalidByte(bytes([0xc0, 0xaf]))).toBe(0);
  });

  it("reports an invalid byte at its line and column (in characters), and decodes the rest", () => {
    const problems: Problem[] = [];
    const text = inputText(bytes("one\n¥3 tw", [0xff], "o\n"), "data/a.txt", problems);
    expect(problems.map(formatProblem)).toEqual(["data/a.txt:2:6: invalid UTF-8: byte 0xFF; save the file as UTF-8"]);
    expect(text).toBe("one\n¥3 tw\uFFFDo\n");
  });

  it("drops a BOM and makes CRLF and CR line ends LF before any offset is counted", () => {
    expect(normaliseText("\uFEFFa\r\nb\rc\n")).toBe("a\nb\nc\n");
    expect(inputText(bytes([0xef, 0xbb, 0xbf], "x,y\r\n1,2\r\n"), "t.csv", [])).toBe("x,y\n1,2\n");
    expect(positionOf("ab\n¥cd", 5)).toEqual({line: 2, column: 3});
  });

  it("builds the same project from inputs saved with a BOM and CRLF line ends", () => {
    const windows = (text: string) => Buffer.from(`\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const crlf = build({
      ...files,
      article: windows(files.article),
      figures: windows(files.figures),
      factCheck: windows(files.factCheck),
      sources: windows(files.sources),
      notFigures: windows(files.notFigures),
      rates: windows(files.rates)
    });
    expect(crlf.figures).toEqual(project.figures);
    expect(crlf.mentions).toEqual(project.mentions);
    expect(crlf.factChecks).toEqual(project.factChecks);
    expect(JSON.stringify(crlf)).not.toContain("\\r");
  });
});
