// Short labels for an article's amounts, from their own sentences written here.
import {describe, expect, it} from "vitest";
import {entityOf, nounPhrase, uniqueLabels} from "../../src/index.js";

// The noun phrase of `amount` in `text`, its clause the whole sentence unless `clause` is given.
function label(text: string, amount: string, from = 0, clause?: string) {
  const start = text.indexOf(amount, from);
  const c = clause
    ? {start: text.indexOf(clause), end: text.indexOf(clause) + clause.length}
    : {start: 0, end: text.length};
  return nounPhrase(text, {start, end: start + amount.length}, c);
}

describe("nounPhrase", () => {
  it("is what follows the amount: of, for, on, in", () => {
    const text =
      "It would issue 15 trillion won of government-guaranteed bonds and attract 15 trillion won of private capital.";
    expect(label(text, "15 trillion won")).toBe("government-guaranteed bonds");
    expect(label(text, "15 trillion won", 20)).toBe("private capital");
    expect(label("Tokyo will spend ¥252.5 billion for semiconductors this year.", "¥252.5 billion")).toBe(
      "semiconductors"
    );
    expect(label("The plan puts 10.1 trillion won on AI over five years.", "10.1 trillion won")).toBe("AI");
  });

  it("is the noun the amount qualifies", () => {
    const text = "The government proposed a 728 trillion won ($523 billion) budget for next year.";
    const start = text.indexOf("728");
    expect(nounPhrase(text, {start, end: text.indexOf(")") + 1}, {start: 0, end: text.length})).toBe("budget");
    expect(label("It set up a 30 trillion won fund for advanced industries in 2026.", "30 trillion won")).toBe(
      "fund for advanced industries"
    );
  });

  it("is the noun before “of”, or else the clause's subject", () => {
    expect(label("Last year's budget of 656.6 trillion won was small.", "656.6 trillion won")).toBe("budget");
    expect(label("Electricity and gas subsidies will cost 1 trillion yen.", "1 trillion yen")).toBe(
      "Electricity and gas subsidies"
    );
    expect(label("Defence spending will rise to 82.7 billion euros next year.", "82.7 billion euros")).toBe(
      "Defence spending"
    );
  });

  it("is nothing for a word that only qualifies the amount", () => {
    expect(label("and a further 58.9 billion euros through the fund", "58.9 billion euros")).toBe("");
  });

  it("is never a word of time", () => {
    expect(label("Spending will reach 9 billion euros in 2026.", "9 billion euros")).toBe("Spending");
  });
});

describe("entityOf", () => {
  const whole = (text: string) => entityOf(text, {start: 0, end: text.length});
  it("is the sentence's named subject, after any dateline", () => {
    expect(whole("SEOUL (Reuters) - South Korea's government proposed a budget.")).toBe("South Korea");
    expect(whole("Acme said it would invest US$2 billion in Ohio.")).toBe("Acme");
  });
  it("is the name that a place or a kind introduces", () => {
    expect(whole("Taiwan's Foxconn said last year it would invest 5 billion reais.")).toBe("Foxconn");
    expect(whole("Chinese firm Zilia has committed R$650 million.")).toBe("Zilia");
    expect(whole("Industry group Abisemi welcomed the plan.")).toBe("Abisemi");
    expect(whole("South Korean battery maker LG Energy Solution said on Tuesday it would invest.")).toBe(
      "LG Energy Solution"
    );
    // A place's common noun leaves the place: "South Korea's government".
    expect(whole("Japan's government approved ¥3.9 trillion.")).toBe("Japan");
  });
  it("is nothing for a common noun, or for the person who speaks", () => {
    expect(whole("The finance ministry said it would borrow more.")).toBe("");
    expect(whole("Prime Minister Shigeru Ishiba said the state would help.")).toBe("");
  });
});

describe("uniqueLabels", () => {
  it("gives a repeated or empty label its amount", () => {
    expect(
      uniqueLabels([
        {label: "Defence spending", text: "82.7 billion euros (2026)"},
        {label: "Defence spending", text: "62.4 billion euros (2025)"},
        {label: "", text: "US$2 billion"},
        {label: "Fund", text: "x"}
      ])
    ).toEqual([
      "Defence spending, 82.7 billion euros (2026)",
      "Defence spending, 62.4 billion euros (2025)",
      "US$2 billion",
      "Fund"
    ]);
  });
});
