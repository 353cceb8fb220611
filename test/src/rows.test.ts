// Chart rows from the seed story's model: the numbers the story prints, as literals from the reference notes.
import {describe, expect, it} from "vitest";
import {
  barRows,
  basisMarks,
  chartOf,
  chosenMark,
  conversionSentence,
  rankRow,
  rateRows,
  shareRows,
  storyModel,
  sweepRows,
  timelineRows
} from "../../src/index.js";
import {project as seed} from "../helpers/project.js";

const model = storyModel(seed);

describe("rows of the seed story", () => {
  it("bars: the four US$ commitments as reported, the yen subsidy converted under the view", () => {
    const rows = barRows(model, chartOf(model, "investment", "bars"));
    expect(rows.map((r) => [r.figure_id, r.value_usd, r.kind])).toEqual([
      ["chip_subsidies", 25440000000, "derived"],
      ["tsmc_kumamoto_2", 20e9, "reported"],
      ["aws_cloud", 14e9, "reported"],
      ["tsmc_kumamoto_1", 8.6e9, "reported"],
      ["microsoft_ai", 2.9e9, "reported"]
    ]);
    const atMean = barRows(model, chartOf(model, "investment", "bars"), {basis: "mean"});
    // 3.9e12 yen at the 2021–23 mean of 127.27 (reference notes) ≈ US$30.6 billion
    expect(atMean[0].value_usd / 1e9).toBeCloseTo(3.9e12 / 127.27 / 1e9, 1);
    expect(atMean[0].rate?.toFixed(2)).toBe("127.27");
  });

  it("the subsidy sentence under each basis and at a rate of the reader's choosing", () => {
    expect(conversionSentence(model, "chip_subsidies")).toMatchObject({rate: "153.30", usd: "US$25.4 billion"});
    expect(conversionSentence(model, "chip_subsidies", {basis: "mean"})).toMatchObject({
      rate: "127.27",
      usd: "US$30.6 billion"
    });
    expect(conversionSentence(model, "chip_subsidies", {basis: "custom", rate: 100})).toMatchObject({
      rate: "100.00",
      usd: "US$39 billion",
      value_usd: 39e9
    });
    expect(chosenMark(model, "chip_subsidies", {basis: "spot"}).rate).toBe(153.12);
  });

  it("the sweep spans 100 to 160 yen a dollar, and the bases are marked on it", () => {
    const sweep = sweepRows(model, "chip_subsidies");
    expect(sweep).toHaveLength(61);
    expect(sweep[0]).toEqual({rate: 100, value_usd: 39e9});
    expect(sweep[60]).toEqual({rate: 160, value_usd: 24375000000});
    expect(basisMarks(model, "chip_subsidies").map((b) => [b.basis, b.rate.toFixed(2)])).toEqual([
      ["article", "153.30"],
      ["spot", "153.12"],
      ["mean", "127.27"]
    ]);
  });

  it("the yen line: daily rates of 2021–24, the summit day at 152.90, the window mean", () => {
    const {rows, window, annotations, frequency} = rateRows(model, chartOf(model, "usdjpy", "rates"));
    expect(frequency).toBe("daily");
    expect(rows[0].date.toISOString().slice(0, 10)).toBe("2021-01-04");
    expect(rows.at(-1)!.date.toISOString().slice(0, 10)).toBe("2024-12-31");
    expect(window?.mean.toFixed(2)).toBe("127.27");
    expect(annotations.map((a) => [a.date.toISOString().slice(0, 10), a.rate, a.note])).toEqual([
      ["2024-04-10", 152.9, "a 34-year low at the time"]
    ]);
  });

  it("rank, shares and timeline", () => {
    expect(rankRow(model, chartOf(model, "rank", "rank"))).toMatchObject({value: 32, of: 64, subject: "Japan"});
    expect(shareRows(model, chartOf(model, "shares", "shares")).map((r) => [r.text, r.share])).toEqual([
      ["7 of 1,200", 0.005833],
      ["3 million of 125 million", 0.024]
    ]);
    const events = timelineRows(model, chartOf(model, "timeline", "timeline"));
    expect(events.map((e) => e.date.toISOString().slice(0, 10))).toEqual([
      "2024-01-19",
      "2024-02-24",
      "2024-03-01",
      "2024-04-10",
      "2024-04-10",
      "2027-01-01"
    ]);
    expect(events[0].label).toBe("AWS announces its Japan cloud plan (¥2.26 trillion)");
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
