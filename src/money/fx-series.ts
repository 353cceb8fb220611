// Exchange-rate series for any currency: the FRED monthly file and the daily file, as one shape.
import {csvRows} from "../csv/csv-rows.js";
import {hasColumns, type Problem} from "../inputs/errors.js";
import {fredCountry} from "./fred-countries.js";

export interface RatePoint {
  date: string; // ISO date: a trading day, or the first of the month for a monthly mean
  rate: number; // units of the currency per US dollar, always: 153.89 JPY, 0.9325 EUR
}

export interface FxSeries {
  currency: string; // ISO 4217
  frequency: "daily" | "monthly";
  points: RatePoint[]; // ascending by date; a gap (holiday, empty value) has no point, never a 0
  source: string;
  file: string; // "data/fx-monthly-fred.csv"
}

export const MONTHLY_SOURCE =
  "Federal Reserve H.10/G.5 monthly averages via FRED (Federal Reserve Bank of St. Louis), compiled by datasets/exchange-rates";
const COLUMNS = ["Date", "Country", "Exchange rate"];
export const DAILY_SOURCE = "Federal Reserve H.10, DEXJPUS (noon buying rates in New York)";

// The FRED monthly file (`Date,Country,Exchange rate`) → one series per currency, in the order first seen.
// Empty values are gaps. Problems (file:line) go to `problems`; rows with a problem are left out.
export function parseMonthlyRates(csv: string, file: string, problems: Problem[]): FxSeries[] {
  const rows = csvRows(csv);
  const header = rows[0] ?? [];
  if (!hasColumns(header, COLUMNS, file, problems)) return [];
  const [iDate, iCountry, iRate] = COLUMNS.map((c) => header.indexOf(c));
  const byCurrency = new Map<string, FxSeries>();
  const seen = new Map<string, number>(); // "Japan 2024-04-01" → its line
  const unknown = new Map<string, {problem: Problem; more: number}>(); // reported once, on its first line
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const line = i + 1;
    if (row.length === 1 && row[0] === "") continue; // a blank line
    const date = (row[iDate] ?? "").trim();
    const country = (row[iCountry] ?? "").trim();
    const raw = (row[iRate] ?? "").trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(date)) {
      problems.push({file, line, message: `Date "${date}" is not the first of a month (YYYY-MM-01)`});
      continue;
    }
    const key = `${country} ${date}`;
    const first = seen.get(key);
    if (first) {
      problems.push({file, line, message: `duplicate row for ${country} ${date} (first on line ${first})`});
      continue;
    }
    seen.set(key, line);
    const entry = fredCountry(country, date);
    if (!entry) {
      const known = unknown.get(country);
      if (known) known.more++;
      else {
        const message = `unknown Country "${country}": map it to its ISO 4217 code in src/money/fred-countries.ts`;
        unknown.set(country, {problem: {file, line, message}, more: 0});
        problems.push(unknown.get(country)!.problem);
      }
      continue;
    }
    if (raw === "" || raw === ".") continue; // no rate that month: a gap, never 0
    const rate = Number(raw);
    if (!(Number.isFinite(rate) && rate > 0)) {
      problems.push({file, line, message: `Exchange rate "${raw}" for ${country} ${date} is not a positive number`});
      continue;
    }
    const implausible = implausibleRate(entry.currency, rate, 0.1);
    if (implausible) {
      problems.push({file, line, message: `${country} ${date}: ${implausible}`});
      continue;
    }
    let series = byCurrency.get(entry.currency);
    if (!series) {
      series = {currency: entry.currency, frequency: "monthly", points: [], source: MONTHLY_SOURCE, file};
      byCurrency.set(entry.currency, series);
    }
    series.points.push({date, rate});
  }
  for (const {problem, more} of unknown.values())
    if (more) problem.message += ` (and ${more} more line${more === 1 ? "" : "s"})`;
  const series = [...byCurrency.values()];
  for (const s of series) s.points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return series;
}

