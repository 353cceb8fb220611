import {describe, expect, it} from "vitest";
import {DOLLARS, homeOf, homeOfText} from "../../src/home-currency.js";

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
