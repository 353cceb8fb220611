// Golden-file tests of each loader's output, and what a loader does with bad input.
import {execFile} from "node:child_process";
import {existsSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {csvParse} from "d3-dsv";
import {afterAll, describe, expect, it} from "vitest";
import {buildSite, builtFile, copyProject, distDir, projectRoot, removeSite} from "./helpers/site.js";

const run = promisify(execFile);
const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
const loaders = readdirSync(join(projectRoot, "docs", "data")).filter((f) => /\.\w+\.ts$/.test(f));
const golden = (name: string) => join(projectRoot, "test", "golden", name);

async function runLoader(root: string, loader: string) {
  try {
    const {stdout, stderr} = await run(tsx, [join(root, "docs", "data", loader)], {cwd: root, maxBuffer: 1 << 26});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

describe("loaders", () => {
  it.each(loaders)("%s matches its golden file and the built copy", async (loader) => {
    const name = loader.replace(/\.ts$/, "");
    const {code, stdout, stderr} = await runLoader(projectRoot, loader);
    expect(code, stderr).toBe(0);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), stdout);
    expect(stdout).toBe(readFileSync(golden(name), "utf-8"));
    expect(builtFile(distDir, `data/${name}`)).toBe(stdout);
  });

  it("figures.csv states each figure with its value, US$ value and sentence", () => {
    const rows = csvParse(readFileSync(golden("figures.csv"), "utf-8"));
    const subsidy = rows.find((r) => r.id === "chip_subsidies")!;
    expect(subsidy).toMatchObject({
      value: "3900000000000",
      unit: "JPY",
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

  it("subsidy-fx.csv converts the subsidy under each basis and across rates", () => {
    const rows = csvParse(readFileSync(golden("subsidy-fx.csv"), "utf-8"));
    const usd = (basis: string) => Number(rows.find((r) => r.basis === basis)!.value_usd) / 1e9;
    expect(usd("article").toFixed(2)).toBe("25.44");
    expect(usd("spot").toFixed(1)).toBe("25.5");
    expect(usd("mean").toFixed(1)).toBe("30.6");
    const sweep = rows.filter((r) => r.basis === "sweep");
    expect(sweep).toHaveLength(61);
    expect(sweep.find((r) => r.rate === "100")!.value_usd).toBe("39000000000");
  });

  it("writes CSV with CRLF line ends and no thousands separators or currency symbols in numbers", () => {
    const csv = readFileSync(golden("figures.csv"), "utf-8");
    expect(csv.split("\r\n").length).toBeGreaterThan(30);
    for (const r of csvParse(csv)) if (r.value) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
  });
});

describe("bad input", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeSite));

  it("fails the loader with every problem named, and writes nothing", async () => {
    const root = copyProject();
    copies.push(root);
    const path = join(root, "data", "figures.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf-8")
        .replace("pledged US$2.9 billion", "pledged US$3.9 billion")
        .replace(/^unicorn_threshold,/m, "aws_cloud,")
    );
    const {code, stdout, stderr} = await runLoader(root, "figures.csv.ts");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('data/figures.csv:3: quote of "microsoft_ai" is not in data/article.txt verbatim');
    expect(stderr).toContain('data/figures.csv:8: duplicate id "aws_cloud" (first on line 2)');

    const build = await buildSite(root);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain("data/figures.csv:3");
    expect(existsSync(join(root, "dist"))).toBe(false);
    expect(existsSync(join(root, "docs", ".observablehq", "cache", "data", "figures.csv"))).toBe(false);
  });
});
