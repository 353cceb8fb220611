// The reference files of data/ brought up to date from their publishers' responses: FRED's CSV (exchange rates,
// CPI-U) and the World Bank's JSON (GDP, population). Reading a response and merging it into a file are here, with
// no I/O; scripts/update-reference.ts fetches, checks and writes.
import {csvRows} from "../csv/csv-rows.js";
import {csvText} from "../csv/to-csv.js";

// The files of data/ that npm run update-reference rewrites: the reference series, and the sources table's spans.
export const REFERENCE_FILES = [
  "fx-monthly-fred.csv",
  "usdjpy-daily.csv",
  "cpi-u-monthly.csv",
  "gdp-current-usd.csv",
  "population.csv",
  "sources.csv"
];

// A response that cannot be read: the address and, where it has one, the line.
export class ResponseError extends Error {}

export interface Observation {
  date: string; // ISO: "2026-07-01"
  value: string; // as published: "147.1234"; "" for none (a holiday, a gap)
}

// FRED's fredgraph.csv ("observation_date,EXJPUS\n2026-07-01,147.12\n") → its observations. FRED writes "." or
// nothing for a day without a value. Anything else (an HTML page, a wrong series, a word for a number) is refused.
export function readFredCsv(text: string, id: string, url: string): Observation[] {
  const rows = csvRows(text);
  const header = rows[0] ?? [];
  if (header.length !== 2 || !/^(observation_date|DATE)$/.test(header[0]) || header[1] !== id)
    throw new ResponseError(
      `${url}: line 1: expected the header "observation_date,${id}", got "${header.join(",").slice(0, 80)}"`
    );
  const out: Observation[] = [];
  for (let i = 1; i < rows.length; i++) {
    const [date, raw, ...rest] = rows[i];
    if (rows[i].length === 1 && date === "") continue;
    const at = (what: string) => new ResponseError(`${url}: line ${i + 1}: ${what}`);
    if (rest.length || raw === undefined) throw at(`${rows[i].length} cells, not 2`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw at(`"${date}" is not a date (YYYY-MM-DD)`);
    const value = raw === "." ? "" : raw.trim();
    if (value !== "" && !(Number.isFinite(Number(value)) && Number(value) > 0))
      throw at(`${id} on ${date} is "${raw}", not a positive number`);
    out.push({date, value});
  }
  if (!out.some((o) => o.value)) throw new ResponseError(`${url}: no values for ${id}`);
  return out;
}

export interface WorldBankRow {
  code: string; // ISO 3166-1 alpha-3, or an aggregate's code
  name: string;
  year: string;
  value: number;
}

// One page of the World Bank API's JSON ([{page, pages, …}, [{countryiso3code, country: {value}, date, value}]])
// → its rows with a value, and the number of pages. An error message from the API, or another shape, is refused.
export function readWorldBankPage(text: string, indicator: string, url: string): {pages: number; rows: WorldBankRow[]} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ResponseError(`${url}: not JSON: ${(error as Error).message}`);
  }
  const [meta, data] = Array.isArray(json) ? json : [];
  const pages = (meta as {pages?: unknown})?.pages;
  if (typeof pages !== "number" || !Array.isArray(data))
    throw new ResponseError(`${url}: expected [{page, pages, …}, [rows]], got ${JSON.stringify(json).slice(0, 120)}`);
  const rows: WorldBankRow[] = [];
  data.forEach((r: Record<string, unknown>, i: number) => {
    const at = (what: string) => new ResponseError(`${url}: row ${i + 1}: ${what}`);
    const ind = (r.indicator as {id?: string})?.id;
    if (ind !== indicator) throw at(`indicator "${ind}", not ${indicator}`);
    const code = String(r.countryiso3code ?? "");
    const year = String(r.date ?? "");
    if (!/^\d{4}$/.test(year)) throw at(`date "${year}" is not a year`);
    if (r.value === null || r.value === undefined || code === "") return; // no value, or no ISO code: left out
    if (typeof r.value !== "number" || !(r.value > 0))
      throw at(`${code} ${year}: value ${JSON.stringify(r.value)} is not a positive number`);
    rows.push({code, name: String((r.country as {value?: string})?.value ?? code), year, value: r.value});
  });
  return {pages, rows};
}

const lines = (csv: string) => csvRows(csv).filter((r) => r.join("") !== "");
// Rows as CSV with the line ends of the file they came from: the compiled FRED and World Bank files use CRLF.
const format = (rows: string[][], like: string) => {
  const eol = like.includes("\r\n") ? "\r\n" : "\n";
  return csvText(rows, eol);
};

