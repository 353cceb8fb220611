// US consumer prices (CPI-U, BLS series CUUR0000SA0) and what they do to a sum of money: US$30.6 bn spent over
// 2021–23 is about US$33.2 bn in April 2024 dollars.
import type {BasisKind, PublishedBasis} from "./basis.js";
import {readCsv} from "../csv/read-csv.js";
import type {Problem} from "../inputs/errors.js";
import {monthName} from "../inputs/dates.js";

export const CPI_SOURCE =
  "US Bureau of Labor Statistics, CPI-U, U.S. city average, all items, not seasonally adjusted (CUUR0000SA0), compiled by datasets/cpi-us";
export const CPI_FILE = "data/cpi-u-monthly.csv";

export interface CpiPoint {
  month: string; // "2024-04"
  index: number; // 1982–84 = 100
}

// The CPI file (`Date,Index,Inflation`; the package's own Inflation column is not read) → months, ascending.
export function parseCpi(csv: string | undefined, file: string, problems: Problem[]): CpiPoint[] {
  const points: CpiPoint[] = [];
  const seen = new Map<string, number>();
  for (const {line, cells} of readCsv(csv, file, ["Date", "Index"], problems)) {
    const at = (message: string) => problems.push({file, line, message});
    const date = (cells.Date ?? "").trim();
    const raw = (cells.Index ?? "").trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(date)) {
      at(`Date "${date}" is not the first of a month (YYYY-MM-01)`);
      continue;
    }
    const month = date.slice(0, 7);
    if (seen.has(month)) {
      at(`duplicate month ${month} (first on line ${seen.get(month)})`);
      continue;
    }
    seen.set(month, line);
    const index = Number(raw);
    if (!raw || !Number.isFinite(index) || index <= 0) {
      at(`Index "${raw}" for ${month} is not a positive number`);
      continue;
    }
    points.push({month, index});
  }
  return points.sort((a, b) => (a.month < b.month ? -1 : 1));
}

// The months a mean of CPI covers, and the mean: "2021-01".."2023-12" → 289.44 over 36 months.
export interface CpiMean {
  start: string; // "2021-01"
  end: string; // "2023-12"
  cpi: number;
  months: number;
}

// The CPI months a sum in US$ is in, by the basis it was converted under ("usd" for an amount in US$): under the
// 2021–23 mean it is in 2021–23 dollars; at the publication-day rate, in that month's.
export type Deflators = Partial<Record<BasisKind | "usd", CpiMean>>;

// The mean CPI over the months from `start` to `end` ("YYYY-MM"), cut to the months the data has; a window wholly
// past the data's last month falls back to that month, one wholly before its first to the first.
export function cpiMean(points: CpiPoint[], start: string, end: string): CpiMean | undefined {
  if (!points.length) return undefined;
  const [first, last] = [points[0].month, points.at(-1)!.month];
  const [s, e] = start > last ? [last, last] : end < first ? [first, first] : [start, end];
  const inside = points.filter((p) => p.month >= s && p.month <= e);
  if (!inside.length) return undefined;
  const cpi = inside.reduce((sum, p) => sum + p.index, 0) / inside.length;
  return {start: inside[0].month, end: inside.at(-1)!.month, cpi, months: inside.length};
}

// The dollars of the story: those of its publication month, or of the latest month the CPI data has.
export interface DollarsOf {
  month: string; // "2024-04"
  cpi: number;
  label: string; // "April 2024 dollars"
  note: string; // "" or why not the publication month: "the latest CPI month; the story is dated …"
  source: string;
}

export function dollarsOf(points: CpiPoint[], published: string, wanted?: string): DollarsOf | undefined {
  const month = (wanted || published).slice(0, 7);
  const at = points.find((p) => p.month === month);
  const latest = points.at(-1);
  const use = at ?? (latest && latest.month < month ? latest : undefined);
  if (!use) return undefined;
  const note = at
    ? ""
    : `the latest month of ${CPI_FILE}, ${monthName(use.month)}: ${monthName(month)} is not in it yet (npm run update-reference)`;
  return {month: use.month, cpi: use.index, label: `${monthName(use.month)} dollars`, note, source: CPI_SOURCE};
}

// A sum in the dollars of `from` restated in those of `to`: 30.64e9 from 289.44 to 313.548 → 33.19e9.
export const deflate = (usd: number, from: number, to: number) => (usd * to) / from;

// The months ("YYYY-MM") whose dollars a sum in US$ is in, by how it got into US$, none after publication:
// an amount in US$ is in those of its period (else of its as_of month); one converted at the mean of a window, in
// the window's; at the rate of a day, in that day's month; at the article's or the reader's rate, in the
// publication month's.
export function cpiMonths(
  f: {unit: string; period: string; as_of: string},
  bases: Partial<Record<PublishedBasis, {date: string; window_start: string; window_end: string}>>,
  period: {start: string; end: string} | undefined,
  published: string
): Partial<Record<BasisKind | "usd", [string, string]>> {
  const pub = published.slice(0, 7);
  const clip = (s: string, e: string): [string, string] => [
    s.slice(0, 7) < pub ? s.slice(0, 7) : pub,
    e.slice(0, 7) < pub ? e.slice(0, 7) : pub
  ];
  if (f.unit === "USD") return {usd: period ? clip(period.start, period.end) : clip(f.as_of, f.as_of)};
  const out: ReturnType<typeof cpiMonths> = {custom: [pub, pub]};
  if (bases.article) out.article = [pub, pub];
  if (bases.spot)
    out.spot = bases.spot.window_start
      ? clip(bases.spot.window_start, bases.spot.window_end)
      : clip(bases.spot.date, bases.spot.date);
  if (bases.mean) out.mean = clip(bases.mean.window_start, bases.mean.window_end);
  return out;
}
