// A registry figure as the story prints it, and where it comes from.
import {formatCount, formatMoney, formatOrdinal, formatShare} from "./format.js";

export interface Printable {
  value: number;
  unit: string;
  kind: string;
}

// 14e9 USD → "US$14 billion"; 32 rank → "32nd"; 0.024 share → "2.4%"; 34 years → "34-year".
// Reported money keeps every digit it was reported with (US$25.44 billion); derived money is rounded.
export function formatFigure(f: Printable): string {
  if (/^[A-Z]{3}$/.test(f.unit)) return formatMoney(f.value, f.unit, {exact: f.kind === "reported"});
  if (f.unit === "rank") return formatOrdinal(f.value);
  if (f.unit === "share") return formatShare(f.value);
  if (/ per /.test(f.unit)) return f.value.toFixed(2);
  if (f.unit === "years") return `${f.value}-year`;
  if (f.unit === "%") return `${f.value}%`;
  if (f.unit === "year" || f.unit === "date") return String(f.value);
  return formatCount(f.value);
}

// "“…spending US$14 billion…” — article (AFP, Taipei Times 2024-04-14)", or the primary source and its note.
export function provenance(f: {in_article: boolean; quote: string; source: string; note: string}): string {
  return f.in_article && f.quote ? `“${f.quote}” — ${f.source}` : `${f.source}${f.note ? ` (${f.note})` : ""}`;
}
