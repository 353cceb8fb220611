// The time that goes into an amount's label, from cues written here.
import {describe, expect, it} from "vitest";
import {labelTime} from "../../../src/draft/label-time.js";
import {periodCues} from "../../../src/money/infer-period.js";

// The label time of `amount` in `text`, its cue the first one the sentence gives.
function time(text: string, amount: string, label: string, published = "2024-05-10") {
  const cue = periodCues(text, published)[0];
  return labelTime(label, text.indexOf(amount) + amount.length, cue);
}

describe("labelTime", () => {
  it("is a span said just after the amount, as the article says it", () => {
    expect(time("The board will spend R40bn over the next four years on rail.", "R40bn", "rail")).toBe(
      "next four years"
    );
  });

  it("is the period of a year said just after the amount", () => {
    expect(time("Lagos will spend $3 billion in 2026 on roads.", "$3 billion", "roads")).toBe("2026");
  });

  it("is empty when the label already says it or the time is said far from the amount", () => {
    expect(time("It set aside A$1 billion for fiscal 2025/26.", "A$1 billion", "fiscal 2025/26")).toBe("");
    expect(
      time(
        "In 2026, after years of talks with unions and many delays in parliament, it spent $3 billion.",
        "$3 billion",
        "x"
      )
    ).toBe("");
  });
});
