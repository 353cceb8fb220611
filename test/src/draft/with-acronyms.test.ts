// A name written as the acronym that follows it in brackets.
import {describe, expect, it} from "vitest";
import {withAcronyms} from "../../../src/draft/with-acronyms.js";

describe("withAcronyms", () => {
  it("writes a name as its bracketed acronym, past a bracket inside the name", () => {
    expect(
      withAcronyms(
        "the second phase of the Faster Adoption and Manufacturing of (Hybrid and) Electric vehicles (FAME) scheme"
      )
    ).toBe("the second phase of the FAME scheme");
    expect(withAcronyms("the Production Linked Incentive (PLI) scheme and the National Pension System (NPS)")).toBe(
      "the PLI scheme and the NPS"
    );
    expect(withAcronyms("Taiwan Semiconductor Manufacturing Co. (TSMC), another")).toBe("TSMC, another");
  });

  it("leaves a bracket whose letters the capitalised words before it do not hold", () => {
    expect(withAcronyms("a special purpose vehicle (SPV) for Air India")).toBe(
      "a special purpose vehicle (SPV) for Air India"
    );
    expect(withAcronyms("Acme (NASDAQ: ACME) rose")).toBe("Acme (NASDAQ: ACME) rose");
    expect(withAcronyms("the Digital Economy Fund (DEF)")).toBe("the DEF");
    expect(withAcronyms("the Digital Fund (DEF)")).toBe("the Digital Fund (DEF)");
  });
});
