import {describe, expect, it} from "vitest";
import {isIsoDate} from "../../src/dates.js";

describe("isIsoDate", () => {
  it("accepts real days only", () => {
    expect(["2024-02-29", "2000-02-29", "2023-12-31", "2021-01-01"].filter(isIsoDate)).toHaveLength(4);
    expect(
      ["2022-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10"].filter(isIsoDate)
    ).toEqual([]);
    expect(["2024-2-3", "24-02-03", "2024-02-03T00:00", " 2024-02-03", ""].filter(isIsoDate)).toEqual([]);
  });
});
