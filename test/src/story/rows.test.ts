// The conversion sentence and table of the seed story under the reader's view: the numbers the story prints, as
// literals from the reference notes.
import {describe, expect, it} from "vitest";
import {conversionRows, conversionSentence, storyModel} from "../../../src/index.js";
import {project as seed} from "../../helpers/project.js";

const model = storyModel(seed);

describe("the seed's conversions under the view", () => {
  it("the subsidy sentence under each basis and at a rate of the reader's choosing", () => {
    expect(conversionSentence(model, "chip_subsidies")).toMatchObject({rate: "153.30", usd: "US$25.4 billion"});
    expect(conversionSentence(model, "chip_subsidies", {basis: "mean"})).toMatchObject({
      rate: "127.27",
      usd: "US$30.6 billion"
    });
    expect(conversionSentence(model, "chip_subsidies", {basis: "spot"}).rate).toBe("153.12");
    expect(conversionSentence(model, "chip_subsidies", {basis: "custom", rate: 100})).toMatchObject({
      rate: "100.00",
      usd: "US$39 billion",
      value_usd: 39e9
    });
  });

  it("the conversion table: the subsidy under the view, with its bar's label and its time", () => {
    expect(conversionRows(model, {basis: "mean"})).toEqual([
      expect.objectContaining({
        figure_id: "chip_subsidies",
        label: "Japan’s government: chip subsidies, FY2021–23",
        amount: "¥3.9 trillion",
        rate: expect.closeTo(127.27, 2),
        value_usd: expect.closeTo(3.9e12 / 127.27, -8)
      })
    ]);
  });

  it("footnotes in reading order: the prose's citations and the figures of each chart where the prose places it", () => {
    // story.md: the lead cites the four US$ amounts and the subsidy; "::: chart investment" adds none; the next
    // paragraph cites the article's conversion and the yen's low; the one after the conversion cites the subsidy's
    // share of GDP, per person, and the CHIPS Act with its own share; "::: chart usdjpy" annotates the summit;
    // then "Where Japan stands" cites the rank.
    expect(model.notes.slice(0, 13)).toEqual([
      "aws_cloud",
      "microsoft_ai",
      "tsmc_kumamoto_1",
      "tsmc_kumamoto_2",
      "chip_subsidies",
      "chip_subsidies_usd_article",
      "yen_low",
      "chip_subsidies_gdp",
      "chip_subsidies_per_person",
      "us_chips_act",
      "us_chips_act_gdp",
      "summit",
      "imd_rank"
    ]);
    expect(model.notes).toContain("rapidus_2027");
    expect(new Set(model.notes).size).toBe(model.notes.length);
  });
});
