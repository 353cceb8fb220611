import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseWorldBank, yearsMean} from "../../../src/money/world-bank.js";
import {scaleOf, yearsOf} from "../../../src/money/scale.js";
import {projectRoot} from "../../../scripts/read-project.js";
import {problemsOf, project, withFiles, files} from "../../helpers/project.js";
import type {Problem} from "../../../src/inputs/errors.js";

const GDP = "data/gdp-current-usd.csv";
const POP = "data/population.csv";
const gdpCsv = readFileSync(join(projectRoot, GDP), "utf8");
const gdp = parseWorldBank(gdpCsv, GDP, []);
const population = parseWorldBank(readFileSync(join(projectRoot, POP), "utf8"), POP, []);

// A country's value in a year, read straight from the CSV lines ("Japan,JPN,2022,4256410760723.75").
function raw(csv: string, code: string, year: number): number {
  const line = csv.split("\n").find((l) => l.split(",").at(-3) === code && l.split(",").at(-2) === String(year));
  return Number(line!.split(",").at(-1));
}

describe("World Bank series", () => {
  it("reads each country's years, and keeps aggregates apart from countries", () => {
    expect(gdp.get("JPN")!.values.get(2022)).toBe(raw(gdpCsv, "JPN", 2022));
    expect(gdp.get("JPN")!.aggregate).toBe(false);
    expect(gdp.get("WLD")).toMatchObject({name: "World", aggregate: true});
    expect(gdp.get("EUU")!.aggregate).toBe(true);
    const countries = [...gdp.values()].filter((s) => !s.aggregate).map((s) => s.code);
    expect(countries).toContain("DEU");
    expect(countries).not.toContain("HIC");
  });

  it("averages the years asked for, or stands in the latest year when they are past the data", () => {
    const jpn = gdp.get("JPN")!;
    const mean = (raw(gdpCsv, "JPN", 2021) + raw(gdpCsv, "JPN", 2022) + raw(gdpCsv, "JPN", 2023)) / 3;
    expect(yearsMean(jpn, 2021, 2023)).toEqual({from: 2021, to: 2023, value: mean, latest: false, missing: 0});
    // Years partly past the data: the ones it has, and how many it lacks.
    const last = Math.max(...jpn.values.keys());
    expect(yearsMean(jpn, last - 1, last + 2)).toEqual({
      from: last - 1,
      to: last,
      value: (jpn.values.get(last - 1)! + jpn.values.get(last)!) / 2,
      latest: false,
      missing: 2
    });
    expect(yearsMean(jpn, last + 2, last + 3)).toEqual({
      from: last,
      to: last,
      value: jpn.values.get(last),
      latest: true,
      missing: 2
    });
    expect(yearsMean(jpn, 1900, 1901)).toBeUndefined();
  });

  it("names the line a quote opens on and never closes", () => {
    const problems: Problem[] = [];
    parseWorldBank(
      'Country Name,Country Code,Year,Value\nJapan,JPN,2022,1\n"Japan,JPN,2023,2\nJapan,JPN,2024,3\n',
      GDP,
      problems
    );
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "3: a quote opened on this line is never closed: the rest of the file is inside it"
    ]);
  });

  it("names the file and line of a bad row", () => {
    const problems: Problem[] = [];
    parseWorldBank(
      "Country Name,Country Code,Year,Value\nJapan,JPN,2022,1\nJapan,JPN,20x2,1\nJapan,JPN,2022,2\nJapan,JPN,2023,-4\n",
      GDP,
      problems
    );
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: Year "20x2" is not a year',
      "4: duplicate row for JPN 2022 (first on line 2)",
      '5: Value "-4" for JPN 2023 is not a positive number'
    ]);
  });
});

