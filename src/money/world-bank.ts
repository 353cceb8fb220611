// World Bank World Development Indicators by country and year (GDP in current US$, population): the files, and
// the mean of a country's values over the years of an amount.
import {csvRows} from "../csv/csv-rows.js";
import {hasColumns, type Problem} from "../inputs/errors.js";

export const GDP_FILE = "data/gdp-current-usd.csv";
export const POPULATION_FILE = "data/population.csv";
export const WORLD_BANK_SOURCE = "World Bank, World Development Indicators";
export const INDICATORS = {gdp: "NY.GDP.MKTP.CD", population: "SP.POP.TOTL"} as const;

// The World Bank's aggregates: regions, income groups and the World, which are not countries.
export const AGGREGATES = new Set(
  (
    "AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY " +
    "LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD"
  ).split(" ")
);

export interface WorldBankSeries {
  code: string; // ISO 3166-1 alpha-3, or an aggregate's code: "JPN", "WLD"
  name: string; // "Japan"
  aggregate: boolean; // a region, income group or the World, not a country
  values: Map<number, number>; // year → value
}

const COLUMNS = ["Country Name", "Country Code", "Year", "Value"];
const CODE = /^[A-Z0-9]{3}$/;
const YEAR = /^\d{4}$/;

// `Country Name,Country Code,Year,Value` → one series per code; none for a file that is missing.
export function parseWorldBank(
  csv: string | undefined,
  file: string,
  problems: Problem[]
): Map<string, WorldBankSeries> {
  return csv === undefined ? new Map() : readWorldBank(csv, file, problems);
}

function readWorldBank(csv: string, file: string, problems: Problem[]): Map<string, WorldBankSeries> {
  const out = new Map<string, WorldBankSeries>();
  const rows = csvRows(csv);
  const header = rows[0] ?? [];
  if (!hasColumns(header, COLUMNS, file, problems)) return out;
  const [iName, iCode, iYear, iValue] = COLUMNS.map((c) => header.indexOf(c));
  // One pass, no allocation a row does not need: the files have some 15,000 rows each.
  const seen = new Map<string, Map<string, number>>(); // code → year → its line
  const at = (line: number, message: string) => problems.push({file, line, message});
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const line = i + 1;
    if (row.length === 1 && row[0] === "") continue; // a blank line
    if (row.length !== header.length || row[row.length - 1].includes("\n") || row[iName].includes("\n")) {
      if (row.some((cell) => cell.includes("\n"))) {
        at(line, `a quote opened on this line is never closed: the rest of the file is inside it`);
        break;
      }
      if (row.length !== header.length) {
        at(line, `${row.length} cells, but the header has ${header.length}`);
        continue;
      }
    }
    const code = row[iCode].trim();
    const year = row[iYear].trim();
    const raw = row[iValue].trim();
    if (!CODE.test(code)) {
      at(line, `Country Code "${code}" is not a three-letter code such as JPN`);
      continue;
    }
    if (!YEAR.test(year)) {
      at(line, `Year "${year}" is not a year`);
      continue;
    }
    let years = seen.get(code);
    if (!years) seen.set(code, (years = new Map()));
    const first = years.get(year);
    if (first !== undefined) {
      at(line, `duplicate row for ${code} ${year} (first on line ${first})`);
      continue;
    }
    years.set(year, line);
    if (raw === "") continue; // no value that year: a gap, never 0
    const value = Number(raw);
    if (!(value > 0) || !Number.isFinite(value)) {
      at(line, `Value "${raw}" for ${code} ${year} is not a positive number`);
      continue;
    }
    let series = out.get(code);
    if (!series) {
      series = {code, name: row[iName].trim(), aggregate: AGGREGATES.has(code), values: new Map<number, number>()};
      out.set(code, series);
    }
    series.values.set(Number(year), value);
  }
  return out;
}

// A country's mean value over the years `from`..`to`, or over its latest year when it has none of them:
// JPN GDP 2021..2023 → US$4.50 tn; 2025..2025 → its 2023 value, with `latest` set.
export interface YearsMean {
  from: number;
  to: number;
  value: number;
  latest: boolean; // the years asked for are past the data: its latest year stands in
  missing: number; // how many of the years asked for have no value (the latest are often not out yet)
}

export function yearsMean(series: WorldBankSeries, from: number, to: number): YearsMean | undefined {
  const years = [...series.values.keys()].sort((a, b) => a - b);
  const inside = years.filter((y) => y >= from && y <= to);
  if (inside.length) {
    const value = inside.reduce((s, y) => s + series.values.get(y)!, 0) / inside.length;
    return {from: inside[0], to: inside.at(-1)!, value, latest: false, missing: to - from + 1 - inside.length};
  }
  const before = years.filter((y) => y < from).at(-1);
  if (before === undefined) return undefined;
  return {from: before, to: before, value: series.values.get(before)!, latest: true, missing: to - from + 1};
}
