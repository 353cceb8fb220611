import {describe, expect, it} from "vitest";
import {scanTokens} from "../../../src/inputs/tokens.js";

describe("scanTokens", () => {
  it("reads every form of citation with its offsets", () => {
    const text =
      "A [[aws_cloud]], [[unicorns_japan|seven]], [[chip_subsidies@mean]] and [[chip_subsidies:rate@article]].";
    const tokens = scanTokens(text);
    expect(tokens.map(({id, field, basis, shown}) => ({id, field, basis, shown}))).toEqual([
      {id: "aws_cloud", field: "value", basis: undefined, shown: undefined},
      {id: "unicorns_japan", field: "value", basis: undefined, shown: "seven"},
      {id: "chip_subsidies", field: "usd", basis: "mean", shown: undefined},
      {id: "chip_subsidies", field: "rate", basis: "article", shown: undefined}
    ]);
    expect(text.slice(tokens[0].start, tokens[0].end)).toBe("[[aws_cloud]]");
    expect(tokens.every((t) => !t.error)).toBe(true);
  });

  it("explains a citation it cannot read", () => {
    const [bad, noBasis] = scanTokens("[[AWS Cloud]] and [[chip_subsidies:rate]]");
    expect(bad.error).toMatch(/cannot read citation \[\[AWS Cloud\]\]/);
    expect(noBasis.error).toBe("citation [[chip_subsidies:rate]] needs a basis: [[chip_subsidies:rate@mean]]");
  });

  it("leaves text without citations alone", () => {
    expect(scanTokens("US$14 billion [sic] and [not a citation]")).toEqual([]);
  });
});
