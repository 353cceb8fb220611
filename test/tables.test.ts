// Golden files of every published table of the seed story.
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {TABLES, tableRows, tableSpec, toCsv} from "../src/index.js";
import {project} from "./helpers/project.js";
import {projectRoot} from "./helpers/site.js";

const golden = (name: string) => join(projectRoot, "test", "golden", name);
const csvOf = (name: string) =>
  toCsv(
    tableRows(project, name),
    tableSpec(name).columns.map((c) => c.name)
  );
const jsonOf = (name: string) => `${JSON.stringify(tableRows(project, name), null, 1)}\n`;

// A golden file is rewritten with UPDATE_GOLDEN=1, after an intended change; otherwise a difference fails.
function matchesGolden(file: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(file), actual);
  expect(actual).toBe(readFileSync(golden(file), "utf-8"));
}

describe("tables of the seed story", () => {
  it.each(TABLES.map((t) => t.name))("%s matches its golden CSV and JSON", (name) => {
    matchesGolden(`${name}.csv`, csvOf(name));
    matchesGolden(`${name}.json`, jsonOf(name));
  });

  it("figures states each figure with its value, US$ value and sentence", () => {
    const rows = csvParse(csvOf("figures"));
    const subsidy = rows.find((r) => r.id === "chip_subsidies")!;
    expect(subsidy).toMatchObject({
      value: "3900000000000",
      unit: "JPY",
      status: "checked",
      value_usd: "25440000000",
      fx_basis: "article",
      fx_rate: "153.3019",
      mention: "¥3.9 trillion"
    });
    expect(subsidy.sentence).toBe(
      "Japan has spent ¥3.9 trillion (US$25.44 billion) in the past three years on chip-related subsidies — a larger portion of GDP than the US or Germany."
    );
    const chips = rows.find((r) => r.id === "us_chips_act")!;
    expect(chips).toMatchObject({
      in_article: "false",
      value_usd: "52700000000",
      source: "White House fact sheet, Aug 2022"
    });
  });

  it("conversions states the subsidy under each basis and across rates", () => {
    const rows = csvParse(csvOf("conversions"));
    const usd = (basis: string) => Number(rows.find((r) => r.basis === basis)!.value_usd) / 1e9;
    expect(usd("article").toFixed(2)).toBe("25.44");
    expect(usd("spot").toFixed(1)).toBe("25.5");
    expect(usd("mean").toFixed(1)).toBe("30.6");
    const sweep = rows.filter((r) => r.basis === "sweep");
    expect(sweep).toHaveLength(61);
    expect(sweep.find((r) => r.rate === "100")!.value_usd).toBe("39000000000");
    expect(rows.find((r) => r.basis === "spot")!.note).toBe(
      "no rate on 2024-04-14 (a Sunday): the last trading day before it, 2024-04-12, is used"
    );
  });

  it("writes CSV with CRLF line ends and no thousands separators or currency symbols in numbers", () => {
    const csv = csvOf("figures");
    expect(csv.split("\r\n").length).toBeGreaterThan(30);
    for (const r of csvParse(csv)) if (r.value) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
  });
});
