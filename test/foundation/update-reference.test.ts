// npm run update-reference against a local server with the publishers' responses: every series updated together,
// or, on a bad response, nothing in data/ touched.
import {spawn} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {projectRoot} from "../../scripts/root.js";
import {FRED_COUNTRIES} from "../../src/money/fred-countries.js";
import {REFERENCE_FILES} from "../../src/inputs/reference-update.js";
import {RESPONSES, referenceServer, type ReferenceServer} from "../helpers/reference-server.js";

const FILES = REFERENCE_FILES;

// A copy of data/'s reference files and sources.csv in a folder of its own.
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "tech-edge-reference-"));
  for (const f of FILES) cpSync(join(projectRoot, "data", f), join(dir, f));
  return dir;
}

function run(data: string, env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "scripts", "update-reference.ts"), "--data", data],
      {cwd: projectRoot, env: {...process.env, ...env}}
    );
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({code: code ?? 1, stdout, stderr}));
  });
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
const csvLine = (csv: string, start: string) => csv.split(/\r?\n/).find((l) => l.startsWith(start));

describe("npm run update-reference", () => {
  let server: ReferenceServer;
  beforeAll(async () => (server = await referenceServer()));
  afterAll(() => server.close());

  it("merges every series, prints each one's last date before and after, and updates sources.csv", async () => {
    const data = dataCopy();
    try {
      const before = snapshot(data);
      const {code, stdout, stderr} = await run(data, server.env);
      // A line of progress for each series: the monthly rate series, then the others.
      const live = FRED_COUNTRIES.filter((c) => c.fred).length;
      expect(stderr).toContain(`[${live}/${live}]`);
      expect(code).toBe(0);
      const after = snapshot(data);
      // Exchange rates: Japan's July 2026 is the response's, as is; the euro's is inverted to euros per US$.
      const jpy = readFileSync(join(RESPONSES, "fred", "EXJPUS.csv"), "utf8");
      expect(csvLine(after["fx-monthly-fred.csv"], "2026-07-01,Japan,")).toBe(
        `2026-07-01,Japan,${csvLine(jpy, "2026-07-01")!.split(",")[1]}`
      );
      const eur = Number(
        csvLine(readFileSync(join(RESPONSES, "fred", "EXUSEU.csv"), "utf8"), "2026-09-01")!.split(",")[1]
      );
      expect(csvLine(after["fx-monthly-fred.csv"], "2026-09-01,Euro,")).toBe(`2026-09-01,Euro,${(1 / eur).toFixed(4)}`);
      // History stays: the first line and the legacy currencies are as they were.
      expect(csvLine(after["fx-monthly-fred.csv"], "1971-01-01,Australia,")).toBe(
        csvLine(before["fx-monthly-fred.csv"], "1971-01-01,Australia,")
      );
      expect(after["fx-monthly-fred.csv"].split("\n").filter((l) => l.includes(",Germany,")).length).toBe(
        before["fx-monthly-fred.csv"].split("\n").filter((l) => l.includes(",Germany,")).length
      );
      // Daily yen: extended past 2024, a holiday kept empty, never 0.
      expect(csvLine(after["usdjpy-daily.csv"], "2025-03-31")).toMatch(/^2025-03-31,1\d\d\.\d\d$/);
      expect(csvLine(after["usdjpy-daily.csv"], "2025-01-01")).toBe("2025-01-01,");
      // CPI: three new months, each with its change on the month before; the month BLS never published stays out.
      expect(csvLine(after["cpi-u-monthly.csv"], "2026-08-01")).toBe(
        `2026-08-01,336.877,${((336.877 / 336.208 - 1) * 100).toFixed(2)}`
      );
      expect(csvLine(after["cpi-u-monthly.csv"], "2025-10-01")).toBeUndefined();
      // World Bank: Japan's 2024 GDP is new; a row without an ISO code or a value is left out.
      expect(csvLine(after["gdp-current-usd.csv"], "Japan,JPN,2024,")).toBe("Japan,JPN,2024,4030000000000");
      expect(after["population.csv"]).toContain("Japan,JPN,2025,123400000");
      expect(after["gdp-current-usd.csv"]).not.toContain(",,2024,");
      // sources.csv's spans end at the new last dates.
      expect(csvLine(after["sources.csv"], "cpi-u-monthly.csv")).toContain("1913-01-01..2026-08-31");
      expect(csvLine(after["sources.csv"], "fx-monthly-fred.csv")).toContain("1971-01-01..2026-09-30");
      expect(csvLine(after["sources.csv"], "gdp-current-usd.csv")).toContain("1960-01-01..2024-12-31");
      // What changed, series by series.
      expect(stdout).toMatch(/Japan \(EXJPUS\)\s+2026-06-01 → 2026-09-01/);
      expect(stdout).toMatch(/CPI-U \(CPIAUCNS\)\s+2026-05-01 → 2026-08-01/);
      expect(stdout).toMatch(/GDP \(NY\.GDP\.MKTP\.CD\)\s+2023\s+→ 2024/);
      expect(stdout).toContain("updated 6 files");
      // No scratch folder is left behind.
      expect(readdirSync(data).sort()).toEqual([...FILES].sort());
    } finally {
      rmSync(data, {recursive: true, force: true});
    }
  });

  it.each([
    ["an HTML page for a series", {EXKOUS: "<!DOCTYPE html><html><body>Service unavailable</body></html>"}, "EXKOUS"],
    ["a word for a number", {CPIAUCNS: "observation_date,CPIAUCNS\n2026-06-01,335.5\n2026-07-01,n/a\n"}, "line 3"],
    [
      "a World Bank error message",
      {"SP.POP.TOTL": '[{"message":[{"id":"120","value":"Invalid value"}]}]'},
      "SP.POP.TOTL"
    ]
  ])("leaves data/ untouched on %s, and says which response", async (_, replace, named) => {
    const bad = await referenceServer(replace);
    const data = dataCopy();
    try {
      const before = snapshot(data);
      const {code, stderr} = await run(data, bad.env);
      expect(code).toBe(1);
      expect(stderr).toContain(named);
      expect(stderr).toContain("nothing in data/ was changed");
      expect(snapshot(data)).toEqual(before);
    } finally {
      await bad.close();
      rmSync(data, {recursive: true, force: true});
    }
  });
});
