import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {
  describeBars,
  describeRank,
  describeRates,
  describeShares,
  describeSweep,
  describeTimeline
} from "../../src/describe.js";
import {figureParts} from "../../docs/components/figures.js";
import {storyModel} from "../../src/model.js";
import {project} from "../helpers/project.js";

const model = storyModel(project);
const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;

describe("chart descriptions, from the rows", () => {
  it("bars: how many, the largest and smallest, and how many were converted", () => {
    const rows = [
      {label: "A", value_usd: 14e9, kind: "reported"},
      {label: "B", value_usd: 2.9e9, kind: "reported"},
      {label: "C", value_usd: 25.44e9, kind: "derived"}
    ];
    expect(describeBars(rows)).toBe(
      "3 amounts in US dollars. The largest is C, US$25.4 billion; the smallest is B, US$2.9 billion. 1 of them is converted from another currency."
    );
    expect(describeBars(rows.slice(0, 1), "April 2024 dollars")).toBe(
      "1 amount in US dollars of April 2024. A, US$14 billion."
    );
  });

  it("rates: the span, start and end with the change, the lowest and highest", () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const rows = [
      {date: d("2024-01-02"), rate: 140},
      {date: d("2024-03-01"), rate: 160},
      {date: d("2024-02-01"), rate: 130},
      {date: d("2024-04-01"), rate: 154}
    ].sort((a, b) => +a.date - +b.date);
    expect(describeRates(rows, "yen per US dollar")).toBe(
      "Yen per US dollar from 2 January 2024 to 1 April 2024: 140.00 at the start, 154.00 at the end (up 10%). Lowest 130.00 on 1 February 2024, highest 160.00 on 1 March 2024."
    );
  });

  it("rank, shares, timeline and sweep", () => {
    expect(describeRank({subject: "Japan", value: 50, of: 64})).toBe("Japan ranks 50th of 64, in the bottom quarter.");
    expect(describeShares([{label: "Unicorns", text: "7 of 1,200", share: 7 / 1200}])).toBe(
      "Unicorns: 7 of 1,200 (0.58%)."
    );
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(
      describeTimeline([
        {date: d("2024-01-19"), label: "One"},
        {date: d("2027-01-01"), label: "Two"}
      ])
    ).toBe("2 events, from 19 January 2024 (One) to 1 January 2027 (Two).");
    expect(
      describeSweep(
        [
          {rate: 100, value_usd: 39e9},
          {rate: 160, value_usd: 24.375e9}
        ],
        {rate: 153.3, label: "the article’s own rate", value_usd: 25.44e9},
        "¥3.9 trillion",
        "yen per US dollar"
      )
    ).toBe(
      "¥3.9 trillion in US dollars at rates from 100.00 to 160.00 yen per US dollar: from US$39 billion to US$24.4 billion. At the chosen rate, 153.30 (the article’s own rate), it is US$25.4 billion."
    );
  });

  it("every chart of the seed carries one, named by each SVG drawn, and the bars' follows the basis", () => {
    for (const id of ["investment", "usdjpy", "rank", "shares", "timeline", "conversion-chip_subsidies"]) {
      const parts = figureParts(model, id, {});
      expect(parts.description.length, id).toBeGreaterThan(20);
      expect(
        parts.draw(640, document).getAttribute("aria-describedby") ??
          parts.draw(640, document).querySelector("svg")!.getAttribute("aria-describedby")
      ).toBe(`desc-${id}`);
    }
    // The subsidy is the largest bar at the article's rate (US$25.44 bn) and at the 2021–23 mean (3.9e12 / 127.27).
    expect(figureParts(model, "investment", {}).description).toContain(
      "The largest is Japan’s government: chip subsidies, FY2021–23, US$25.4 billion"
    );
    expect(figureParts(model, "investment", {basis: "mean"}).description).toContain(
      "US$30.6 billion; the smallest is Microsoft: AI and cloud, US$2.9 billion"
    );
    expect(figureParts(model, "rank", {}).description).toBe("Japan ranks 32nd of 64, in the top half.");
  });
});
