// One money, many mentions: the draft makes each money of the article one figure, however often it is named.
import {describe, expect, it} from "vitest";
import {draftMentions, draftStory} from "../../../src/index.js";
import {csvParse} from "d3-dsv";
import {REFERENCE_FILES, draftProject, files} from "../../helpers/project.js";

const restated = (text: string) =>
  draftMentions(text, "2025-09-01").map((d) => [d.mention.text, d.restates?.mention.text ?? ""]);

describe("one money, many mentions", () => {
  it("makes a pledge named four times one figure: headline, 'the commitment of', a comparison, 'of the'", () => {
    const text = [
      "UK pledges £1bn for chips",
      "",
      "The government announced £1bn for the semiconductor industry on Friday.",
      "Critics said the commitment of £1bn was small beside the US.",
      "Germany alone spends ten times the £1bn on one plant.",
      "Of the £1bn, £200m will come in 2023-25."
    ].join("\n");
    expect(restated(text)).toEqual([
      ["£1bn", ""],
      ["£1bn", "£1bn"],
      ["£1bn", "£1bn"],
      ["£1bn", "£1bn"],
      ["£1bn", "£1bn"],
      ["£200m", ""]
    ]);
  });

  it("keeps two equal sums apart where the text tells them apart", () => {
    // In one sentence, of two things.
    expect(
      restated("It will issue 15 trillion won of bonds and attract 15 trillion won of private capital.").map(
        ([, r]) => r
      )
    ).toEqual(["", ""]);
    // "another", "a further", "each", and a different year.
    expect(restated("Acme will spend $1 billion in Ohio.\n\nIt will spend another $1 billion in Texas.")[1][1]).toBe(
      ""
    );
    expect(restated("Acme will spend $1 billion in Ohio.\n\nA further $1 billion goes to Texas.")[1][1]).toBe("");
    expect(restated("The plan costs A$500 million in 2020.\n\nThe plan costs A$500 million in 2021.")[1][1]).toBe("");
    // Different subjects, each with its own sentence.
    expect(
      restated("Samsung will invest $1 billion in Texas.\n\nLG will spend $1 billion on batteries in Georgia.")[1][1]
    ).toBe("");
  });

  it("merges what nothing tells apart, and says in the note that it was unsure", () => {
    const text = "Acme will build a plant for $2 billion.\n\nThe region welcomed the $2 billion.";
    const rows = csvParse(draftStory({text, title: "T", outlet: "O", published: "2025-09-01"}).files["figures.csv"]);
    expect(rows.map((r) => [r.id, r.restates])).toEqual([
      ["usd_2bn", ""],
      ["usd_2bn_2", "usd_2bn"]
    ]);
    expect(rows[1].note).toContain("nothing in the text tells them apart, so the draft merged them");
  });

  it("takes a headline's US$ amount as the body's bracketed conversion, which converts the foreign sum", () => {
    const text = "UK unveils $1.24 billion chip plan\n\nThe UK will invest £1 billion ($1.24 billion) in chips.";
    const d = draftStory({text, title: "T", outlet: "O", published: "2025-09-01"});
    expect(csvParse(d.files["figures.csv"]).map((r) => [r.id, r.restates, r.converts])).toEqual([
      ["usd_1_24bn", "usd_1_24bn_2", ""],
      ["gbp_1bn", "", ""],
      ["usd_1_24bn_2", "", "gbp_1bn"]
    ]);
    expect(d.story.lead).toBe("gbp_1bn");
  });

  it("takes a bracketed amount in another currency than the US$ as a conversion too", () => {
    const text = "Australia will spend A$2 billion (£1.06 billion) to rebuild after the fires.";
    const rows = csvParse(draftStory({text, title: "T", outlet: "O", published: "2025-09-01"}).files["figures.csv"]);
    expect(rows.map((r) => [r.id, r.converts])).toEqual([
      ["aud_2bn", ""],
      ["gbp_1_06bn", "aud_2bn"]
    ]);
  });
});

describe("the lead", () => {
  it("is the money the headline names, even a bare number the article gives a currency", () => {
    const text = "The aid so far is BRL 119 million.\n\nThe government promised BRL 8 billion in April.";
    const title = "Brazil has injected only 1.5% of the promised 8 billion";
    expect(draftStory({text, title, outlet: "O", published: "2020-04-10"}).story.lead).toBe("brl_8bn");
    // Without an amount in the headline: the first sum of the first paragraph, not the largest.
    expect(draftStory({text, title: "Aid is slow", outlet: "O", published: "2020-04-10"}).story.lead).toBe("brl_119m");
  });
});

describe("a printed pair's rate", () => {
  it("is in units per US$ when one side is the US$, else the first currency per the bracketed one", () => {
    const d = (text: string) => draftStory({text, title: "T", outlet: "O", published: "2020-01-06"}).pairs;
    expect(d("It will spend A$2 billion (£1.06 billion) on rebuilding.").map((p) => [p.rate, p.pair])).toEqual([
      [2e9 / 1.06e9, "AUD per GBP"]
    ]);
    expect(d("It will invest $2 billion (£1.5 billion) in chips.").map((p) => [p.rate, p.pair])).toEqual([
      [1.5e9 / 2e9, "GBP per US$"]
    ]);
  });
});

describe("the dollar of the article", () => {
  it("builds a story whose bare $ is Australian, each sum converted as A$, never shown as US$", () => {
    const text = "Australia will spend $2 billion on bushfire recovery this year.\n\nThe state adds $500 million.";
    const draft = draftStory({
      text,
      title: "Australia's $2 billion",
      outlet: "O",
      published: "2020-01-06",
      home: "AUD",
      sources: files.sources,
      keptFiles: REFERENCE_FILES
    });
    expect(JSON.parse(draft.files["article.json"]).currency).toBe("AUD");
    const p = draftProject(draft);
    expect(p.figures.map((f) => [f.id, f.unit])).toEqual([
      ["aud_2bn", "AUD"],
      ["aud_500m", "AUD"]
    ]);
    expect(p.story.lead).toBe("aud_2bn");
    expect(p.story.conversions.map((c) => c.figure)).toEqual(["aud_2bn", "aud_500m"]);
  });
  it("keeps two equal sums apart that each say what they are for, in words of their own", () => {
    // YourStory, 2024: two Rs 500 crore, one for e-ambulances, one for e-trucks
    const text =
      "Under the scheme, Rs 500 crore will be allocated for deployment of e-ambulances.\n\n" +
      "A sum of Rs 4,391 crore has been provided to procure e-buses, while Rs 500 crore has been allotted to " +
      "incentivise adoption of electric trucks.";
    expect(restated(text)).toEqual([
      ["Rs 500 crore", ""],
      ["Rs 4,391 crore", ""],
      ["Rs 500 crore", ""]
    ]);
    // (…but a sum that refers back is the same: "the Rs 500 crore for the trucks")
    expect(restated(`${text}\n\nCritics said the Rs 500 crore for electric trucks was small.`)[3][1]).toBe(
      "Rs 500 crore"
    );
  });
});
