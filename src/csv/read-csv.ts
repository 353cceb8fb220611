// CSV input → rows, parsed by csv-parse with strict RFC 4180 checks; every problem names the line the record
// starts on (for a quote, the line it opened on).
import {parse, type CsvError} from "csv-parse/sync";
import {hasColumns, type Problem} from "../inputs/errors.js";

export interface CsvRow {
  line: number; // the line the record starts on: 2 for the first row under the header
  cells: Record<string, string>; // by column name
}

// Line breaks in `text`: "a\nb\n" → 2
const breaks = (text: string) => text.split("\n").length - 1;

// The offset in `raw` of the quote that opens the cell still open at its end: 'a,"b\nc' → 2.
function openingQuote(raw: string): number {
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    if (open >= 0) {
      if (raw[i] === '"' && raw[i + 1] === '"') i++;
      else if (raw[i] === '"') open = -1;
    } else if (raw[i] === '"' && (i === 0 || raw[i - 1] === "," || raw[i - 1] === "\n")) open = i;
  }
  return open;
}

// What went wrong with the record starting on line `start`, in words, and the line to name.
function describe(error: CsvError, start: number, raw: string, width: number): Omit<Problem, "file"> | undefined {
  const record = raw.replace(/^\n+/, "");
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const got = (error as CsvError & {record: string[]}).record.length;
      const hint = got > width ? `: an unquoted comma in a text cell? Write the cell in quotes ("a, b")` : "";
      return {line: start, message: `${got} cell${got === 1 ? "" : "s"}, but the header has ${width}${hint}`};
    }
    case "CSV_QUOTE_NOT_CLOSED": {
      const line = start + breaks(record.slice(0, openingQuote(record)));
      return {line, message: `a quote opened on this line is never closed: the rest of the file is inside it`};
    }
    case "CSV_INVALID_CLOSING_QUOTE": {
      // csv-parse stops just after the quote it took for the closing one.
      const body = record.slice(0, -1);
      const line = start + breaks(body.slice(0, Math.max(0, openingQuote(body))));
      const closed = start + breaks(record);
      const message =
        closed === line
          ? `text follows the closing quote of a quoted cell: double each quote inside a cell ("say ""yes""")`
          : `the quote opened on this line is closed only on line ${closed}, where more text follows it: is a closing quote missing?`;
      return {line, message};
    }
    case "INVALID_OPENING_QUOTE":
      return {
        line: start,
        message: `stray quote in an unquoted cell: quote the whole cell and double the quotes inside it ("say ""yes""")`
      };
  }
  return undefined;
}

// A file with no quote in it and the header's number of cells on every line, read by splitting: the large
// reference files (CPI, daily rates) in a few milliseconds instead of csv-parse's tens. Anything else (a quote, a
// row of the wrong width, no header) is left to csv-parse, which says what is wrong and where.
function plainRows(text: string): {header: string[]; rows: {line: number; cells: string[]}[]} | undefined {
  if (text.includes('"')) return undefined;
  const lines = text.split("\n");
  const header = lines[0] ? lines[0].split(",") : undefined;
  if (!header) return undefined;
  const rows: {line: number; cells: string[]}[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "") continue; // an empty line, as csv-parse skips it
    const cells = lines[i].split(",");
    if (cells.length !== header.length) return undefined;
    rows.push({line: i + 1, cells});
  }
  return {header, rows};
}

// Strict RFC 4180 parse of `text` (already normalised to "\n" line ends). Every row must have the header's
// number of cells; a quote may only open a cell and must close it. Returns undefined, with a problem, when
// the header lacks one of `columns`. Rows after a broken quote are dropped: where they start is unknown.
export function readCsv(text: string | undefined, file: string, columns: string[], problems: Problem[]): CsvRow[] {
  if (text === undefined) return []; // a missing file is reported once, where it is read
  const plain = plainRows(text);
  if (plain) {
    if (!hasColumns(plain.header, columns, file, problems)) {
      problems[problems.length - 1].partial = true;
      return [];
    }
    return plain.rows.map(({line, cells}) => ({
      line,
      cells: Object.fromEntries(plain.header.map((c, i) => [c, cells[i]]))
    }));
  }
  const skipped: {error: CsvError; raw: string}[] = [];
  let records: {record: string[]; info: {lines: number}; raw: string}[] = [];
  try {
    records = parse(text, {
      delimiter: ",",
      record_delimiter: "\n",
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
      on_skip: (error, raw) => {
        skipped.push({error: error as CsvError, raw: raw ?? ""});
        return undefined;
      }
    }) as unknown as typeof records;
  } catch (error) {
    problems.push({file, message: `not readable as CSV: ${(error as Error).message}`});
    return [];
  }
  // Records and skipped records in file order, each with the line it starts on.
  const events = [
    ...records.map((r) => ({
      end: r.info.lines,
      raw: r.raw,
      record: r.record as string[] | undefined,
      error: undefined
    })),
    ...skipped.map((s) => ({end: Number(s.error.lines), raw: s.raw, record: undefined, error: s.error}))
  ].sort((a, b) => a.end - b.end);
  const [header, ...body] = events;
  if (!header?.record) {
    const message = header?.error ? `header: ${header.error.message}` : "no header row";
    problems.push({file, line: 1, message, partial: true});
    return [];
  }
  if (!hasColumns(header.record, columns, file, problems)) {
    problems[problems.length - 1].partial = true;
    return [];
  }
  const rows: CsvRow[] = [];
  for (const event of body) {
    const start = event.end - breaks(event.raw.replace(/^\n+/, "").replace(/\n$/, ""));
    if (event.record) {
      rows.push({line: start, cells: Object.fromEntries(header.record.map((c, i) => [c, event.record![i]]))});
      continue;
    }
    const problem = describe(event.error!, start, event.raw, header.record.length);
    problems.push({line: start, message: event.error!.message, ...problem, file, partial: true});
    if (event.error!.code !== "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") break;
  }
  return rows;
}
