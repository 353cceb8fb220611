import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {formatRate} from "../../../src/story/format.js";
import {joinArticle} from "../../../src/project/join.js";
import {PATHS} from "../../../src/project/paths.js";
import {defaultBasisOf, rateBases, windowOf} from "../../../src/project/rate-bases.js";
import {files, readFiles} from "../../helpers/project.js";

const seed = () => {
  const {inputs, problems} = readFiles(files);
  return {inputs, joined: joinArticle(inputs, inputs.partial, problems)};
};
const story = JSON.parse(files.story!) as {mean_window: {start: string; end: string}};
const storyOf = (converted: string[] = []) => ({conversions: converted.map((figure) => ({figure})), ...story});
// The daily yen file's rates, read apart from the parsers.
const daily = files.rates
  .trimEnd()
  .split("\n")
  .slice(1)
  .map((l) => l.split(","))
  .filter(([, rate]) => rate)
  .map(([date, rate]) => ({date, rate: Number(rate)}));
const line = (id: string) => files.figures.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;

describe("rateBases", () => {
  const {inputs, joined} = seed();
  const problems: Problem[] = [];
  const fx = rateBases(joined, storyOf(["chip_subsidies"]), inputs.series, "2024-04-14", true, problems);

  it("gives each foreign amount the article's rate, the rate at publication and the mean of its window", () => {
    expect(problems).toEqual([]);
    // Only the amounts in yen: the US$ ones need no rate.
    expect(Object.keys(fx).sort()).toEqual(
      joined.figures
        .filter((f) => f.unit === "JPY")
        .map((f) => f.id)
        .sort()
    );
    const bases = fx.chip_subsidies;
    expect(Object.keys(bases)).toEqual(["article", "spot", "mean"]);
    // The article prints ¥3.9 trillion (US$25.44 billion).
    expect(bases.article!.rate).toBe(3.9e12 / 25.44e9);
    // Published on a Sunday: the rate of the Friday before.
    const friday = daily.filter((d) => d.date <= "2024-04-14").at(-1)!;
    expect(friday.date).toBe("2024-04-12");
    expect(bases.spot).toMatchObject({rate: friday.rate, date: "2024-04-12"});
    const window = daily.filter((d) => d.date >= story.mean_window.start && d.date <= story.mean_window.end);
    expect(bases.mean!.rate).toBeCloseTo(window.reduce((s, d) => s + d.rate, 0) / window.length, 9);
    expect(bases.mean).toMatchObject({window_start: "2021-01-01", window_end: "2023-12-31", days: window.length});
    // Yen the article does not print beside US$ take its rate for the currency all the same.
    expect(fx.aws_cloud_jpy.article!.rate).toBe(3.9e12 / 25.44e9);
  });

  it("refuses a printed pair whose rate is far from the market's", () => {
    const {inputs, joined} = seed();
    joined.figures.find((f) => f.id === "chip_subsidies_usd_article")!.value = 25.44e6;
    const found: Problem[] = [];
    rateBases(joined, storyOf(), inputs.series, "2024-04-14", true, found);
    expect(found.map(formatProblem)).toEqual([
      `${PATHS.figures}:${line("chip_subsidies_usd_article")}: "chip_subsidies_usd_article" converts "chip_subsidies" at 153300 JPY per US$, but the rate at publication was ${formatRate(153.12)}: check each amount's currency and value`
    ]);
  });

  it("refuses a pair the article does not print, once it can tell", () => {
    const {inputs, joined} = seed();
    joined.conversions.length = 0;
    const found: Problem[] = [];
    const bases = rateBases(joined, storyOf(), inputs.series, "2024-04-14", true, found);
    expect(found.map(formatProblem)).toEqual([
      `${PATHS.figures}:${line("chip_subsidies_usd_article")}: "chip_subsidies_usd_article" converts "chip_subsidies", but the article prints no "¥3.9 trillion (US$25.44 billion)" pair joining them: clear "converts" if it is not the article's own conversion`
    ]);
    // Without its pair the yen has no article's rate.
    expect(Object.keys(bases.chip_subsidies)).toEqual(["spot", "mean"]);
    const partly: Problem[] = [];
    rateBases(joined, storyOf(), inputs.series, "2024-04-14", false, partly);
    expect(partly).toEqual([]);
  });

  it("names every amount a missing rate fails, in one problem", () => {
    const {inputs, joined} = seed();
    const found: Problem[] = [];
    rateBases(joined, storyOf(), inputs.series.slice(1), "2024-04-14", true, found);
    expect(found.map(formatProblem)).toEqual([]);
    const noYen = inputs.series.filter((s) => s.currency !== "JPY");
    rateBases(joined, storyOf(), noYen, "2024-04-14", true, found);
    const yen = joined.figures.filter((f) => f.unit === "JPY").map((f) => `"${f.id}"`);
    expect(found.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${PATHS.figures}: ${yen.join(", ")}: spot basis: `)),
      expect.stringMatching(new RegExp(`^${PATHS.figures}: ${yen.join(", ")}: mean basis: `))
    ]);
  });
});

describe("windowOf", () => {
  it("averages an amount's own period, else the story's window, else the months before publication", () => {
    expect(windowOf({id: "a", period: "2022"}, story, "2024-04-14")).toMatchObject({
      start: "2022-01-01",
      end: "2022-12-31"
    });
    expect(windowOf({id: "a", period: ""}, story, "2024-04-14")).toEqual({...story.mean_window, why: ""});
    const own = windowOf({id: "a", period: ""}, {}, "2024-04-14");
    expect([own.start, own.end]).toEqual(["2024-01-01", "2024-03-31"]);
  });
});

describe("defaultBasisOf", () => {
  const {inputs, joined} = seed();
  const fx = rateBases(joined, storyOf(), inputs.series, "2024-04-14", true, []);
  it("takes the story's default basis, else publication time", () => {
    expect(defaultBasisOf({fx, defaultBasis: "article"}, "chip_subsidies")).toBe(fx.chip_subsidies.article);
    expect(defaultBasisOf({fx, defaultBasis: "article"}, "tsmc_aid_1")).toBe(fx.tsmc_aid_1.article);
    expect(defaultBasisOf({fx: {x: {spot: fx.tsmc_aid_1.spot}}, defaultBasis: "mean"}, "x")).toBe(fx.tsmc_aid_1.spot);
    expect(() => defaultBasisOf({fx, defaultBasis: "article"}, "aws_cloud")).toThrow('no rate basis for "aws_cloud"');
  });
});
