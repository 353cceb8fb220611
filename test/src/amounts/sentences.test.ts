import {describe, expect, it} from "vitest";
import {clauses, sentenceSpans, spanIndexAt} from "../../../src/amounts/sentences.js";

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe("sentenceSpans", () => {
  it("splits at sentence ends and paragraphs, keeping closing quotes", () => {
    expect(split("“Wake up Japan,” he said. “I want to be on the side of evolution.”\nNext para here.")).toEqual([
      "“Wake up Japan,” he said.",
      "“I want to be on the side of evolution.”",
      "Next para here."
    ]);
  });

  it("does not split after abbreviations, initials or decimals", () => {
    expect(split("Mr. Son met U.S. officials. J. Biden spent US$2.9 billion. Done.")).toEqual([
      "Mr. Son met U.S. officials.",
      "J. Biden spent US$2.9 billion.",
      "Done."
    ]);
  });

  it("finds the sentence holding an offset", () => {
    const spans = sentenceSpans("One. Two. Three.");
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 6)).toBe(1);
    expect(spanIndexAt(spans, 4)).toBe(-1); // the space between sentences
  });
});

describe("clauses", () => {
  it("splits after a comma, semicolon or colon (the space after stays) and around a dash, never inside parentheses", () => {
    const text = "Tokyo said (on Friday, late) it would spend more; Acme — a rival — said: no, never.";
    const words = clauses(text, {start: 0, end: text.length}).map((c) => text.slice(c.start, c.end));
    expect(words).toEqual([
      "Tokyo said (on Friday, late) it would spend more",
      " Acme",
      "a rival",
      "said",
      " no",
      " never."
    ]);
  });

  it("does not split a date at its comma", () => {
    const text = "Rs 10,000 crore for three years starting from April 1, 2019, the minister said.";
    const words = clauses(text, {start: 0, end: text.length}).map((c) => text.slice(c.start, c.end));
    expect(words).toEqual(["Rs 10,000 crore for three years starting from April 1, 2019", " the minister said."]);
  });
});
