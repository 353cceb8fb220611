// Which drafted labels are fragments: the ones seen on unseen articles, and labels an editor accepts.
import {describe, expect, it} from "vitest";
import {isFragment} from "../../../src/draft/fragment.js";

describe("isFragment", () => {
  it.each([
    "Three-wheelers and Rs", // ends on a currency's letters
    "Rs: light commercial vehicles", // a currency's letters for a subject
    "Union Minister Arun Jaitley: period of three", // a count with no noun
    "Intel: totalling", // only the word that links the subject to its amount
    "Rs 1,500 crore", // the amount alone
    "98 billion reais",
    "R$ 40 billion",
    "To schools", // opens on a preposition
    "Sectors such", // ends mid-phrase
    "Debt of", // (a phrase a cue left open)
    "Package is", // ends on a verb's auxiliary
    "And Sabah"
  ])("%j is a fragment", (label) => expect(isFragment(label)).toBe(true));

  it.each([
    "Second phase of the FAME scheme",
    "Debt of Air India Ltd",
    "National Policy on Software Products",
    "Intel: projects in Arizona, Ohio, New Mexico, and Oregon",
    "Cabinet: rights issue in Vodafone Idea Limited",
    "Funding",
    "Total",
    "Budget 2024",
    "Fiscal 2020/21",
    "Plants in the US",
    "Series A",
    "Group of Seven",
    "Amartya Sen"
  ])("%j is a label", (label) => expect(isFragment(label)).toBe(false));
});
