import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {extractAmounts, type Quantity} from "../../src/extract.js";
import {linkConversions} from "../../src/conversions.js";
import {files} from "../helpers/project.js";

const brief = (qs: Quantity[]) => qs.map((q) => [q.text, q.kind, q.value, q.unit]);
const money = (text: string) => brief(extractAmounts(text).filter((q) => q.kind === "money"));

describe("extractAmounts on the article", () => {
  const text = files.article;
  const found = extractAmounts(text);

  it("finds exactly the seven money amounts", () => {
    expect(found.filter((q) => q.kind === "money").map((q) => [q.text, q.value, q.unit])).toEqual([
      ["US$14 billion", 14e9, "USD"],
      ["US$2.9 billion", 2.9e9, "USD"],
      ["US$1 billion", 1e9, "USD"],
      ["US$8.6 billion", 8.6e9, "USD"],
      ["US$20-billion", 20e9, "USD"],
      ["¥3.9 trillion", 3.9e12, "JPY"],
      ["US$25.44 billion", 25.44e9, "USD"]
    ]);
  });

  it("gives spans that are UTF-16 offsets into the text", () => {
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    const yen = found.find((q) => q.unit === "JPY")!;
    expect(yen.start).toBe(text.indexOf("¥3.9 trillion"));
  });

  it("finds no money in “billions of dollars”", () => {
    const sentence =
      "US tech giants are pumping billions of dollars into artificial intelligence (AI), cybersecurity and chip production in Japan, which dominated the hardware industry in the 1980s.";
    expect(text).toContain(sentence);
    expect(money(sentence)).toEqual([]);
    expect(brief(extractAmounts(sentence))).toEqual([["1980s", "year", 1980, "decade"]]);
  });

  it("reads the ranks, counts and years with their sentences", () => {
    const rank = found.find((q) => q.kind === "rank")!;
    expect([rank.text, rank.value]).toEqual(["32nd", 32]);
    expect(text.slice(rank.sentence!.start, rank.sentence!.end)).toBe(
      "Japan was ranked a lowly 32nd in the latest global classification of digital competitiveness by Swiss business school International Institute for Management Development."
    );
    expect(brief(found.filter((q) => q.kind === "count" && q.value >= 1000))).toEqual([
      ["1,200", "count", 1200, ""],
      ["3 million", "count", 3e6, ""],
      ["125 million", "count", 125e6, ""]
    ]);
    expect(found.filter((q) => q.kind === "year").map((q) => q.value)).toEqual([1980, 2027]);
    expect(found.find((q) => q.text === "seven")?.value).toBe(7);
  });

  it("links the parenthetical yen/dollar pair into one conversion at 153.30 yen per dollar", () => {
    const [c, ...rest] = linkConversions(text, found);
    expect(rest).toEqual([]);
    expect([c.from.text, c.to.text, c.pair]).toEqual(["¥3.9 trillion", "US$25.44 billion", "JPY/USD"]);
    expect(c.rate.toFixed(2)).toBe("153.30");
    expect(c.rate).toBeCloseTo(3.9e12 / 25.44e9, 10);
  });
});

