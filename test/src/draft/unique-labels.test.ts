// A chart's labels made unique.
import {describe, expect, it} from "vitest";
import {uniqueLabels} from "../../../src/draft/unique-labels.js";

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
