// npm run update-reference: the newest exchange rates (FRED), CPI-U (FRED's copy of the BLS series) and World Bank
// GDP and population, fetched from their publishers into data/. Every response is read and every new file checked
// before any file is replaced; then all are replaced together, or none is. Prints each series' last date, before and
// after. FRED_URL and WORLD_BANK_URL point it elsewhere (the tests' local server); --data DIR at another data/.
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {
  CPI_FILE,
  FRED_COUNTRIES,
  GDP_FILE,
  INDICATORS,
  PATHS,
  POPULATION_FILE,
  ResponseError,
  formatProblem,
  lastDates,
  mergeCpi,
  mergeDailyRates,
  mergeMonthlyRates,
  mergeWorldBank,
  parseCpi,
  parseDailyRates,
  parseMonthlyRates,
  parseWorldBank,
  readFredCsv,
  readWorldBankPage,
  type Observation,
  type Problem,
  type WorldBankRow
} from "../src/index.js";
import {csvRows} from "../src/csv/csv-rows.js";
import {csvText} from "../src/csv/to-csv.js";
import {addMonths, monthEndOf, monthStart} from "../src/inputs/dates.js";
import {parseSources} from "../src/inputs/sources.js";
import {projectRoot} from "./root.js";

const FRED_URL = process.env.FRED_URL ?? "https://fred.stlouisfed.org/graph/fredgraph.csv";
const WORLD_BANK_URL = process.env.WORLD_BANK_URL ?? "https://api.worldbank.org/v2";
const log = (s: string) => process.stderr.write(`${s}\n`);

class Refusal extends Error {}

function options(argv: string[]): {data: string} {
  let data = join(projectRoot, "data");
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--data" && argv[i + 1]) data = argv[++i];
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write(
        "usage: npm run update-reference [-- --data DIR]\n\nFetches the newest FRED exchange rates, CPI-U and World Bank GDP and population into data/.\n"
      );
      process.exit(0);
    } else throw new Refusal(`unknown argument "${argv[i]}": the only option is --data DIR`);
  }
  return {data};
}

// A GET with one retry, and a clear line when the publisher cannot be reached.
async function get(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(60_000)});
      if (!response.ok) throw new ResponseError(`${url}: HTTP ${response.status} ${response.statusText}`);
      return await response.text();
    } catch (error) {
      if (attempt >= 2 || error instanceof ResponseError)
        throw error instanceof ResponseError
          ? error
          : new ResponseError(`${url}: ${(error as Error).message} (is this machine online?)`);
    }
  }
}

// "2026-06-01" minus `months`, as the first of a month: FRED is asked from there, so revisions come in too.
const monthsBefore = (date: string, months: number) =>
  monthStart(...addMonths(Number(date.slice(0, 4)), Number(date.slice(5, 7)), -months));

