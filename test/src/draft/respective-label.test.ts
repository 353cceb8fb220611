// The label of an amount that "respectively" pairs with a list, from sentences written here.
import {describe, expect, it} from "vitest";
import {respectiveLabel} from "../../../src/draft/respective-label.js";

describe("respectiveLabel", () => {
  // The spans of `amounts` in `text`, in order.
  const spans = (text: string, amounts: string[]) => {
    let from = 0;
    return amounts.map((a) => {
      const start = text.indexOf(a, from);
      from = start + a.length;
      return {start, end: from};
    });
  };
  it("pairs a run of amounts with a list of names, in order", () => {
    const text = "The allocations given to Perak and Johor, which are RM5 billion and RM7 billion, respectively, grew.";
    const a = spans(text, ["RM5 billion", "RM7 billion"]);
    const pair = (i: number) => respectiveLabel(text, a[i], {start: 0, end: text.length}, a, () => "x");
    expect([pair(0), pair(1)]).toEqual(["Perak", "Johor"]);
  });
  it("pairs it with the amounts before it when no list of names is given", () => {
    const text =
      "RM6 billion went to Perak and RM5 billion to Johor, up from RM4 billion and RM3 billion respectively.";
    const a = spans(text, ["RM6 billion", "RM5 billion", "RM4 billion", "RM3 billion"]);
    const labels = new Map([
      [a[0].start, "Perak"],
      [a[1].start, "Johor"]
    ]);
    const pair = (i: number) =>
      respectiveLabel(text, a[i], {start: 0, end: text.length}, a, (o) => labels.get(o.start) ?? "");
    expect([pair(2), pair(3)]).toEqual(["Perak", "Johor"]);
  });
  it("is nothing without “respectively”, or for a single amount", () => {
    const text = "Perak and Johor get RM5 billion and RM7 billion.";
    const a = spans(text, ["RM5 billion", "RM7 billion"]);
    expect(respectiveLabel(text, a[0], {start: 0, end: text.length}, a, () => "x")).toBe("");
    const one = "Perak and Johor get RM5 billion respectively.";
    const b = spans(one, ["RM5 billion"]);
    expect(respectiveLabel(one, b[0], {start: 0, end: one.length}, b, () => "x")).toBe("");
  });
});
