// The subject of a sentence's first clause, as a label.
import {describe, expect, it} from "vitest";
import {subjectOf} from "../../../src/draft/subject-of.js";

const whole = (text: string) => subjectOf(text, {start: 0, end: text.length});

describe("subjectOf", () => {
  it("is the clause's subject after any opening phrase or dateline", () => {
    expect(subjectOf("As of Thursday, the government had spent little, 3 billion", {start: 0, end: 60})).toBe(
      "government"
    );
    expect(whole("SEOUL (Reuters) - Defence spending will rise")).toBe("Defence spending");
    expect(whole("Combined, the new grants total")).toBe("new grants");
  });

  it("is nothing when the clause opens on a verb's form with an object", () => {
    expect(whole("Bringing the total to ¥330 billion")).toBe("");
  });
});
