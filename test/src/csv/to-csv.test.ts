// Rows → CSV: quoting, line ends, and cells a spreadsheet would run as formulas.
import {describe, expect, it} from "vitest";
import {csvText, neutralise, toCsv} from "../../../src/csv/to-csv.js";

describe("csvText", () => {
  it("quotes as RFC 4180 asks and ends every row, a newline inside a cell kept", () => {
    expect(
      csvText([
        ["a", "b"],
        ["x,y", 'say "hi"'],
        ["one\ntwo", ""]
      ])
    ).toBe('a,b\n"x,y","say ""hi"""\n"one\ntwo",\n');
    expect(csvText([["a"], ["1"]], "\r\n")).toBe("a\r\n1\r\n");
  });
});

describe("toCsv", () => {
  it("writes RFC 4180 with CRLF, quoting, plain numbers and neutralised formulas", () => {
    const csv = toCsv(
      [
        {a: "=SUM(A1:A2)", b: 25440000000, c: 'say "hi", then\nleave'},
        {a: "-5", b: 0.005833, c: "@cmd"},
        {a: "+1", b: null, c: "\tx"}
      ],
      ["a", "b", "c"]
    );
    expect(csv).toBe(
      `a,b,c\r\n'=SUM(A1:A2),25440000000,"say ""hi"", then\nleave"\r\n'-5,0.005833,'@cmd\r\n'+1,,'\tx\r\n`
    );
    expect(neutralise("US$14 billion")).toBe("US$14 billion");
  });
});
