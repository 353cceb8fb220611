import {describe, expect, it} from "vitest";
import {readCsv} from "../../../src/csv/read-csv.js";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";

function read(text: string, columns = ["a", "b"]) {
  const problems: Problem[] = [];
  const rows = readCsv(text, "t.csv", columns, problems);
  return {rows: rows.map((r) => [r.line, r.cells]), problems: problems.map(formatProblem)};
}

describe("readCsv", () => {
  it("gives each row the line it starts on, quoted line breaks, doubled quotes and blank lines included", () => {
    expect(read('a,b\n1,"x\ny"\n\n"say ""hi""",2\n')).toEqual({
      rows: [
        [2, {a: "1", b: "x\ny"}],
        [5, {a: 'say "hi"', b: "2"}]
      ],
      problems: []
    });
  });

  it("reads a file without quotes as csv-parse does, and leaves a row of the wrong width to it", () => {
    const text = "a,b,c\n2024-01-01,1.5,\n\n2024-02-01, 2 ,x\n2024-03-01,,\n";
    // The same file with its header quoted takes csv-parse's path, which reads "a" as a.
    const quoted = read(text.replace("a,b,c", '"a",b,c'), ["a", "b", "c"]);
    expect(read(text, ["a", "b", "c"])).toEqual(quoted);
    expect(quoted.rows).toEqual([
      [2, {a: "2024-01-01", b: "1.5", c: ""}],
      [4, {a: "2024-02-01", b: " 2 ", c: "x"}],
      [5, {a: "2024-03-01", b: "", c: ""}]
    ]);
    expect(read("a,b\n1,2\n3\n").problems).toEqual(["t.csv:3: 1 cell, but the header has 2"]);
    expect(read("x,b\n1,2\n").problems).toEqual([expect.stringMatching(/^t\.csv:1: .*"a"/)]);
  });

  it("names every row with the wrong number of cells", () => {
    expect(read("a,b\n1,2,3\n4,5\n6\n").problems).toEqual([
      't.csv:2: 3 cells, but the header has 2: an unquoted comma in a text cell? Write the cell in quotes ("a, b")',
      "t.csv:4: 1 cell, but the header has 2"
    ]);
  });

  it("names the line a never-closed quote opened on, after a multi-line record", () => {
    expect(read('a,b\n"x\ny",1\n2,"open\n3,4\n')).toEqual({
      rows: [[2, {a: "x\ny", b: "1"}]],
      problems: ["t.csv:4: a quote opened on this line is never closed: the rest of the file is inside it"]
    });
  });

  it("names the line a quote opened on when a later quote is taken to close it", () => {
    expect(read('a,b\n1,"lost\n2,"x, y"\n').problems).toEqual([
      "t.csv:2: the quote opened on this line is closed only on line 3, where more text follows it: is a closing quote missing?"
    ]);
  });

  it("rejects stray quotes and text after a closing quote", () => {
    expect(read('a,b\n1,x"y\n').problems).toEqual([
      't.csv:2: stray quote in an unquoted cell: quote the whole cell and double the quotes inside it ("say ""yes""")'
    ]);
    expect(read('a,b\n1,"x"y\n').problems).toEqual([
      't.csv:2: text follows the closing quote of a quoted cell: double each quote inside a cell ("say ""yes""")'
    ]);
  });

  it("needs a header with the columns asked for, and marks the file as read only in part", () => {
    const problems: Problem[] = [];
    expect(readCsv("a,c\n1,2\n", "t.csv", ["a", "b"], problems)).toEqual([]);
    expect(problems).toEqual([{file: "t.csv", line: 1, message: 'missing column "b"', partial: true}]);
    expect(read("").problems).toEqual(["t.csv:1: no header row"]);
  });

  it("reads nothing, and reports nothing, for a missing file (reported where it is read)", () => {
    const problems: Problem[] = [];
    expect(readCsv(undefined, "t.csv", ["a"], problems)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
