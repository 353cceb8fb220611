// What opens a sentence before its subject.
import {describe, expect, it} from "vitest";
import {withoutDateline} from "../../../src/draft/dateline.js";

const rest = (text: string) => {
  const s = withoutDateline(text, {start: 0, end: text.length});
  return text.slice(s.start, s.end);
};

describe("withoutDateline", () => {
  it("drops a wire story's dateline", () => {
    expect(rest("SAO PAULO, Nov 20 (Reuters) - Brazil's government said")).toBe("Brazil's government said");
    expect(rest("TOKYO – Japan's cabinet approved")).toBe("Japan's cabinet approved");
    expect(rest("Nov. 8 (Jiji Press)--The government")).toBe("The government");
  });

  it("leaves a sentence without one, and one that is nothing but a dateline", () => {
    expect(rest("Acme said it would invest.")).toBe("Acme said it would invest.");
    expect(rest("SEOUL (Reuters) - ")).toBe("SEOUL (Reuters) - ");
  });
});