// Runs the jobs four at a time, with a line of progress for each.
async function all<T>(jobs: {name: string; run: () => Promise<T>}[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const errors: string[] = [];
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        out[i] = await jobs[i].run();
      } catch (error) {
        errors.push((error as Error).message);
      }
      log(`[${++done}/${jobs.length}] ${jobs[i].name}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (errors.length)
    throw new Refusal(`${errors.length} response(s) could not be read:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  return out;
}

async function fred(id: string, since: string): Promise<Observation[]> {
  const url = `${FRED_URL}?id=${id}&cosd=${since}`;
  return readFredCsv(await get(url), id, url);
}

async function worldBank(indicator: string, fromYear: number): Promise<WorldBankRow[]> {
  const rows: WorldBankRow[] = [];
  const range = `${fromYear}:${new Date().getUTCFullYear()}`;
  for (let page = 1, pages = 1; page <= pages; page++) {
    const url = `${WORLD_BANK_URL}/country/all/indicator/${indicator}?format=json&per_page=20000&date=${range}&page=${page}`;
    const read = readWorldBankPage(await get(url), indicator, url);
    pages = read.pages;
    rows.push(...read.rows);
  }
  return rows;
}

// data/sources.csv with the date span of each updated file ending at its new last date.
function sourcesWithEnds(csv: string, ends: Record<string, string>): string {
  const rows = csvRows(csv).filter((r) => r.join("") !== "");
  const i = rows[0].indexOf("date");
  for (const r of rows.slice(1)) {
    const end = ends[r[0]];
    if (end && r[i].includes("..")) r[i] = `${r[i].split("..")[0]}..${end}`;
  }
  return csvText(rows);
}

// "2026-09-01" of a monthly series → "2026-09-30"; a year → its last day.
const periodEnd = (last: string, kind: "month" | "day" | "year") => {
  if (kind === "day") return last;
  if (kind === "year") return `${last}-12-31`;
  return monthEndOf(last);
};

async function main(): Promise<void> {
  const {data} = options(process.argv.slice(2));
  const file = (path: string) => join(data, path.replace(/^data\//, ""));
  const read = (path: string) => {
    if (!existsSync(file(path))) throw new Refusal(`${path} is missing in ${data}: restore it (git checkout) first`);
    return readFileSync(file(path), "utf-8");
  };
  const before = {
    monthly: read(PATHS.fxMonthly),
    daily: read(PATHS.rates),
    cpi: read(CPI_FILE),
    gdp: read(GDP_FILE),
    population: read(POPULATION_FILE),
    sources: read(PATHS.sources)
  };
  const last = ends(before);
  const live = FRED_COUNTRIES.filter((c) => c.fred);
  log(`fetching ${live.length + 4} series: FRED ${FRED_URL}, World Bank ${WORLD_BANK_URL}`);
  const monthly = await all(
    live.map((c) => ({
      name: `${c.fred} (${c.country})`,
      run: () => fred(c.fred!, monthsBefore(last.monthly[c.country] ?? "1971-01-01", 24))
    }))
  );
  const [daily, cpi] = await all([
    {name: "DEXJPUS (daily yen)", run: () => fred("DEXJPUS", monthsBefore(last.daily, 2))},
    {name: "CPIAUCNS (CPI-U)", run: () => fred("CPIAUCNS", monthsBefore(last.cpi, 24))}
  ]);
  const [gdp, population] = await all([
    {name: `${INDICATORS.gdp} (GDP)`, run: () => worldBank(INDICATORS.gdp, Number(last.gdp) - 5)},
    {
      name: `${INDICATORS.population} (population)`,
      run: () => worldBank(INDICATORS.population, Number(last.population) - 5)
    }
  ]);

  const after = {
    monthly: mergeMonthlyRates(
      before.monthly,
      live.map((c, i) => ({country: c.country, observations: monthly[i], usdPerUnit: c.usdPerUnit}))
    ),
    daily: mergeDailyRates(before.daily, daily),
    cpi: mergeCpi(before.cpi, cpi),
    gdp: mergeWorldBank(before.gdp, gdp),
    population: mergeWorldBank(before.population, population)
  };
  const now = ends(after);
  const sources = sourcesWithEnds(before.sources, {
    [PATHS.fxMonthly.slice(5)]: periodEnd(Object.values(now.monthly).sort().at(-1)!, "month"),
    [PATHS.rates.slice(5)]: periodEnd(now.daily, "day"),
    [CPI_FILE.slice(5)]: periodEnd(now.cpi, "month"),
    [GDP_FILE.slice(5)]: periodEnd(now.gdp, "year"),
    [POPULATION_FILE.slice(5)]: periodEnd(now.population, "year")
  });

  // Every new file is read as the build reads it: any problem, and nothing is written.
  const problems: Problem[] = [];
  parseMonthlyRates(after.monthly, PATHS.fxMonthly, problems);
  parseDailyRates(after.daily, PATHS.rates, problems);
  parseCpi(after.cpi, CPI_FILE, problems);
  parseWorldBank(after.gdp, GDP_FILE, problems);
  parseWorldBank(after.population, POPULATION_FILE, problems);
  parseSources(sources, PATHS.sources, [], problems);
  const real = problems.filter((p) => !/has no row|which is not in data/.test(p.message));
  if (real.length)
    throw new Refusal(
      `the updated files would not build, so none was written:\n${real.map((p) => `  ${formatProblem(p)}`).join("\n")}`
    );

  const writes: [string, string][] = [
    [PATHS.fxMonthly, after.monthly],
    [PATHS.rates, after.daily],
    [CPI_FILE, after.cpi],
    [GDP_FILE, after.gdp],
    [POPULATION_FILE, after.population],
    [PATHS.sources, sources]
  ];
  replaceAll(
    data,
    writes.map(([path, text]) => [file(path), text])
  );

  const row = (name: string, a: string | undefined, b: string | undefined) =>
    `  ${name.padEnd(34)} ${(a ?? "–").padEnd(10)} → ${b ?? "–"}${a === b ? "  (unchanged)" : ""}`;
  const out = [
    "series                              last before  → last now",
    ...live.map((c) => row(`${c.country} (${c.fred})`, last.monthly[c.country], now.monthly[c.country])),
    row("JPY daily (DEXJPUS)", last.daily, now.daily),
    row("CPI-U (CPIAUCNS)", last.cpi, now.cpi),
    row(`GDP (${INDICATORS.gdp})`, last.gdp, now.gdp),
    row(`Population (${INDICATORS.population})`, last.population, now.population)
  ];
  process.stdout.write(`${out.join("\n")}\nupdated ${writes.length} files in ${data}\n`);
}

// The last date of each series in the reference files: the rates by country, then one for each other file.
function ends(files: {monthly: string; daily: string; cpi: string; gdp: string; population: string}) {
  return {
    monthly: lastDates(files.monthly, "monthly"),
    daily: lastDates(files.daily, "daily")[""],
    cpi: lastDates(files.cpi, "cpi")[""],
    gdp: lastDates(files.gdp, "world-bank")[""],
    population: lastDates(files.population, "world-bank")[""]
  };
}

// Writes every file beside its place first, then swaps them all in; if a swap fails, the ones already swapped are
// put back, so data/ holds either every new file or none.
function replaceAll(data: string, files: [string, string][]): void {
  const scratch = join(data, `.update-reference-${process.pid}`);
  mkdirSync(scratch, {recursive: true});
  const done: {path: string; old: string}[] = [];
  try {
    files.forEach(([, text], i) => writeFileSync(join(scratch, `new-${i}`), text));
    files.forEach(([path], i) => {
      const old = join(scratch, `old-${i}`);
      renameSync(path, old);
      done.push({path, old});
      renameSync(join(scratch, `new-${i}`), path);
    });
  } catch (error) {
    for (const {path, old} of done.reverse()) renameSync(old, path);
    throw new Refusal(`could not replace the files (${(error as Error).message}): data/ is as it was`);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

main().catch((error) => {
  const known = error instanceof Refusal || error instanceof ResponseError;
  process.stderr.write(
    `update-reference: ${known ? error.message : (error as Error).stack}\nnothing in data/ was changed\n`
  );
  process.exit(1);
});
