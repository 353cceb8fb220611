// A period as figures.csv writes it ("2024", "2021..2023", "2024-04..2025-03", "2024-04-14"), read, written and
// said to readers. Small, for the pages; the reading of periods from text is in infer-period.ts.
import {isIsoDate, monthEnd, monthEndOf, monthName} from "../inputs/dates.js";

export interface Period {
  start: string; // ISO dates, inclusive
  end: string;
}

// One end of a period as written: "2024" → the year; "2024-04" → the month; "2024-04-14" → the day.
function bound(text: string, end: boolean): string | undefined {
  let m = /^(\d{4})$/.exec(text);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return end ? monthEnd(Number(m[1]), Number(m[2])) : `${m[1]}-${m[2]}-01`;
  return isIsoDate(text) ? text : undefined;
}

// figures.csv's `period`: "2024", "2021..2023", "2024-04..2025-03", "2024-04-14" or "2024-01-01..2024-03-31".
// Anything else (or an end before the start) is undefined.
export function parsePeriod(text: string): Period | undefined {
  const [a, b, ...rest] = text.trim().split("..");
  if (rest.length || !a) return undefined;
  const start = bound(a, false);
  const end = bound(b ?? a, true);
  return start && end && start <= end ? {start, end} : undefined;
}

// A period as figures.csv writes it: whole years "2021..2023", whole months "2024-04..2025-03", else dates.
export function formatPeriod({start, end}: Period): string {
  const [ys, ye] = [start.slice(0, 4), end.slice(0, 4)];
  const wholeYears = start.endsWith("-01-01") && end.endsWith("-12-31");
  if (wholeYears) return ys === ye ? ys : `${ys}..${ye}`;
  const [sm, em] = [start.slice(0, 7), end.slice(0, 7)];
  const wholeMonths = start.endsWith("-01") && end === monthEndOf(end);
  if (wholeMonths) return sm === em ? sm : `${sm}..${em}`;
  return start === end ? start : `${start}..${end}`;
}

// A period for readers: "2021..2023" → "2021–2023"; "2024-04..2025-03" → "Apr 2024–Mar 2025"; "" → "at publication".
export function describePeriod(text: string): string {
  const p = text ? parsePeriod(text) : undefined;
  if (!p) return "at publication";
  const month = (d: string) => monthName(d, true);
  const f = formatPeriod(p);
  if (/^\d{4}(\.\.\d{4})?$/.test(f)) return f.replace("..", "–");
  if (/^\d{4}-\d{2}(\.\.\d{4}-\d{2})?$/.test(f) || (p.start.endsWith("-01") && p.start !== p.end))
    return p.start.slice(0, 7) === p.end.slice(0, 7) ? month(p.start) : `${month(p.start)}–${month(p.end)}`;
  return f.replace("..", " to ");
}