describe("extractAmounts on real-world formats", () => {
  it.each([
    ["Taiwan's NT$1.2 trillion budget", [["NT$1.2 trillion", "money", 1.2e12, "TWD"]]],
    ["a €20bn fund", [["€20bn", "money", 20e9, "EUR"]]],
    ["a £3.5m deal", [["£3.5m", "money", 3.5e6, "GBP"]]],
    ["sales of ¥1,234,567", [["¥1,234,567", "money", 1234567, "JPY"]]],
    ["Toyota earned 5.35 trillion yen", [["5.35 trillion yen", "money", 5.35e12, "JPY"]]],
    ["paid 20 billion US dollars", [["20 billion US dollars", "money", 20e9, "USD"]]],
    ["a $500,000 grant", [["$500,000", "money", 500000, "USD"]]],
    ["USD 5 million in fees", [["USD 5 million", "money", 5e6, "USD"]]],
    ["HK$3bn of bonds", [["HK$3bn", "money", 3e9, "HKD"]]],
    ["₩1.5 trillion of aid", [["₩1.5 trillion", "money", 1.5e12, "KRW"]]],
    ["a 30 billion yuan plan", [["30 billion yuan", "money", 30e9, "CNY"]]],
    ["a US$20-billion facility", [["US$20-billion", "money", 20e9, "USD"]]]
  ])("%s", (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it("splits ranges into both ends, sharing the scale and currency", () => {
    expect(money("between US$5-6 billion")).toEqual([
      ["US$5", "money", 5e9, "USD"],
      ["6 billion", "money", 6e9, "USD"]
    ]);
    expect(money("¥3 trillion to ¥4 trillion")).toEqual([
      ["¥3 trillion", "money", 3e12, "JPY"],
      ["¥4 trillion", "money", 4e12, "JPY"]
    ]);
    expect(brief(extractAmounts("up 5-6% on the year"))).toEqual([
      ["5", "percent", 5, "%"],
      ["6%", "percent", 6, "%"]
    ]);
    expect(extractAmounts("from 2021-2023").map((q) => q.value)).toEqual([2021, 2023]);
  });

  it("reads percents, ordinals, counts, decades and days", () => {
    expect(brief(extractAmounts("Growth was 0.71 percent, 3rd, 12,000 people, the 1990s, on May 10"))).toEqual([
      ["0.71 percent", "percent", 0.71, "%"],
      ["3rd", "rank", 3, "rank"],
      ["12,000", "count", 12000, ""],
      ["1990s", "year", 1990, "decade"],
      ["10", "date", 10, "day"]
    ]);
  });

  it("leaves names with digits alone", () => {
    expect(extractAmounts("the G7, an A380, the F-35 and COVID-19")).toEqual([]);
    expect(money("5m tall, 5k run")).toEqual([]);
  });
});

describe("extractAmounts on random and adversarial input", () => {
  it("never throws and every span matches its text", () => {
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom(..."0123456789,.$¥€£US -–()%bnmtrilo yen\n".split("")), maxLength: 200}),
        (s) => {
          for (const q of extractAmounts(s)) {
            expect(s.slice(q.start, q.end)).toBe(q.text);
            expect(Number.isFinite(q.value)).toBe(true);
          }
        }
      ),
      {numRuns: 2000}
    );
    fc.assert(
      fc.property(fc.string({unit: "grapheme", maxLength: 300}), (s) => void extractAmounts(s)),
      {numRuns: 1000}
    );
  });

  // A quadratic scan shows as a ×16 step when the input grows ×4; linear work stays near ×4.
  function growth(make: (n: number) => string): number {
    const time = (s: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        extractAmounts(s);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const small = make(250_000);
    const large = make(1_000_000);
    return time(large) / Math.max(time(small), 0.5);
  }

  it.each([
    ["a 1 MB line of digits", (n: number) => "9".repeat(n)],
    ["a 1 MB line of digit groups", (n: number) => "1,".repeat(n / 2)],
    ["nested parentheses", (n: number) => "(".repeat(n / 2) + "US$1 billion" + ")".repeat(n / 2)],
    ["a 1 MB line of amounts", (n: number) => "¥3.9 trillion (US$25.44 billion) ".repeat(n / 32)],
    ["currency symbols without numbers", (n: number) => "US$ ".repeat(n / 4)],
    ["decimals without end", (n: number) => "1.".repeat(n / 2)]
  ])("stays linear on %s", (_, make) => {
    const s = make(1_000_000);
    expect(() => extractAmounts(s)).not.toThrow();
    expect(growth(make)).toBeLessThan(10);
  });
});

describe("extractAmounts on the labelled sentences", () => {
  it("finds every labelled money amount and nothing else", async () => {
    const {readLabelled, score} = await import("../../bench/score.js");
    const {projectRoot} = await import("../helpers/site.js");
    const labelled = readLabelled(projectRoot);
    for (const s of labelled.filter((l) => l.source === "article")) expect(files.article).toContain(s.text);
    const result = score(labelled, (text) =>
      extractAmounts(text)
        .filter((q) => q.kind === "money")
        .map((q) => ({value: q.value, currency: q.unit}))
    );
    expect(result.misses).toEqual([]);
    expect([result.precision, result.recall]).toEqual([1, 1]);
  });
});
