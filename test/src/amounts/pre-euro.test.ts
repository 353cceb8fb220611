// Francs and marks in articles from before the euro, read by the country the text names.
import {describe, expect, it} from "vitest";
import {extractAmounts} from "../../../src/amounts/extract-amounts.js";

describe("an article from before the euro", () => {
  const money = (text: string, published: string) =>
    extractAmounts(text, {published})
      .filter((q) => q.kind === "money")
      .map((q) => [q.text, q.value, q.unit, q.currencyFrom ?? ""]);

  it("reads bare francs by the country its text names, and marks with a scale as Deutsche marks", () => {
    const french = "PARIS - The French government will spend 2 billion francs on the TGV line, the minister said.";
    expect(money(french, "1985-06-01")).toEqual([["2 billion francs", 2e9, "FRF", ""]]);
    expect(money("BRUSSELS - Belgium will spend 5 billion francs.", "1990-01-01")).toEqual([
      ["5 billion francs", 5e9, "BEF", ""]
    ]);
    expect(money("BONN - West Germany will lend 4 billion marks to the East. He got 3 marks.", "1989-11-20")).toEqual([
      ["4 billion marks", 4e9, "DEM", ""]
    ]);
  });

  it("drafts francs the text leaves unclear for a person to check, and leaves later articles alone", () => {
    expect(money("Swiss and French banks lent 2 billion francs.", "1985-06-01")).toEqual([
      ["2 billion francs", 2e9, "CHF", "sentence"]
    ]);
    expect(money("PARIS - France will spend 2 billion francs.", "2005-06-01")).toEqual([
      ["2 billion francs", 2e9, "CHF", ""]
    ]);
    expect(money("BONN - Germany will lend 4 billion marks.", "2010-01-01")).toEqual([]);
  });
});
