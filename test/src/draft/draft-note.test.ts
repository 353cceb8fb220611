// The note a drafted figure's row carries for the person who checks it, on small texts written here.
import {describe, expect, it} from "vitest";
import {draftMentions} from "../../../src/draft/draft-mentions.js";
import {draftNote} from "../../../src/draft/draft-note.js";

describe("draftNote", () => {
  it("marks an amount whose currency only its sentence gives, for a person to check", () => {
    const text = "Spending is rising from 12.4 billion euros this year to 19.8 billion in 2030.";
    const drafted = draftMentions(text, "2025-09-01");
    expect(drafted.map((d) => [d.id, d.mention.unit])).toEqual([
      ["eur_12_4bn", "EUR"],
      ["eur_19_8bn", "EUR"]
    ]);
    expect(draftNote(drafted[1], drafted, new Map())).toBe(
      "Currency EUR taken from its sentence or the article, not its own words: check it. Period read from “in 2030”"
    );
  });

  it("names the amount a row restates, the whole it is part of and the amount it converts", () => {
    const text =
      "The plan spends 10.1 trillion won on AI, including 6 trillion won for chips.\n\nThe 10.1 trillion won plan starts soon.";
    const drafted = draftMentions(text, "2025-09-01");
    const [whole, part, again] = drafted;
    expect(draftNote(part, drafted, new Map([[part.id, whole.id]]))).toBe(
      "Part of krw_10_1tn. The article's own conversion of krw_10_1tn: not charted beside it"
    );
    expect(draftNote(again, drafted, new Map())).toMatch(/^Restates krw_10_1tn\b/);
    expect(draftNote(whole, drafted, new Map())).toBe("");
  });
});
