// Each amount of an article as the draft sees it: its quote, restatement, part, time and label, on small texts
// written here.
import {describe, expect, it} from "vitest";
import {draftMentions} from "../../../src/draft/draft-mentions.js";
import {formatPeriod} from "../../../src/money/period.js";

describe("draftMentions: one figure per amount, each with its own quote, time and label", () => {
  const text = [
    "The ministry said it would issue 15 trillion won of government-guaranteed bonds and attract 15 trillion won of private capital to create a 30 trillion won fund for advanced industries in 2026.",
    "Last year's budget of 656.6 trillion won was the smallest rise in years.",
    "The plan spends 10.1 trillion won on AI, including 6 trillion won for graphics processing units, over the next five years.",
    "Officials said the more than 30 trillion won fund for advanced industries would start in 2026."
  ].join("\n\n");
  const drafted = draftMentions(text, "2025-09-01");
  const byText = (t: string, n = 0) => drafted.filter((d) => d.mention.text === t)[n];

  it("gives two equal amounts of one sentence a row each, with a quote that names each alone", () => {
    const [a, b] = [byText("15 trillion won"), byText("15 trillion won", 1)];
    expect([a.id, b.id]).toEqual(["krw_15tn", "krw_15tn_2"]);
    expect(a.quote).toContain("government-guaranteed bonds");
    expect(b.quote).toContain("private capital");
    for (const d of [a, b]) {
      // the quote occurs once in the article and holds one "15 trillion won"
      expect(text.indexOf(d.quote)).toBe(text.lastIndexOf(d.quote));
      expect(d.quote.split("15 trillion won").length - 1).toBe(1);
      expect(d.restates).toBeUndefined();
    }
  });

  it("makes a later mention of the same amount, about the same thing, a restatement", () => {
    const again = byText("30 trillion won", 1);
    expect(again.restates?.id).toBe("krw_30tn");
    expect(byText("30 trillion won").restates).toBeUndefined();
  });

  it("makes a headline's “$20B” and the body's “$20 billion” one figure, and leaves a different amount alone", () => {
    const story =
      "Acme to invest $20B in Ohio chip plant\n\nAcme said it would invest $20 billion in a chip plant in Ohio.\n\nThe state offered $2 billion in tax breaks.";
    const [headline, body, breaks] = draftMentions(story, "2025-09-01");
    expect([headline.restates, body.restates?.id, breaks.restates]).toEqual([undefined, "usd_20bn", undefined]);
    // The same sum, about something else, is a figure of its own.
    const two = draftMentions(
      "Samsung will invest $1 billion in Texas.\n\nLG will spend $1 billion on batteries in Georgia.",
      "2025-09-01"
    );
    expect(two.map((d) => [d.id, d.restates])).toEqual([
      ["usd_1bn", undefined],
      ["usd_1bn_2", undefined]
    ]);
  });

  it("marks a part of a larger amount in its sentence", () => {
    expect(byText("6 trillion won").partOf?.id).toBe("krw_10_1tn");
    expect(byText("10.1 trillion won").partOf).toBeUndefined();
  });

  it("reads each amount's time from its own sentence", () => {
    const period = (t: string) => byText(t).period?.period;
    expect(period("656.6 trillion won")).toEqual({start: "2024-01-01", end: "2024-12-31"});
    expect(period("30 trillion won")).toEqual({start: "2026-01-01", end: "2026-12-31"});
    expect(period("10.1 trillion won")).toEqual({start: "2025-10-01", end: "2030-09-30"});
  });

  it("reads a span with its start, its date's comma inside the amount's clause", () => {
    const text =
      "Union Minister Arun Jaitley on February 28 said that the Cabinet has approved the proposal to implement the second phase of the Faster Adoption and Manufacturing of (Hybrid and) Electric vehicles (FAME) scheme, with an outlay of Rs 10,000 crore for a period of three years starting from April 1, 2019.";
    const [d] = draftMentions(text, "2019-02-28");
    expect(d.period && formatPeriod(d.period.period)).toBe("2019-04..2022-03");
  });

  it("gives a part the time of the nearest larger sum before it, none when that sum has none", () => {
    const text = [
      "The state will spend Rs 10,000 crore on roads for a period of three years starting from April 1, 2019.",
      "It offers Rs 22,000 on two-wheelers.",
      "It estimates the debt of the utility to be around Rs 29,464 crore.",
      "The cabinet approved foreign investments of more than Rs 5,000 crore."
    ].join("\n\n");
    const period = (t: string) => {
      const p = draftMentions(text, "2019-02-28").find((d) => d.mention.text === t)?.period;
      return p ? formatPeriod(p.period) : "";
    };
    expect(period("Rs 22,000")).toBe("2019-04..2022-03");
    expect(period("Rs 29,464 crore")).toBe("");
    expect(period("Rs 5,000 crore")).toBe("");
  });

  it("reads a wire story's first sentence without its dateline, and takes no currency's letters for a name", () => {
    const cases = [
      [
        "SAO PAULO, Nov 20 (Reuters) - Brazil's government on Thursday unveiled a R$23 billion plan to revive chipmaking.",
        "Brazil's government on Thursday unveiled a R$23 billion plan to revive chipmaking",
        "Brazil"
      ],
      [
        "TOKYO, Sept. 1 (AP) — Sony will spend ¥50 billion on sensors.",
        "Sony will spend ¥50 billion on sensors",
        "Sony"
      ],
      [
        "SEOUL (Reuters) - Samsung will invest 2 trillion won in Texas.",
        "Samsung will invest 2 trillion won in Texas",
        "Samsung"
      ]
    ];
    for (const [text, quote, entity] of cases) {
      const [d] = draftMentions(text, "2025-11-20");
      expect([d.quote, d.entity, d.label.startsWith("Nov")]).toEqual([quote, entity, false]);
    }
    const [promised] = draftMentions("The R$15 billion promised in 2023 was never spent.", "2025-11-20");
    expect([promised.id, promised.entity]).toEqual(["brl_15bn", ""]); // not "R"
  });

  it("leaves a time that follows another amount in that amount's clause to it, and one that opens a sentence to all", () => {
    const cues = (t: string) => draftMentions(t, "2025-11-20").map((d) => [d.id, d.period?.cue]);
    expect(
      cues(
        "The plan is small next to the US$52.7 billion that Washington set aside under the CHIPS Act, or the 43 billion euros the European Union hopes to mobilise by 2030."
      )
    ).toEqual([
      ["usd_52_7bn", undefined],
      ["eur_43bn", "by 2030"]
    ]);
    // A figure whose own sentence names no time takes that of its first restatement that does.
    expect(
      cues(
        "Britain will invest £1 billion in its chip strategy.\n\nThe £1 billion chip strategy investment runs over 10 years."
      )
    ).toEqual([
      ["gbp_1bn", "over 10 years"],
      ["gbp_1bn_2", "over 10 years"]
    ]);
    // An amount with no time is part of the nearest larger sum before it, in its currency, that has one.
    expect(
      cues(
        "The bill asks for RM648.54 million for this year's services.\n\nThe expenditure is for the Prime Minister's Department, which amounts to RM64.9 million. Acme said it would invest RM900 million in Penang, and US$5 million in Ohio."
      )
    ).toEqual([
      ["myr_648_54m", "this year's"],
      ["myr_64_9m", "this year's"],
      ["myr_900m", undefined], // larger: no part of the bill
      ["usd_5m", undefined] // another currency
    ]);
    // Else the time the article first gives the budget or scheme its sentence names, wherever it is said.
    const periods = (t: string, published: string) =>
      draftMentions(t, published).map((d) => [d.id, d.period && formatPeriod(d.period.period)]);
    expect(
      periods(
        "The Madani Budget 2024 puts people first.\n\nThe increased allocations to Sabah are RM6.6 billion.",
        "2023-10-13"
      )
    ).toEqual([["myr_6_6bn", "2024"]]);
    expect(
      periods(
        "Estimated cost of the scheme is Rs 57,613 crore. The scheme will run till 2037. Cabinet also approved a rail project with an outlay of Rs 14,903 crore.",
        "2023-08-16"
      )
    ).toEqual([
      ["inr_576_13bn", "2023-09..2037-12"],
      ["inr_149_03bn", undefined] // a project: not the scheme
    ]);
    // "X of the Y will come in 2023-25" dates X, not Y.
    expect(periods("The first £200m of the £1bn will come in 2023-25.", "2023-05-19")).toEqual([
      ["gbp_200m", "2023..2025"],
      ["gbp_1bn", undefined]
    ]);
    // "plans to" is a verb, not a plan.
    expect(
      periods(
        "Tokyo plans to spend ¥1 trillion in fiscal 2024. Osaka plans to build a ¥5 trillion bridge.",
        "2024-01-10"
      )
    ).toEqual([
      ["jpy_1tn", "2024-04..2025-03"],
      ["jpy_5tn", undefined]
    ]);
    // A time after "while" that opens the next amount's words is that amount's.
    expect(
      cues("In 2021 spending was RM64.3 billion while in 2022 it amounted to RM71.6 billion.").map(([id, c]) => [
        id,
        c?.toLowerCase()
      ])
    ).toEqual([
      ["myr_64_3bn", "in 2021"],
      ["myr_71_6bn", "in 2022"]
    ]);
    expect(
      cues("In fiscal 2024, the government gave ¥3.9 trillion to chipmakers, and Rapidus got ¥920 billion.")
    ).toEqual([
      ["jpy_3_9tn", "fiscal 2024"],
      ["jpy_920bn", "fiscal 2024"]
    ]);
  });

  it("names a bare project, scheme or fund by the name the article gave it before", () => {
    const text =
      "The cabinet approved the Sutlej Canal project on Monday. The project will be built at a cost of Rs 4,000 crore.";
    expect(draftMentions(text, "2024-03-01").map((d) => d.label)).toEqual(["Sutlej Canal project"]);
    // …or by its name's acronym (YourStory, 2024)
    const acronym =
      "The Cabinet approved the 'PM Electric Drive Revolution in Innovative Vehicle Enhancement (PM E-DRIVE) Scheme'. " +
      "The scheme, with an outlay of Rs 10,900 crore, aims to promote electric trucks.";
    expect(draftMentions(acronym, "2024-09-12").map((d) => d.label)).toEqual(["PM E-DRIVE scheme"]);
  });

  it("labels a sum said with a larger one, and nothing of its own, as the larger", () => {
    const text = "Chile will spend $3 billion on desalination plants, with about $500 million in 2027.";
    expect(draftMentions(text, "2026-02-01").map((d) => d.label)).toEqual([
      "desalination plants",
      "desalination plants"
    ]);
  });
  it("gives a clause with a subject of its own, named or not, not the sentence's subject", () => {
    // An EU state-aid story of 2024, as reposted: Northvolt’s aid, then France’s, in one sentence
    const text =
      "The Swedish battery producer Northvolt will receive €902m in state aid to build a new factory in Heide, while a " +
      "wide range of clean tech factories in France are to get a €2.5bn bump in state aid.";
    expect(draftMentions(text, "2024-01-08").map((d) => [d.mention.text, d.entity])).toEqual([
      ["€902m", "Northvolt"],
      ["€2.5bn", ""]
    ]);
  });
});
