// data/sources.csv → where each file in data/ comes from: every file has one row, every row a file.
import {readCsv} from "../csv/read-csv.js";
import {isIsoDate} from "./dates.js";
import type {Problem} from "./errors.js";

export interface SourceRow {
  file: string;
  what: string;
  where_from: string;
  date: string; // "2024-04-14", or a span "2021-01-01..2024-12-31"
  licence: string;
}

const COLUMNS = ["file", "what", "where_from", "date", "licence"] as const;

export function parseSources(
  csv: string | undefined,
  file: string,
  dataFiles: string[],
  problems: Problem[]
): SourceRow[] {
  const before = problems.length;
  const rows = readCsv(csv, file, [...COLUMNS], problems);
  const whole = !problems.slice(before).some((p) => p.partial);
  const sources = rows.map(({cells}) => Object.fromEntries(COLUMNS.map((c) => [c, cells[c]])) as unknown as SourceRow);
  sources.forEach((s, i) => {
    const line = rows[i].line;
    if (!dataFiles.includes(s.file)) problems.push({file, line, message: `lists "${s.file}", which is not in data/`});
    for (const c of COLUMNS) if (!s[c]) problems.push({file, line, message: `"${s.file}" has no ${c}`});
    if (s.date && !s.date.split("..").every(isIsoDate))
      problems.push({file, line, message: `date "${s.date}" is not a calendar date or span (2021-01-01..2024-12-31)`});
  });
  if (csv !== undefined && whole) {
    for (const f of dataFiles) {
      if (!sources.some((s) => s.file === f))
        problems.push({file, message: `data/${f} has no row: add its source, date and licence`});
    }
  }
  return sources;
}
