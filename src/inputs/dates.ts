// Calendar dates as the inputs write them ("2024-04-14", "2024-04") and as the story's words say them ("April
// 2024", "Apr 2024"): the one home of the months' names.

// "2024-02-29" → true; "2022-02-30" → false (no such day); "2024-2-3" → false
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// A UTC date as its day: 2024-04-10T00:00:00Z → "2024-04-10"
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// 4 → "04"
export const pad = (n: number) => String(n).padStart(2, "0");

// The months by name, January first.
export const MONTH_NAMES =
  "January February March April May June July August September October November December".split(" ");

// 2024, 11 + 3 → [2025, 2]: a month `n` months after (or before) another
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

// 2024, 4 → "2024-04-01"
export const monthStart = (y: number, m: number) => `${y}-${pad(m)}-01`;

// 2024, 2 → "2024-02-29"
export const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

// The last day of a date's month: "2024-02-10" → "2024-02-29"
export const monthEndOf = (date: string) => monthEnd(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

// The month of a date or month for readers: "2025-03-14" → "March 2025"; short, "2025-03" → "Mar 2025".
export function monthName(date: string, short = false): string {
  const name = MONTH_NAMES[Number(date.slice(5, 7)) - 1];
  return `${short ? name.slice(0, 3) : name} ${date.slice(0, 4)}`;
}
