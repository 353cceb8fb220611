// The draft of a new story as files: its figures.csv, its story and its pairs, on small texts written here.
import {describe, expect, it} from "vitest";
import {csvParse} from "d3-dsv";
import {draftStory, isBars} from "../../../src/index.js";
import {REFERENCE_FILES, draftProject, files} from "../../helpers/project.js";

describe("draftStory: a draft that reads as a story", () => {
  const text =
    "Acme said it would invest US$2 billion in Ohio.\n\nIts rival Bolt will spend 300 billion yen on batteries next year, and US$40 million on a lab.";
  const draft = draftStory({text, title: "Acme bets on Ohio", outlet: "Wire", published: "2025-09-01"});

  // What the draft's page shows: its registry read through its story.json's rules.
  const bars = (d: typeof draft) => draftProject(d).story.charts.filter(isBars)[0];
  const sources = {sources: files.sources, keptFiles: REFERENCE_FILES};

  it("writes a label beside each id, and a period, restates and converts column for every row", () => {
    const rows = csvParse(draft.files["figures.csv"]);
    expect(rows.columns.slice(0, 2)).toEqual(["id", "label"]);
    expect(rows.columns.slice(-4)).toEqual(["status", "period", "restates", "converts"]);
    expect(rows.map((r) => [r.id, r.label, r.period])).toEqual([
      ["usd_2bn", "Acme: Ohio", ""],
      ["jpy_300bn", "Bolt: batteries, 2026", "2026"],
      ["usd_40m", "Bolt: lab", "2026"] // its clause gives no time: its sentence's "next year" does
    ]);
  });

  it("never draws a bracketed conversion beside its amount, whichever the currencies", () => {
    const text = "Nvidia has pledged $2 billion (£1.5 billion) for British AI start-ups.\n\nThe state adds £3 billion.";
    const d = draftStory({text, title: "T", outlet: "O", published: "2025-09-01", ...sources});
    // The bracketed amount is the article's own conversion of the one before it: one cell says so.
    expect(csvParse(d.files["figures.csv"]).map((r) => [r.id, r.converts])).toEqual([
      ["usd_2bn", ""],
      ["gbp_1_5bn", "usd_2bn"],
      ["gbp_3bn", ""]
    ]);
    expect(d.files["story.json"]).toContain('"figures": "money"');
    const p = draftProject(d);
    expect(p.story.charts.filter(isBars)[0].bars.map((b) => b.figure)).toEqual(["usd_2bn", "gbp_3bn"]);
    expect(p.story.conversions.map((c) => c.figure)).toEqual(["gbp_3bn"]);
    // The pair gives the article's own pound rate: £1.5 billion for US$2 billion.
    expect(p.fx.gbp_3bn.article!.rate).toBe(0.75);
    // A later clause with a subject of its own is labelled by it, not by the sentence's first subject.
    const two = draftStory({
      text: "Nvidia has pledged $2 billion for start-ups, and Microsoft said it would invest $30 billion in the country.",
      title: "T",
      outlet: "O",
      published: "2025-09-01",
      ...sources
    });
    expect(bars(two).bars.map((b) => b.label)).toEqual(["Nvidia: start-ups", "Microsoft"]);
    // A label that is a name of its own needs no subject before it.
    const named = draftStory({
      text: "Acme Holdings will pay $3 billion to Ohio Power and $2 billion for new plants.",
      title: "T",
      outlet: "O",
      published: "2025-09-01",
      ...sources
    });
    expect(bars(named).bars.map((b) => b.label)).toEqual(["Ohio Power", "Acme Holdings: new plants"]);
  });

  it("has one chart of the money and one switch for its conversions, and a summary led by the story's money", () => {
    const d = draftStory({text, title: "Acme bets on Ohio", outlet: "Wire", published: "2025-09-01", ...sources});
    expect(d.story.charts.map((c) => c.type)).toEqual(["bars", "rates"]);
    // No amount in the headline: the lead is the first sum of the first paragraph, not the largest.
    expect(d.story.lead).toBe("usd_2bn");
    expect(d.story.default_basis).toBe("mean");
    const md = d.files["story.md"];
    expect(md.match(/^::: (conversions?|summary)\b.*$/gm)).toEqual(["::: summary", "::: conversions"]);
    // No citation, count or sum written out as text: the summary computes them at each build.
    expect(md).not.toMatch(/\[\[|\d/);
    const p = draftProject(d);
    expect(p.story.conversions.map((c) => c.figure)).toEqual(["jpy_300bn"]);
    const summary = p.prose.blocks.find((b) => b.type === "markdown" && b.text.includes("main sum"));
    expect(summary?.type === "markdown" && summary.text).toBe(
      "The story’s main sum is [[usd_2bn]] (Acme: Ohio). The article names 3 sums of money in 2 currencies; the largest is [[jpy_300bn]] (Bolt: batteries, 2026), about [[jpy_300bn@mean]]."
    );
    // ¥300 billion at 2025's rates (about ¥147 a dollar) is a little more than US$2 billion.
    expect(300e9 / p.fx.jpy_300bn.mean!.rate).toBeGreaterThan(2e9);
  });

  it("leads on the amount its headline names, through the conversion it repeats", () => {
    const text =
      "SEOUL - Korea proposed a 728 trillion won ($523 billion) budget.\n\nDebt will reach 1,415 trillion won.";
    const title = "Korea sets $523 billion budget";
    expect(draftStory({text, title, outlet: "O", published: "2025-08-29", ...sources}).story.lead).toBe("krw_728tn");
  });

  // Excerpts of two articles the drafting was never tuned on, with the labels a desk editor would accept.
  describe("labels on unseen articles: who and what, never a fragment", () => {
    const labels = (text: string, published: string, home?: string) =>
      draftStory({text, title: "T", outlet: "O", published, home}).figures.map((f) => [f.id, f.label, f.period]);

    it("Moneycontrol, 2019: an Indian cabinet's decisions in rupee crore", () => {
      const text = [
        "Union Minister Arun Jaitley on February 28 said that the Cabinet has approved the proposal to implement the second phase of the Faster Adoption and Manufacturing of (Hybrid and) Electric vehicles (FAME) scheme, with an outlay of Rs 10,000 crore for a period of three years starting from April 1, 2019.",
        "The FAME India scheme was launched in 2015 to subsidise electric vehicles. It offers a subsidy of up to Rs 22,000 on two wheelers, Rs 61,000 on three-wheelers and Rs 1,87,000 on light commercial vehicles.",
        "The government estimates the debt of Air India Ltd to be around Rs 29,464 crore.",
        "Further, the Cabinet approved foreign investments of more than Rs 5,000 crore and up to Rs 25,000 crore by way of a rights issue in Vodafone Idea Limited.",
        "It has also approved the National Policy on Software Products – 2019, which will have an outlay of Rs 1,500 crore over a period of seven years for the creation of sustainable Indian software product industry to nurture 10,000 startups and 1 lakh IT professionals."
      ].join("\n\n");
      expect(labels(text, "2019-02-28", "INR")).toEqual([
        ["inr_100bn", "Second phase of the FAME scheme, Apr 2019–Mar 2022", "2019-04..2022-03"],
        // (a subsidy the scheme offers: the scheme's time)
        ["inr_22k", "Two wheelers", "2019-04..2022-03"],
        ["inr_61k", "Three-wheelers", "2019-04..2022-03"],
        ["inr_187k", "Light commercial vehicles", "2019-04..2022-03"],
        ["inr_294_64bn", "Debt of Air India Ltd", ""],
        ["inr_50bn", "Cabinet: foreign investments", ""],
        ["inr_250bn", "Cabinet: rights issue in Vodafone Idea Limited", ""],
        ["inr_15bn", "National Policy on Software Products, Mar 2019–Feb 2026", "2019-03..2026-02"]
      ]);
    });

    it("Republic World, 2024: US chip subsidies in dollars", () => {
      const text = [
        "Intel, a probable recipient, has ongoing projects in Arizona, Ohio, New Mexico, and Oregon, totalling more than $43.5 billion. Taiwan Semiconductor Manufacturing Co. (TSMC), another likely beneficiary, is investing $40 billion in two plants near Phoenix. Samsung Electronics from South Korea is also in contention with a $17.3 billion project in Texas.",
        "The initial award, announced in December, exceeded $35 million and was designated for a BAE Systems facility in Hampshire."
      ].join("\n\n");
      expect(labels(text, "2024-02-18")).toEqual([
        ["usd_43_5bn", "Intel: projects in Arizona, Ohio, New Mexico, and Oregon", ""],
        ["usd_40bn", "Taiwan Semiconductor Manufacturing Co.: two plants near Phoenix", ""],
        ["usd_17_3bn", "Samsung Electronics: project in Texas", ""],
        ["usd_35m", "Initial award", ""]
      ]);
    });

    it("falls back from a fragment to the words that name the money", () => {
      // "Rs 5,000 to Rs 10,000": the low end's own words are only "Rs"; it takes the high end's.
      const text = "The scheme pays Rs 5,000 to Rs 10,000 on bicycles.";
      expect(labels(text, "2024-03-01", "INR").map(([, label]) => label)).toEqual([
        "Bicycles, Rs 5,000",
        "Bicycles, Rs 10,000"
      ]);
    });
  });
});
