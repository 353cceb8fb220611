import {describe, expect, it} from "vitest";
import {extractAmounts} from "../../../src/amounts/extract-amounts.js";
import {DOLLARS, homeOf, homeOfText} from "../../../src/amounts/home-currency.js";

describe("homeOf", () => {
  const japan = "Tokyo will spend 2 trillion yen on chips, the Japanese government said.";

  it("knows every dollar of the table of currencies", () => {
    expect([...DOLLARS].sort()).toEqual(["AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "USD"]);
  });

  it("takes the country the text names often, more than twice as often as any other", () => {
    const text = "Canberra's budget helps Sydney and Melbourne. Australia spends $5bn. Australians pay.";
    expect(homeOfText(text)).toEqual({code: "AUD", why: "the text names Australia 5 times"});
    expect(homeOfText(`${text} Washington, the United States and US firms in New York and Texas agree.`)).toBe(
      undefined
    );
    // "US$" is how such a paper marks the US dollar, not a mention of the US.
    expect(homeOfText(`${text} It cost US$2bn and US$3bn, or U.S.$1bn.`)?.code).toBe("AUD");
    // A text that writes A$ keeps the bare $ for another dollar.
    expect(homeOfText(`${text} It cost A$2bn.`)).toBe(undefined);
    expect(homeOfText(japan)).toBe(undefined);
  });

  it("else the country domain of the outlet's address, else the outlet's name", () => {
    const za = homeOf({text: japan, outlet: "Mail & Guardian", url: "https://mg.co.za/article/2014-02-28-x"});
    expect(za).toEqual({code: "ZAR", why: "the outlet's address ends in .za"});
    expect(homeOf({text: japan, outlet: "The Canadian Press", url: "https://example.com/a"})).toEqual({
      code: "CAD",
      why: "the outlet is The Canadian Press"
    });
    expect(homeOf({text: japan, outlet: "Kyodo", url: "https://english.kyodonews.net/x"})).toBe(undefined);
    // The text comes first: a Canadian paper's story about Australia.
    const aus = "Canberra's budget helps Sydney and Melbourne. Australia spends $5bn.";
    expect(homeOf({text: aus, outlet: "Toronto Star", url: "https://www.thestar.ca/x"})?.code).toBe("AUD");
  });
});

describe("the article's home currency", () => {
  const money = (text: string, home?: string) =>
    extractAmounts(text, home ? {home} : {})
      .filter((q) => q.kind === "money")
      .map((q) => [q.text, q.value, q.unit, q.currencyFrom ?? ""]);

  it("reads a bare $ as the home dollar the journalist gives, marked for checking", () => {
    expect(money("The budget sets aside $18.4 billion for defence.", "AUD")).toEqual([
      ["$18.4 billion", 18.4e9, "AUD", "sentence"]
    ]);
    expect(money("It costs 12 dollars.", "NZD")).toEqual([["12 dollars", 12, "NZD", "sentence"]]);
    // Such a paper marks the US dollar as US$: a bare $ beside it is still its own.
    expect(money("The US$1 billion deal, or $1.5 billion, was signed.", "AUD")).toEqual([
      ["US$1 billion", 1e9, "USD", ""],
      ["$1.5 billion", 1.5e9, "AUD", "sentence"]
    ]);
    // A sentence that names one other dollar settles it; a home of US$ changes nothing.
    expect(money("Wellington paid NZ$2bn, or $1.8bn.", "AUD")).toEqual([
      ["NZ$2bn", 2e9, "NZD", ""],
      ["$1.8bn", 1.8e9, "NZD", ""]
    ]);
    expect(money("The budget sets aside $18.4 billion.", "USD")).toEqual([["$18.4 billion", 18.4e9, "USD", ""]]);
    // Euros are euros whatever the home.
    expect(money("It paid €5 million.", "CAD")).toEqual([["€5 million", 5e6, "EUR", ""]]);
  });

  it("reads a bare $ as the dollar of the one country the text names often", () => {
    const canadian =
      "Ottawa has reached a deal to build a battery plant in Ontario. The plant will make Canada a key player. " +
      "The $1.5-billion investment will create 1,000 jobs, the Canadian minister said.";
    expect(money(canadian)).toEqual([["$1.5-billion", 1.5e9, "CAD", "sentence"]]);
    // Named once, or less than twice as often as the US, or a text that writes C$ for its own dollar: US$.
    expect(money("Amazon will invest $1.5bn in Canada.")).toEqual([["$1.5bn", 1.5e9, "USD", ""]]);
    const shared = `${canadian} Washington said the United States and US firms in New York would match it.`;
    expect(money(shared).map((m) => m[2])).toEqual(["USD"]);
    expect(money(`${canadian} Ottawa also lent C$2 billion.`).map((m) => m[2])).toEqual(["USD", "CAD"]);
  });

  it("reads R before a number as rand only where the article is South African", () => {
    const text = "The fund has been allocated R18bn over three years, of the R100bn planned, and R1,500 a head.";
    expect(money(text)).toEqual([]);
    expect(money(text, "ZAR")).toEqual([
      ["R18bn", 18e9, "ZAR", "sentence"],
      ["R100bn", 100e9, "ZAR", "sentence"],
      ["R1,500", 1500, "ZAR", "sentence"]
    ]);
    // The rand or the country named near it is enough, unmarked; a hyphenated scale counts.
    expect(money("South Africa will spend more than R1-trillion, specifically R965.5-billion.")).toEqual([
      ["R1-trillion", 1e12, "ZAR", ""],
      ["R965.5-billion", 965.5e9, "ZAR", ""]
    ]);
    // Roads, grades and names stay names; "R$" is still the real.
    expect(money("In Johannesburg the R2 and R5 roads, an R&D unit, and AR15bn.", "ZAR")).toEqual([]);
    expect(money("Brazil spent R$5 billion.", "ZAR")).toEqual([["R$5 billion", 5e9, "BRL", ""]]);
  });
});
