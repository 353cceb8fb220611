// Rows → CSV text: RFC 4180 quoting, one line end for the whole file.
import {csvFormatRows} from "d3-dsv";

// A text cell a spreadsheet would run as a formula gets a leading apostrophe: "=SUM(A1)" → "'=SUM(A1)".
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  return neutralise(String(value));
}

// Rows of cells → CSV, each row ended by `eol`: [["a", "b,c"]] → 'a,"b,c"\n'. d3-dsv quotes fields as RFC 4180
// asks; its row separator is "\n", which can also occur inside a quoted field, so rows are formatted one at a time.
export const csvText = (rows: string[][], eol = "\n") => rows.map((row) => csvFormatRows([row])).join(eol) + eol;

// Rows of objects → CSV that opens safely in a spreadsheet: a header, CRLF line ends, numbers as plain numbers
// (25440000000, not 2.544e10), formulas neutralised.
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: string[]): string {
  return csvText([columns, ...Array.from(rows, (row) => columns.map((c) => cellText(row[c])))], "\r\n");
}
