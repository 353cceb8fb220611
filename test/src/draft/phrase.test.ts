// The words of a label, on phrases written here and cut from unseen articles.
import {describe, expect, it} from "vitest";
import {TIME, phrase} from "../../../src/draft/phrase.js";

describe("phrase", () => {
  it("stops at a stop word, a verb or another amount", () => {
    expect(phrase("government-guaranteed bonds and attract 15 trillion won")).toBe("government-guaranteed bonds");
    expect(phrase("electricity and gas will cost more")).toBe("electricity and gas");
  });

  it("stops at “and” before another amount, in any currency's letters or sign", () => {
    // Moneycontrol, 2019: "Rs 61,000 on three-wheelers and Rs 1,87,000 on light commercial vehicles"
    expect(phrase("three-wheelers and Rs 1,87,000 on light commercial vehicles")).toBe("three-wheelers");
    expect(phrase("Sarawak and RM5.8 billion")).toBe("Sarawak");
    expect(phrase("chips and US$2 billion for plants")).toBe("chips");
    expect(phrase("chips and USD 2 billion for plants")).toBe("chips");
    expect(phrase("Sarawak and Sabah")).toBe("Sarawak and Sabah");
  });

  it("never cuts a name at its word limit", () => {
    expect(phrase("debt of national carrier Air India Ltd to be around", 5)).toBe(
      "debt of national carrier Air India Ltd"
    );
  });

  it("ends a phrase cut at its word limit before its last preposition, not mid-phrase", () => {
    // Kyodo, 2024: "…to domestic chip venture Rapidus Corp. in additional financial aid as the country…"
    expect(phrase("chip venture Rapidus in additional financial aid as the country", 6)).toBe("chip venture Rapidus");
    // …unless it ends there anyway
    expect(phrase("fund for construction of production bases for cutting-edge chips", 6)).toBe(
      "fund for construction of production bases"
    );
  });
});

describe("TIME", () => {
  it("reads an ordinal as time only before a quarter, a half or a year", () => {
    expect(TIME.test("the second quarter")).toBe(true);
    expect(TIME.test("first half of 2025")).toBe(true);
    expect(TIME.test("second phase of the FAME scheme")).toBe(false);
  });
});