describe("shares of GDP and sums per person", () => {
  const byId = (id: string) => project.figures.find((f) => f.id === id)!;

  it("¥3.9 trillion over 2021–23, at that time's mean rate, against Japan's mean GDP of those years", () => {
    const usd = 3.9e12 / project.fx.chip_subsidies.mean!.rate;
    const mean = (raw(gdpCsv, "JPN", 2021) + raw(gdpCsv, "JPN", 2022) + raw(gdpCsv, "JPN", 2023)) / 3;
    expect(byId("chip_subsidies_gdp").value).toBeCloseTo(usd / mean, 6);
    // About 0.68%: close to the Ministry of Finance's 0.71% by its own count.
    expect(byId("chip_subsidies_gdp").value).toBeGreaterThan(0.0065);
    expect(byId("chip_subsidies_gdp").value).toBeLessThan(0.0071);
    expect(project.scales.chip_subsidies_gdp).toMatchObject({country: "JPN", from: 2021, to: 2023, latest: false});
  });

  it("the CHIPS Act's US$52.7 billion against US GDP in 2022, its year", () => {
    expect(byId("us_chips_act_gdp").value).toBeCloseTo(52.7e9 / raw(gdpCsv, "USA", 2022), 6);
    expect(project.scales.us_chips_act_gdp.text).toContain("United States’ yearly GDP (in 2022)");
    expect(project.scales.us_chips_act_gdp.source).toBe("World Bank, World Development Indicators (NY.GDP.MKTP.CD)");
  });

  it("per person divides by the mean population of the same years", () => {
    const popCsv = readFileSync(join(projectRoot, POP), "utf8");
    const people = (raw(popCsv, "JPN", 2021) + raw(popCsv, "JPN", 2022) + raw(popCsv, "JPN", 2023)) / 3;
    const usd = 3.9e12 / project.fx.chip_subsidies.mean!.rate;
    expect(byId("chip_subsidies_per_person").value).toBeCloseTo(usd / people, 2);
  });

  it("the years of an amount: its period, else its rate's window, else its date's year", () => {
    expect(yearsOf({period: "2024-04..2025-03", as_of: "2024-04-01"})).toEqual({from: 2024, to: 2025});
    const mean = project.fx.chip_subsidies.mean!;
    expect(yearsOf({period: "", as_of: "2024-04-09"}, mean)).toEqual({from: 2021, to: 2023});
    expect(yearsOf({period: "", as_of: "2022-08-09"})).toEqual({from: 2022, to: 2022});
  });

  it("says what is missing: an unknown country, or no data file", () => {
    const f = {id: "x", value: 1e9, unit: "USD", period: "", as_of: "2022-01-01", text: "US$1 billion"};
    expect(scaleOf("gdp_share", f, undefined, "XYZ", gdp)).toEqual({
      error: 'no country or aggregate "XYZ" in data/gdp-current-usd.csv: use its ISO 3166-1 alpha-3 code'
    });
    expect(scaleOf("per_person", f, undefined, "JPN", new Map())).toEqual({
      error: "data/population.csv is missing or empty: copy it into data/ or run npm run update-reference"
    });
    expect(scaleOf("per_person", f, undefined, "WLD", population)).toMatchObject({aggregate: true, name: "World"});
  });

  it("a rule on a figure that is not money, or with a wrong unit, is refused at its line", () => {
    const csv = files.figures.replace("gdp_share:us_chips_act:USA", "gdp_share:imd_rank:USA");
    const line = csv.split("\n").findIndex((l) => l.includes("gdp_share:imd_rank:USA")) + 1;
    expect(problemsOf(withFiles({figures: csv}))).toEqual([
      `data/figures.csv:${line}: "us_chips_act_gdp" (gdp_share:imd_rank:USA): gdp_share measures money, but "imd_rank" is in rank`
    ]);
    const unit = files.figures.replace(",share,2022-08-09,false,,gdp_share", ",%,2022-08-09,false,,gdp_share");
    expect(problemsOf(withFiles({figures: unit}))).toEqual([
      `data/figures.csv:${line}: "us_chips_act_gdp" (gdp_share:us_chips_act:USA): its unit is "share", not "%"`
    ]);
  });
});
