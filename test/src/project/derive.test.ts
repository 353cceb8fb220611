import {describe, expect, it} from "vitest";
import {formatProblem} from "../../../src/inputs/errors.js";
import {deriveFigures} from "../../../src/project/derive.js";
import {joinArticle} from "../../../src/project/join.js";
import {rateBases} from "../../../src/project/rate-bases.js";
import {editRegistryCell, files, readFiles, withFiles} from "../../helpers/project.js";

// The seed's steps up to its rate bases, with the registry edited; then its derived figures.
const derive = (figures = files.figures) => {
  const {inputs, problems} = readFiles(withFiles({figures}));
  const joined = joinArticle(inputs, inputs.partial, problems);
  const story = {conversions: [], ...(JSON.parse(files.story!) as {mean_window: {start: string; end: string}})};
  const fx = rateBases(joined, story, inputs.series, inputs.meta.published, true, problems);
  const before = problems.length;
  const scales = deriveFigures(joined.figures, fx, "article", inputs, problems);
  const value = (id: string) => joined.figures.find((f) => f.id === id)!.value;
  return {value, scales, fx, problems: problems.slice(before).map(formatProblem)};
};
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const line = (id: string) => files.figures.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;
// A country's GDP in a year, read apart from the parsers.
const gdp = (code: string, year: number) =>
  Number(
    files
      .gdp!.split("\n")
      .find((l) => l.includes(`,${code},${year},`))!
      .split(",")
      .at(-1)
  );

describe("deriveFigures", () => {
  const {value, scales, problems} = derive();
  const articleRate = 3.9e12 / 25.44e9; // the article's ¥3.9 trillion (US$25.44 billion)

  it("computes rates to 4 decimals, shares to 6, sums in US$ to the dollar", () => {
    expect(problems).toEqual([]);
    expect(value("subsidy_implied_rate")).toBe(round(articleRate, 4));
    expect(value("aws_implied_rate")).toBe(round(2.26e12 / 14e9, 4));
    expect(value("unicorns_share")).toBe(round(7 / 1200, 6));
    expect(value("imd_rank_share")).toBe(0.5);
    expect(value("chip_subsidies_usd")).toBe(Math.round(3.9e12 / articleRate));
    expect(value("tsmc_aid_usd")).toBe(Math.round(476e9 / articleRate + 732e9 / articleRate));
  });

  it("measures a sum against the World Bank's GDP", () => {
    // US$52.7 billion stated in 2022, against the US's GDP of 2022.
    expect(value("us_chips_act_gdp")).toBe(round(52.7e9 / gdp("USA", 2022), 6));
    expect(scales.us_chips_act_gdp).toMatchObject({op: "gdp_share", of: "us_chips_act", country: "USA", from: 2022});
    expect(Object.keys(scales).sort()).toEqual(["chip_subsidies_gdp", "chip_subsidies_per_person", "us_chips_act_gdp"]);
  });

  it("refuses a rule of the wrong units, one naming its own figure, and a rank beyond its of", () => {
    let figures = editRegistryCell(files.figures, "subsidy_implied_rate", "derive", "rate:aws_cloud/microsoft_ai");
    figures = editRegistryCell(figures, "unicorns_share", "derive", "share:unicorns_share/unicorns_total");
    figures = editRegistryCell(figures, "imd_economies", "value", "20");
    expect(derive(figures).problems).toEqual([
      `data/figures.csv:${line("subsidy_implied_rate")}: "subsidy_implied_rate" (rate:aws_cloud/microsoft_ai): a rate divides two currencies, but "aws_cloud" and "microsoft_ai" are both in USD`,
      `data/figures.csv:${line("unicorns_share")}: "unicorns_share" derives from itself`,
      `data/figures.csv:${line("imd_rank_share")}: "imd_rank_share": rank 32 ("imd_rank") is beyond its "of", 20 ("imd_economies")`
    ]);
  });

  it("leaves a rule whose parts already have a problem to that problem", () => {
    // A value its quote does not hold: the join's problem, not the rate's.
    const figures = editRegistryCell(files.figures, "chip_subsidies_usd_article", "value", "0");
    expect(derive(figures).problems).toEqual([]);
  });

  it("refuses a result its unit cannot hold", () => {
    const figures = editRegistryCell(
      files.figures,
      "unicorns_share",
      "derive",
      "share:population_official/ai_training"
    );
    expect(derive(figures).problems).toEqual([
      `data/figures.csv:${line("unicorns_share")}: "unicorns_share" computes to ${round(124.35e6 / 3e6, 6)}, but a value in "share" must be between 0 and 1`
    ]);
  });
});
