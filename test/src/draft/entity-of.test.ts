// The name a sentence is about, from sentences written here.
import {describe, expect, it} from "vitest";
import {entityOf} from "../../../src/draft/entity-of.js";

describe("entityOf", () => {
  const whole = (text: string) => entityOf(text, {start: 0, end: text.length});
  it("is the sentence's named subject, after any dateline", () => {
    expect(whole("SEOUL (Reuters) - South Korea's government proposed a budget.")).toBe("South Korea");
    expect(whole("Acme said it would invest US$2 billion in Ohio.")).toBe("Acme");
  });
  it("is the name that a place or a kind introduces", () => {
    expect(whole("Taiwan's Foxconn said last year it would invest 5 billion reais.")).toBe("Foxconn");
    expect(whole("Chinese firm Zilia has committed R$650 million.")).toBe("Zilia");
    expect(whole("Industry group Abisemi welcomed the plan.")).toBe("Abisemi");
    expect(whole("South Korean battery maker LG Energy Solution said on Tuesday it would invest.")).toBe(
      "LG Energy Solution"
    );
    // A place's common noun leaves the place: "South Korea's government".
    expect(whole("Japan's government approved ¥3.9 trillion.")).toBe("Japan");
  });
  it("passes any dateline, and any opening phrase", () => {
    for (const dateline of [
      "SAO PAULO--",
      "TOKYO – ",
      "KUALA LUMPUR (Oct 13): ",
      "KUALA LUMPUR, March 14 — ",
      "Nov. 8 (Jiji Press)--",
      "TOKYO, Jan. 7 (UPI) -- "
    ])
      expect(whole(`${dateline}Acme said it would invest $2 billion.`)).toBe("Acme");
    expect(whole("EU-backed Acme said it would invest $2 billion.")).toBe("EU-backed Acme");
    expect(whole("According to the ministry, Acme will spend $3 billion.")).toBe("Acme");
    expect(whole("Specifically, Acme will spend $3 billion.")).toBe("Acme");
  });
  it("is nothing for a word that opens a phrase, an amount or a people's adjective", () => {
    expect(whole("Bringing the total to $3 billion, Acme spent more.")).toBe("");
    expect(whole("Estimated cost of the scheme is Rs 500 crore.")).toBe("");
    expect(whole("RM6.6 billion was allocated to Sabah.")).toBe("");
    expect(whole("The Korean government will spend 3 trillion won.")).toBe("");
    // A currency's letters before a number: "Rs", "RM", "Rp".
    expect(whole("Rs 1,87,000 on light commercial vehicles.")).toBe("");
    expect(whole("RM5.8 billion for Sarawak.")).toBe("");
    expect(whole("Rp 220 trillion in 2021.")).toBe("");
  });
  it("ends at a headline's verb", () => {
    expect(whole("Acme Motors Unveils $5 Billion Battery Plan")).toBe("Acme Motors");
    expect(whole("UK Government Unveils Long-Awaited £1 Billion Semiconductor Strategy")).toBe("UK Government");
  });
  it("is nothing for a common noun, or for the person who speaks", () => {
    expect(whole("The finance ministry said it would borrow more.")).toBe("");
    expect(whole("Prime Minister Shigeru Ishiba said the state would help.")).toBe("");
    // …said after the day it was said
    expect(whole("Union Minister Arun Jaitley on February 28 said that the Cabinet has approved the proposal.")).toBe(
      ""
    );
    expect(whole("Finance Minister Sitharaman on Friday said the outlay would rise.")).toBe("");
    expect(whole("Acme on Friday said it would invest $2 billion.")).toBe("Acme");
  });
  it("is the subject after a subordinate clause's first word", () => {
    // YourStory, 2024: "Though PM E-DRIVE does not the mention …, it has provided …"
    expect(whole("Though PM E-DRIVE does not cover cars, it has provided Rs 3,679 crore for two-wheelers.")).toBe(
      "PM E-DRIVE"
    );
  });
  it("is no one in a sentence that opens on “There”", () => {
    expect(whole("There are a total of two billion euros, according to the ministry.")).toBe("");
  });
  it("is no one when a newspaper reports the money", () => {
    // Warsaw Point, 2023: the daily is the source, not the one the subsidies are for
    expect(
      whole(
        "The Handelsblatt business daily reported last week that the U.S. company is expected to receive EUR 9.9 billion."
      )
    ).toBe("");
    expect(whole("Reuters reported that Acme would invest US$2 billion.")).toBe("");
  });
});