// The daily rates of parseDailyRates → a series (the defaults describe the seed's yen file).
export function dailySeries(
  rates: RatePoint[],
  currency = "JPY",
  file = "data/usdjpy-daily.csv",
  source = DAILY_SOURCE
): FxSeries {
  return {currency, frequency: "daily", points: rates, source, file};
}

export const OTHER_RATES_COLUMNS = ["date", "currency", "per_usd"];
export const OTHER_RATES_FILE = "data/fx-other.csv";

// No currency has been worth five US dollars (the strongest, the Kuwaiti dinar, about 3.3): a rate below 0.2 units
// per US$ is one typed the wrong way round, US$ per unit. 0.00069 NGN → "… looks like US$ per NGN …". A publisher's
// series back-cast over a redenomination goes lower (FRED's bolívar, 0.17 in 1995): its floor is 0.1.
export const LOWEST_RATE = 0.2;
export function implausibleRate(currency: string, rate: number, floor = LOWEST_RATE): string | undefined {
  if (currency === "USD" || rate >= floor) return undefined;
  return `rate ${rate} ${currency} per US$ would make one ${currency} worth US$${Number((1 / rate).toPrecision(3))}, more than any currency: it looks like US$ per ${currency}; write ${currency} per US$ (${Number((1 / rate).toPrecision(6))})`;
}

// data/fx-other.csv (optional): the journalist's own monthly rates for currencies the FRED file lacks, one row a
// month: `date,currency,per_usd` (2025-09-01,NGN,1530.5), the month's mean in units per US dollar, with the file's
// source in data/sources.csv. → one monthly series per currency.
export function parseOtherRates(csv: string | undefined, file: string, problems: Problem[]): FxSeries[] {
  if (csv === undefined) return [];
  const rows = csvRows(csv);
  const header = (rows[0] ?? []).map((c) => c.trim());
  if (!hasColumns(header, OTHER_RATES_COLUMNS, file, problems)) return [];
  const [iDate, iCurrency, iRate] = OTHER_RATES_COLUMNS.map((c) => header.indexOf(c));
  const byCurrency = new Map<string, FxSeries>();
  const lastOf = new Map<string, {rate: number; line: number}>();
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const line = i + 1;
    if (row.length === 1 && row[0] === "") continue;
    const [date, currency, raw] = [iDate, iCurrency, iRate].map((k) => (row[k] ?? "").trim());
    const at = (message: string) => problems.push({file, line, message});
    if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(date)) {
      at(`date "${date}" is not the first of a month (YYYY-MM-01)`);
      continue;
    }
    if (!/^[A-Z]{3}$/.test(currency)) {
      at(`currency "${currency}" is not an ISO 4217 code such as NGN`);
      continue;
    }
    const rate = Number(raw);
    if (!raw || !Number.isFinite(rate) || rate <= 0) {
      at(`per_usd "${raw}" of ${currency} on ${date} is not a positive number (units of ${currency} per US dollar)`);
      continue;
    }
    const implausible = implausibleRate(currency, rate);
    if (implausible) {
      at(implausible);
      continue;
    }
    const key = `${currency} ${date}`;
    if (seen.has(key)) {
      at(`duplicate month ${date} for ${currency} (first on line ${seen.get(key)})`);
      continue;
    }
    seen.set(key, line);
    const series = byCurrency.get(currency) ?? {
      currency,
      frequency: "monthly" as const,
      points: [],
      source: `the rates in ${file} (see its row in data/sources.csv)`,
      file
    };
    // A month ten times its neighbour's is a typo or a rate the wrong way round: 1450 then 0.00069.
    const last = lastOf.get(currency);
    if (last && Math.max(rate / last.rate, last.rate / rate) > 10) {
      at(
        `per_usd ${rate} of ${currency} on ${date} is more than ten times off its rate on line ${last.line} (${last.rate}): check that both are ${currency} per US dollar`
      );
      continue;
    }
    lastOf.set(currency, {rate, line});
    series.points.push({date, rate});
    byCurrency.set(currency, series);
  }
  for (const s of byCurrency.values()) s.points.sort((a, b) => (a.date < b.date ? -1 : 1));
  return [...byCurrency.values()];
}
