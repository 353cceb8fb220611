import {describe, expect, it} from "vitest";
import {deskNotes, type DeskFact} from "../../../src/index.js";

// A fact as two stories of a desk would register it.
const fact = (story: string, line: number, over: Partial<DeskFact> = {}): DeskFact => ({
  story,
  file: `stories/${story}/figures.csv`,
  line,
  id: "chip_subsidies",
  entity: "Japan",
  category: "government subsidy",
  period: "2024",
  value: 3.9e12,
  unit: "JPY",
  text: "¥3.9 trillion",
  ...over
});

describe("deskNotes", () => {
  it("names both files and lines when two stories state one fact with different amounts", () => {
    const notes = deskNotes([
      fact("2024-04-14-chips", 5),
      fact("2024-03-02-budget", 7, {value: 4e12, text: "¥4 trillion"})
    ]);
    expect(notes).toEqual([
      "stories/2024-04-14-chips/figures.csv:5: Japan, 2024: ¥3.9 trillion here, ¥4 trillion in stories/2024-03-02-budget/figures.csv:7 (2024-03-02-budget): the same fact two ways?"
    ]);
  });

  it("notes a fact stated in another currency", () => {
    const notes = deskNotes([fact("a", 2), fact("b", 3, {value: 3.9e12, unit: "KRW", text: "3.9 trillion won"})]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("stories/b/figures.csv:3");
  });

  it("says nothing of the same amount (to a thousandth), another period, entity or category, or one story", () => {
    expect(deskNotes([fact("a", 2), fact("b", 3, {value: 3.9e12 * 1.0005})])).toEqual([]);
    expect(deskNotes([fact("a", 2), fact("b", 3, {value: 4e12, period: "2023"})])).toEqual([]);
    expect(deskNotes([fact("a", 2), fact("b", 3, {value: 4e12, entity: "TSMC"})])).toEqual([]);
    expect(deskNotes([fact("a", 2), fact("b", 3, {value: 4e12, category: "foreign investment"})])).toEqual([]);
    expect(deskNotes([fact("a", 2), fact("a", 9, {value: 4e12})])).toEqual([]);
  });

  it("matches entities whatever their case, apostrophes and spaces", () => {
    expect(
      deskNotes([fact("a", 2, {entity: "Japan’s  government"}), fact("b", 3, {entity: "japan's government", value: 1})])
    ).toHaveLength(1);
  });

  it("says nothing when the other story also states this story's amount", () => {
    expect(deskNotes([fact("a", 2), fact("b", 3, {value: 4e12}), fact("b", 4)])).toEqual([]);
  });
});
