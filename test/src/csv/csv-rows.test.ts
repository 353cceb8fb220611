// CSV text → rows, as the reference files and published tables are read.
import {describe, expect, it} from "vitest";
import {csvRecords, csvRows} from "../../../src/csv/csv-rows.js";

describe("csvRows", () => {
  it("drops a byte-order mark and reads CRLF and LF line ends alike, quoted cells unquoted", () => {
    expect(csvRows('\ufeffa,b\r\n1,"x, ""y"""\r\n2,\n')).toEqual([
      ["a", "b"],
      ["1", 'x, "y"'],
      ["2", ""]
    ]);
  });
});

describe("csvRecords", () => {
  it("makes one object a row, named by the header", () => {
    expect([...csvRecords("\ufefffile,date\r\na.txt,2024-01-01\r\n")]).toEqual([{file: "a.txt", date: "2024-01-01"}]);
  });
});
