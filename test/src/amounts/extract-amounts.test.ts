import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ADVERSARIAL} from "../../../bench/adversarial.js";
import {extractAmounts} from "../../../src/amounts/extract-amounts.js";
import type {Quantity} from "../../../src/amounts/quantity.js";
import {linkConversions} from "../../../src/amounts/conversions.js";
import {files} from "../../helpers/project.js";

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

  it("keeps the low end's own scale when it is written in full, or when the shared scale would make it the larger", () => {
    expect(money("homes sell for $650,000 to $2.4 million")).toEqual([
      ["$650,000", "money", 650000, "USD"],
      ["$2.4 million", "money", 2.4e6, "USD"]
    ]);
    expect(money("tickets from $300 to $5 million").map((m) => m[2])).toEqual([300, 5e6]);
    // Shared scales still work.
    expect(money("US$14-15 billion").map((m) => m[2])).toEqual([14e9, 15e9]);
    expect(money("between 10 and 12 billion yen")).toEqual([
      ["10", "money", 10e9, "JPY"],
      ["12 billion yen", "money", 12e9, "JPY"]
    ]);
    expect(money("25 billion to 28 billion euros").map((m) => m[2])).toEqual([25e9, 28e9]);
  });

  it("reads any amount written in full digits, in any range or list, at exactly its value", () => {
    const grouped = (n: number) => n.toLocaleString("en-US");
    fc.assert(
      fc.property(
        fc.integer({min: 1000, max: 999_999_999}),
        fc.integer({min: 1, max: 999}),
        fc.constantFrom("thousand", "million", "billion", "trillion"),
        fc.constantFrom(
          (a: string, b: string, s: string) => `sold for $${a} to $${b} ${s}`,
          (a: string, b: string, s: string) => `sold for $${a}-${b} ${s}`,
          (a: string, b: string, s: string) => `between $${a} and $${b} ${s}`,
          (a: string, b: string, s: string) => `prices of $${a}, $${b} ${s} and more`,
          (a: string, b: string, s: string) => `from €${a} to €${b} ${s}`
        ),
        (a, b, scale, sentence) => {
          const text = sentence(grouped(a), String(b), scale);
          const low = extractAmounts(text).find((q) => q.kind === "money" && q.text.includes(grouped(a)));
          expect(low?.value, text).toBe(a);
        }
      ),
      {numRuns: 500}
    );
  });

  it("reads the money forms of wire copy: glued codes, symbols after, mln and bln, $US and $A", () => {
    const read = (s: string) => money(s).map(([text, , value, unit]) => `${text}=${value} ${unit}`);
    expect(read("It raised USD25m, then EUR40m and AUD2.5m; India set aside INR2 trillion.")).toEqual([
      "USD25m=25000000 USD",
      "EUR40m=40000000 EUR",
      "AUD2.5m=2500000 AUD",
      "INR2 trillion=2000000000000 INR"
    ]);
    expect(read("a $US60 billion deal and a $A90 million plan")).toEqual([
      "$US60 billion=60000000000 USD",
      "$A90 million=90000000 AUD"
    ]);
    expect(read("rent of 3,400€ a month, or 500 € a head")).toEqual(["3,400€=3400 EUR", "500 €=500 EUR"]);
    expect(read("debt of 920 bln euros and 3 mln euros of fees")).toEqual([
      "920 bln euros=920000000000 EUR",
      "3 mln euros=3000000 EUR"
    ]);
    expect(read("a 5 mil dollars bonus")).toEqual(["5 mil dollars=5000000 USD"]);
    // Currencies beyond the monthly rates, by name, code and prefix.
    expect(
      read(
        "200 billion naira, 50,000 dong, 3 billion lira, Rp 5 trillion, IDR 2 trillion, SR 10 billion, SAR 4 billion"
      )
    ).toEqual([
      "200 billion naira=200000000000 NGN",
      "50,000 dong=50000 VND",
      "3 billion lira=3000000000 TRY",
      "Rp 5 trillion=5000000000000 IDR",
      "IDR 2 trillion=2000000000000 IDR",
      "SR 10 billion=10000000000 SAR",
      "SAR 4 billion=4000000000 SAR"
    ]);
    // "SR 71" is a plane, not riyals: the prefix needs a scale.
    expect(read("the SR 71 Blackbird")).toEqual([]);
    // A code glued to a number with no scale is a name: the ESP32 chip, a USD1 coin.
    expect(read("the ESP32 chip and a USD1 coin")).toEqual([]);
  });

  it("does not read a pound of weight, torque or the kitchen as money", () => {
    for (const s of [
      "a 275 pound-feet engine",
      "he dropped from 208 pounds to 180",
      "a 5 pound bag of flour",
      "She weighed 120 pounds."
    ])
      expect(money(s), s).toEqual([]);
    expect(money("It cost 5 pounds, a five pound note, and 2 million pounds sterling.").map((m) => m[2])).toEqual([
      5, 5, 2e6
    ]);
  });

  it("does not read a pound of the body or of a recipe as money", () => {
    for (const s of [
      "She kept dropping from 200 pounds to 190 over the year.",
      "Melt 1/2 pound of chocolate.",
      "Stir in 3/4 pound of cheese and 2 cups of milk.",
      "His body carried 40 pounds more than in 2019.",
      "Fold in 2 pounds of butter."
    ])
      expect(money(s), s).toEqual([]);
    expect(money("Tickets cost 20 pounds, down from 25 pounds.").map((m) => m[2])).toEqual([20, 25]);
  });

  it("reads plural Indian scales and the abbreviations of Asian wire copy", () => {
    expect(money("The scheme costs Rs 57,613 crores, of which Rs 20,000 crores is central; Rs 5 lakhs each.")).toEqual([
      ["Rs 57,613 crores", "money", 57613e7, "INR"],
      ["Rs 20,000 crores", "money", 20000e7, "INR"],
      ["Rs 5 lakhs", "money", 5e5, "INR"]
    ]);
    expect(money("aid of 590 bil. yen, 4.7 Tln Won and Rp. 220.39 trillion")).toEqual([
      ["590 bil. yen", "money", 590e9, "JPY"],
      ["4.7 Tln Won", "money", 4.7e12, "KRW"],
      ["Rp. 220.39 trillion", "money", 220.39e12, "IDR"]
    ]);
    // A full stop that ends the sentence is not the scale's; an abbreviation with no currency is no scale.
    expect(money("He paid $5 mil. The rest was 5 bil. people and 3 tln cells.")).toEqual([
      ["$5 mil", "money", 5e6, "USD"]
    ]);
  });

  it("reads spelled-out decimals with “point”", () => {
    expect(money("an extra four-point-seven trillion won, one-point-seven trillion won of it for chips")).toEqual([
      ["four-point-seven trillion won", "money", 4.7e12, "KRW"],
      ["one-point-seven trillion won", "money", 1.7e12, "KRW"]
    ]);
    expect(money("twenty-two point five million euros and one point seven five billion dollars")).toEqual([
      ["twenty-two point five million euros", "money", 22.5e6, "EUR"],
      ["one point seven five billion dollars", "money", 1.75e9, "USD"]
    ]);
    // "point" with no digit word after it ends the number.
    expect(brief(extractAmounts("a three point shot, and seven point guards"))).toEqual([
      ["three", "count", 3, ""],
      ["seven", "count", 7, ""]
    ]);
  });

  it("reads an exchange-rate line as no money", () => {
    expect(money("It needs 11 billion reais ($2.2 billion).\n\n($1 = 5.03 reais)")).toEqual([
      ["11 billion reais", "money", 11e9, "BRL"],
      ["$2.2 billion", "money", 2.2e9, "USD"]
    ]);
    expect(money("(US$1 = ¥150.2) (1 euro = $1.08)")).toEqual([]);
    // One dollar that equals no amount is money.
    expect(money("A $1 = a win, and $1 = 5 people.")).toEqual([
      ["$1", "money", 1, "USD"],
      ["$1", "money", 1, "USD"]
    ]);
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

describe("extractAmounts on each kind of money format", () => {
  it("reads dollars with a country prefix, with or without a space", () => {
    expect(money("Ottawa set aside C$3.5 billion; the levy raised c $40 million.")).toEqual([
      ["C$3.5 billion", "money", 3.5e9, "CAD"],
      ["c $40 million", "money", 40e6, "CAD"]
    ]);
    expect(money("The MTR earned HK$9.7bn and hk $250 million in fees.")).toEqual([
      ["HK$9.7bn", "money", 9.7e9, "HKD"],
      ["hk $250 million", "money", 250e6, "HKD"]
    ]);
    expect(money("Qantas made A$1.25 billion; an AUD $300 million bond; NZ$2.1bn; S$750 million.")).toEqual([
      ["A$1.25 billion", "money", 1.25e9, "AUD"],
      ["AUD $300 million", "money", 300e6, "AUD"],
      ["NZ$2.1bn", "money", 2.1e9, "NZD"],
      ["S$750 million", "money", 750e6, "SGD"]
    ]);
    // A capital S or R stays its country's dollar across a space: "S $1mil", "R $ 88.2 billion".
    expect(money("The grant was S $1mil.")).toEqual([["S $1mil", "money", 1e6, "SGD"]]);
    expect(money("The package is R $ 88.2 billion.")).toEqual([["R $ 88.2 billion", "money", 88.2e9, "BRL"]]);
    expect(money("Bus fares rose by s $2.")).toEqual([["$2", "money", 2, "USD"]]);
    // An article before "$" is not a prefix.
    expect(money("a $20 fee and A $30 fee")).toEqual([
      ["$20", "money", 20, "USD"],
      ["$30", "money", 30, "USD"]
    ]);
  });

  it("reads a bare $ as the one other dollar its sentence names, and as US$ otherwise", () => {
    expect(money("The budget, in Australian dollars, sets aside $18.4 billion for defence.")).toEqual([
      ["$18.4 billion", "money", 18.4e9, "AUD"]
    ]);
    expect(money("Ottawa sold C$2 billion of bonds and $500 million of bills.")).toEqual([
      ["C$2 billion", "money", 2e9, "CAD"],
      ["$500 million", "money", 500e6, "CAD"]
    ]);
    // A country is not a currency; two dollars named is ambiguous; another sentence is out of reach.
    expect(money("Amazon will invest $1.5bn in Canada.")).toEqual([["$1.5bn", "money", 1.5e9, "USD"]]);
    expect(money("A$1 is worth US$0.66, so $10 buys little.")).toEqual([
      ["A$1", "money", 1, "AUD"],
      ["US$0.66", "money", 0.66, "USD"],
      ["$10", "money", 10, "USD"]
    ]);
    expect(money("Canberra quoted A$2 billion. Google spent $9 billion.")).toEqual([
      ["A$2 billion", "money", 2e9, "AUD"],
      ["$9 billion", "money", 9e9, "USD"]
    ]);
  });

  it("reads hyphenated scale and currency words", () => {
    expect(money("a 2.4-trillion-yen package, a 300 trillion-won plan")).toEqual([
      ["2.4-trillion-yen", "money", 2.4e12, "JPY"],
      ["300 trillion-won", "money", 300e12, "KRW"]
    ]);
    expect(money("a 150.5-million-euro loan and a 75.2 billion-rupees grant")).toEqual([
      ["150.5-million-euro", "money", 150.5e6, "EUR"],
      ["75.2 billion-rupees", "money", 75.2e9, "INR"]
    ]);
    expect(money("a 15-cent dividend and a ten-yen fee")).toEqual([
      ["15-cent", "money", 0.15, "USD"],
      ["ten-yen", "money", 10, "JPY"]
    ]);
  });

  it("reads spelled-out amounts", () => {
    expect(money("He paid seven million yen; the state lost half a billion euros.")).toEqual([
      ["seven million yen", "money", 7e6, "JPY"],
      ["half a billion euros", "money", 0.5e9, "EUR"]
    ]);
    expect(money("It cost twelve dollars and thirty cents, the bus 4 dollars 25 cents.")).toEqual([
      ["twelve dollars and thirty cents", "money", 12.3, "USD"],
      ["4 dollars 25 cents", "money", 4.25, "USD"]
    ]);
    expect(money("a three hundred and ten euro fine, twenty-five pounds")).toEqual([
      ["three hundred and ten euro", "money", 310, "EUR"],
      ["twenty-five pounds", "money", 25, "GBP"]
    ]);
  });

  it("reads sub-units as amounts of the main currency, keeping the sub-unit in the text", () => {
    expect(money("Stamps rose 40 cents, bread 12 pence, a bag 50 sen; 8 euro cents more.")).toEqual([
      ["40 cents", "money", 0.4, "USD"],
      ["12 pence", "money", 0.12, "GBP"],
      ["50 sen", "money", 0.5, "JPY"],
      ["8 euro cents", "money", 0.08, "EUR"]
    ]);
    expect(money("The Canadian dollar rose to 74 cents.")).toEqual([["74 cents", "money", 0.74, "CAD"]]);
  });

  it("reads yuan, ringgit, new symbols, names and historical currencies", () => {
    expect(money("Alibaba raised Rmb50bn and Baidu 12.5 billion RMB; a ticket was 300元; RM2.7 billion.")).toEqual([
      ["Rmb50bn", "money", 50e9, "CNY"],
      ["12.5 billion RMB", "money", 12.5e9, "CNY"],
      ["300元", "money", 300, "CNY"],
      ["RM2.7 billion", "money", 2.7e9, "MYR"]
    ]);
    expect(money("₡5,000 ₾120 ₭10,000 ₺2.5 billion ₦800 million ₱15 billion ₫2,000 ₪3 million")).toEqual([
      ["₡5,000", "money", 5000, "CRC"],
      ["₾120", "money", 120, "GEL"],
      ["₭10,000", "money", 10000, "LAK"],
      ["₺2.5 billion", "money", 2.5e9, "TRY"],
      ["₦800 million", "money", 800e6, "NGN"],
      ["₱15 billion", "money", 15e9, "PHP"],
      ["₫2,000", "money", 2000, "VND"],
      ["₪3 million", "money", 3e6, "ILS"]
    ]);
    expect(money("It lost 3 billion Japanese yen and 40 million Turkish lira.")).toEqual([
      ["3 billion Japanese yen", "money", 3e9, "JPY"],
      ["40 million Turkish lira", "money", 40e6, "TRY"]
    ]);
    expect(
      money("It cost 2 billion Deutsche marks, 800 million pesetas, 70 million guilders and 3 billion markka.")
    ).toEqual([
      ["2 billion Deutsche marks", "money", 2e9, "DEM"],
      ["800 million pesetas", "money", 800e6, "ESP"],
      ["70 million guilders", "money", 70e6, "NLG"],
      ["3 billion markka", "money", 3e9, "FIM"]
    ]);
  });

  it("reads every other currency of the monthly rates by code or name, and names that are not money as names", () => {
    expect(
      money(
        "Orders: NOK 3 billion, 40 million Norwegian kroner, 2 billion Swedish kronor, DKK 700 million, 6 million Danish krone, 3 billion rand, 12 billion Sri Lankan rupees, 9 million schillings, 4 billion drachmas, 5 million Irish pounds and 2 billion escudos."
      )
    ).toEqual([
      ["NOK 3 billion", "money", 3e9, "NOK"],
      ["40 million Norwegian kroner", "money", 40e6, "NOK"],
      ["2 billion Swedish kronor", "money", 2e9, "SEK"],
      ["DKK 700 million", "money", 700e6, "DKK"],
      ["6 million Danish krone", "money", 6e6, "DKK"],
      ["3 billion rand", "money", 3e9, "ZAR"],
      ["12 billion Sri Lankan rupees", "money", 12e9, "LKR"],
      ["9 million schillings", "money", 9e6, "ATS"],
      ["4 billion drachmas", "money", 4e9, "GRD"],
      ["5 million Irish pounds", "money", 5e6, "IEP"],
      ["2 billion escudos", "money", 2e9, "PTE"]
    ]);
    // A bare "kroner" could be Danish or Norwegian; "Rand" with a capital is a name.
    expect(money("It paid 5 million kroner, and 3 Rand analysts agreed.")).toEqual([]);
  });

  it("reads bare francs as Swiss francs unless the sentence names another franc", () => {
    expect(money("Nestlé set aside 5 million francs.")).toEqual([["5 million francs", "money", 5e6, "CHF"]]);
    expect(money("Paid in French francs, the 1995 deal was worth 5 billion francs.")).toEqual([
      ["5 billion francs", "money", 5e9, "FRF"]
    ]);
    expect(money("The levy was 40 million Belgian francs.")).toEqual([
      ["40 million Belgian francs", "money", 40e6, "BEF"]
    ]);
  });

  it("reads Indian compound scales and digit grouping", () => {
    expect(money("India allotted ₹2.5 lakh crore to roads and Rs 45,67,890.12 to a village.")).toEqual([
      ["₹2.5 lakh crore", "money", 2.5e12, "INR"],
      ["Rs 45,67,890.12", "money", 4567890.12, "INR"]
    ]);
    expect(money("a Rs 1,00,000 prize and a ₹3 thousand crore plan")).toEqual([
      ["Rs 1,00,000", "money", 100000, "INR"],
      ["₹3 thousand crore", "money", 3e10, "INR"]
    ]);
  });

  it("reads open-ended amounts", () => {
    expect(money("Analysts see $50+ billion in demand and €3+ million in fees.")).toEqual([
      ["$50+ billion", "money", 50e9, "USD"],
      ["€3+ million", "money", 3e6, "EUR"]
    ]);
    expect(brief(extractAmounts("over 5+ years"))).toEqual([["5", "count", 5, ""]]);
    expect(money("a 50,000 ₫ bowl of pho")).toEqual([["50,000 ₫", "money", 50000, "VND"]]);
  });

  it("finds no money in years, percentages, ranks, product names and number words", () => {
    const text =
      "Rapidus makes 2-nanometer chips from 2027; sales rose 5% to rank 3rd; the iPhone 15 and ESP32 boards; PHP 8 runs one of three servers; a three-year plan; one hundred engineers.";
    expect(money(text)).toEqual([]);
    expect(brief(extractAmounts(text))).toEqual([
      ["2", "count", 2, ""],
      ["2027", "year", 2027, "year"],
      ["5%", "percent", 5, "%"],
      ["3rd", "rank", 3, "rank"],
      ["15", "count", 15, ""],
      ["8", "count", 8, ""],
      ["three", "count", 3, ""],
      ["one hundred", "count", 100, ""]
    ]);
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

  // How the time grows with the input is measured by `npm run bench`, not asserted here.
  // (a quarter of the bench's 1 MB: a quadratic scan would take minutes here; the bench measures the growth)
  it.each(ADVERSARIAL.map(([name, make]) => [name.replace("1 MB", "250 kB"), make] as const))(
    "finishes on %s",
    (_, make) => {
      const s = make(250_000);
      expect(() => extractAmounts(s)).not.toThrow();
    }
  );
});

describe("extractAmounts on the labelled sentences", () => {
  it("finds every labelled money amount and nothing else", async () => {
    const {readLabelled, score} = await import("../../../bench/score.js");
    const {projectRoot} = await import("../../helpers/site.js");
    const labelled = readLabelled(projectRoot);
    for (const s of labelled.filter((l) => l.source === "article")) expect(files.article).toContain(s.text);
    const result = score(labelled, (text) =>
      extractAmounts(text)
        .filter((q) => q.kind === "money")
        .map((q) => ({value: q.value, currency: q.unit}))
    );
    expect(result.misses).toEqual([]);
    expect([result.precision, result.recall, result.wrongScale]).toEqual([1, 1, 0]);
    // The count of wrong scales counts them: $650,000 read as 650,000 million is one.
    const wrong = score([{source: "", kind: "", text: "", money: [{value: 650000, currency: "USD"}]}], () => [
      {value: 650000e6, currency: "USD"}
    ]);
    expect(wrong.wrongScale).toBe(1);
  });
});

describe("a currency only the sentence gives", () => {
  it("is taken from the sentence's money, marked as such, for an amount with no noun of its own", () => {
    const [a, b] = extractAmounts("Spending is rising from 12.4 billion euros this year to 19.8 billion in 2030.");
    expect([a.value, a.unit, a.currencyFrom]).toEqual([12.4e9, "EUR", undefined]);
    expect([b.kind, b.value, b.unit, b.currencyFrom]).toEqual(["money", 19.8e9, "EUR", "sentence"]);
    // "3 billion users" has a noun of its own; a sentence with two currencies settles nothing.
    expect(extractAmounts("It earned $5 billion from 3 billion users.").filter((q) => q.kind === "money")).toHaveLength(
      1
    );
    expect(
      extractAmounts("It earned $5 billion and €4 billion, up from 8 billion.").filter((q) => q.currencyFrom)
    ).toEqual([]);
  });
});
