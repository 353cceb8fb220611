import {describe, expect, it} from "vitest";
import {resolveLabel, sweepRange} from "../../../src/story/model.js";

describe("sweepRange", () => {
  it("spans 80% of the lowest basis to 104% of the highest on round bounds, in about 60 steps", () => {
    expect(sweepRange([153.3, 152.9, 127.27])).toEqual({min: 100, max: 160, step: 1}); // 101.8 → 100, 159.4 → 160
    expect(sweepRange([0.92, 0.95, 0.9])).toEqual({min: 0.7, max: 1, step: 0.005}); // euros per dollar
    expect(sweepRange([1350, 1320, 1290])).toEqual({min: 1000, max: 1500, step: 10}); // won per dollar
  });
});

describe("resolveLabel", () => {
  it("prints the citations in a label as text", () => {
    const texts = new Map([["aws_cloud_jpy", {text: "¥2.26 trillion"}]]);
    expect(resolveLabel("AWS plan ([[aws_cloud_jpy]]), [[aws_cloud_jpy|that sum]]", texts)).toBe(
      "AWS plan (¥2.26 trillion), that sum"
    );
  });
});
