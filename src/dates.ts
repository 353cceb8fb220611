// Calendar dates as the inputs write them.

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
