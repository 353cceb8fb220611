// The authors of an article, from its byline.
import {describe, expect, it} from "vitest";
import {splitByline} from "../../../src/draft/byline.js";

describe("splitByline", () => {
  it("splits on commas and “and”, dropping a leading “By”", () => {
    expect(splitByline("By Kim Min-ji, Lee Joon and Anna Berg")).toEqual(["Kim Min-ji", "Lee Joon", "Anna Berg"]);
    expect(splitByline("Ana Sandoval")).toEqual(["Ana Sandoval"]);
    expect(splitByline("")).toEqual([]);
  });
});
