// Tables → RFC 4180 CSV that opens safely in a spreadsheet.
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

// Rows of objects → CSV with a header, CRLF line ends, numbers as plain numbers (25440000000, not 2.544e10).
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: string[]): string {
  const body = [columns, ...Array.from(rows, (row) => columns.map((c) => cellText(row[c])))];
  // d3-dsv quotes fields as RFC 4180 asks; its row separator is "\n", which can also occur inside a quoted
  // field, so rows are formatted one at a time and joined with CRLF.
  return body.map((row) => csvFormatRows([row])).join("\r\n") + "\r\n";
}