// The rows of `csv` (header first) with `update`'s rows merged in by key: a row with a key already there replaces
// it in place; a new one goes after the last row of its group (the same country), or at the end; the rows of each
// group stay in order of `order`.
function mergeRows(
  csv: string,
  update: string[][],
  key: (r: string[]) => string,
  group: (r: string[]) => string,
  order: (r: string[]) => string
): string {
  const [header, ...rows] = lines(csv);
  const index = new Map(rows.map((r, i) => [key(r), i]));
  const added = new Map<string, string[][]>();
  for (const u of update) {
    const i = index.get(key(u));
    if (i !== undefined) rows[i] = u;
    else added.set(group(u), [...(added.get(group(u)) ?? []), u]); // few: the new months of one update
  }
  const groups = new Map<string, string[][]>();
  const push = (r: string[]) => {
    const g = groups.get(group(r));
    if (g) g.push(r);
    else groups.set(group(r), [r]);
  };
  rows.forEach(push);
  for (const more of added.values()) more.forEach(push);
  const out: string[][] = [];
  for (const all of groups.values())
    out.push(...all.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)));
  return format([header, ...out], csv);
}

// Monthly FRED series into data/fx-monthly-fred.csv (`Date,Country,Exchange rate`), always in units per US$: a
// series FRED quotes in US$ per unit (EXUSEU) is inverted, to 4 decimals.
export function mergeMonthlyRates(
  csv: string,
  series: {country: string; observations: Observation[]; usdPerUnit?: boolean}[]
): string {
  const update = series.flatMap(({country, observations, usdPerUnit}) => {
    const rate = (v: string) => (v === "" ? "" : usdPerUnit ? (1 / Number(v)).toFixed(4) : v);
    return observations.filter((o) => o.date.endsWith("-01")).map((o) => [o.date, country, rate(o.value)]);
  });
  return mergeRows(
    csv,
    update,
    (r) => `${r[1]} ${r[0]}`,
    (r) => r[1],
    (r) => r[0]
  );
}

// Daily rates (DEXJPUS) into data/usdjpy-daily.csv (`date,jpy_per_usd`), from the file's first day on.
export function mergeDailyRates(csv: string, obs: Observation[]): string {
  const first = lines(csv)[1]?.[0] ?? "";
  const update = obs.filter((o) => o.date >= first).map((o) => [o.date, o.value]);
  return mergeRows(
    csv,
    update,
    (r) => r[0],
    () => "",
    (r) => r[0]
  );
}

// CPI-U (CPIAUCNS, the same BLS series as CUUR0000SA0) into data/cpi-u-monthly.csv (`Date,Index,Inflation`); the
// compiler's Inflation column, of a new or revised month, is the change on the month before, in percent.
export function mergeCpi(csv: string, obs: Observation[]): string {
  const [header, ...rows] = lines(csv);
  const known = new Map(rows.map((r) => [r[0], r]));
  const index = new Map(rows.map((r) => [r[0], r[1]]));
  for (const o of obs) if (o.value && o.date.endsWith("-01")) index.set(o.date, o.value);
  const months = [...index.keys()].sort();
  const update = months.flatMap((m, i) => {
    const old = known.get(m);
    if (old && old[1] === index.get(m)) return [];
    const prev = i ? Number(index.get(months[i - 1])) : NaN;
    const change = Number.isFinite(prev) ? ((Number(index.get(m)) / prev - 1) * 100).toFixed(2) : "";
    return [[m, index.get(m)!, change]];
  });
  return mergeRows(
    format([header, ...rows], csv),
    update,
    (r) => r[0],
    () => "",
    (r) => r[0]
  );
}

// World Bank rows into data/gdp-current-usd.csv or data/population.csv (`Country Name,Country Code,Year,Value`).
export function mergeWorldBank(csv: string, rows: WorldBankRow[]): string {
  const update = rows.map((r) => [r.name, r.code, r.year, String(r.value)]);
  return mergeRows(
    csv,
    update,
    (r) => `${r[1]} ${r[2]}`,
    (r) => r[1],
    (r) => r[2]
  );
}

// The last date with a value of each series in a reference file: {"Japan": "2026-06-01"}; a file of one series
// gives one key, "".
export function lastDates(csv: string, kind: "monthly" | "daily" | "cpi" | "world-bank"): Record<string, string> {
  const [, ...rows] = lines(csv);
  const out: Record<string, string> = {};
  const see = (k: string, d: string, v: string) => {
    if (v !== "" && (!out[k] || d > out[k])) out[k] = d;
  };
  for (const r of rows) {
    if (kind === "monthly") see(r[1], r[0], r[2]);
    else if (kind === "world-bank") see("", r[2], r[3]);
    else see("", r[0], r[1]);
  }
  return out;
}
