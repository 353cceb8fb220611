// Which dollar a bare "$" is (and which franc bare "francs" are), from the sentence around it, and whether "R"
// before a number is rand.
//
// The rule, conservative on purpose: a bare "$", "dollars" or "cents" is the US dollar (bare "francs" the
// Swiss franc) unless the same sentence, within CONTEXT_REACH characters either side, names exactly one
// other currency of the same family by its symbol, code or name ("A$", "AUD", "Australian dollars") and
// names no other member of the family (the default included: "US$", "USD", "US dollars"). A country name
// alone ("in Australia") is not enough: "Microsoft will invest $3.2bn in Australia" stays US$.
//
// An article whose home is another dollar (given by the journalist, or plain from its text: home-currency.ts)
// writes its own dollar bare and the US dollar as "US$": there a bare "$" is the home dollar unless its sentence
// names one dollar other than both, and it is marked for a person to check. "R18bn" is rand where the home is
// South Africa or the text near it names the rand or the country, and no money otherwise.
import {codeOfPrefix} from "./currency-prefixes.js";
import {currencyOfWord, type Family} from "./currency-words.js";
import {DOLLARS, RAND_NEAR} from "./home-currency.js";

// How far either side of an amount the rule looks (the streaming extractor keeps this much context).
export const CONTEXT_REACH = 300;

const FAMILIES: Record<Family, {members: Set<string>}> = {
  dollar: {members: new Set(DOLLARS)},
  franc: {members: new Set(["CHF", "FRF", "BEF"])},
  rand: {members: new Set(["ZAR"])}
};

// Names of family members not attached to a number: "the Canadian dollar", "in A$", "AUD", "French francs".
// Case matters: "a $5 fee" names nothing, "A$5" names the Australian dollar.
const NAMING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:New[ \u00a0]+Taiwan|Taiwan(?:ese)?|Hong[ \u00a0]+Kong|Australian|Canadian|Singapore|New[ \u00a0]+Zealand|U\.S\.|US|American|Swiss|French|Belgian)[ \u00a0]+(?:[Dd]ollars?|[Ff]rancs?)|(?:USD|AUD|CAD|HKD|NZD|SGD|TWD|CHF|FRF|BEF)|(?:US|U\.S\.|AU|CA|[Hh][Kk]|SG|NZ|NT|[Cc]|S)[ \u00a0]?\$|A\$)(?![\p{L}])`,
  "gu"
);
// A sentence boundary between two points: ". The", "? “We", a line break.
const BOUNDARY = /[.!?]["”’')\]]*[ \t\u00a0]+["“‘(]?\p{Lu}|\n/u;

interface Naming {
  start: number;
  end: number;
  code: string;
}

function namingsIn(text: string, from: number, to: number): Naming[] {
  const out: Naming[] = [];
  NAMING.lastIndex = from;
  for (let m = NAMING.exec(text); m && m.index < to; m = NAMING.exec(text)) {
    const code = m[0].endsWith("$") ? codeOfPrefix(m[0]) : (currencyOfWord(m[0]) ?? codeOfPrefix(m[0]));
    if (code) out.push({start: m.index, end: m.index + m[0].length, code});
  }
  return out;
}

export interface Ambiguous {
  start: number;
  end: number;
  family: Family;
  unit: string; // the family default, replaced when the sentence names another member; "" for "R" that is no rand
  fromHome?: boolean; // set when the article's home, not the sentence, gave the currency
}

// Resolves each ambiguous amount in place. `amounts` are in text order; linear in the text's length. `home` is the
// currency of the article's country, when known ("AUD", "ZAR").
export function resolveFamilies(text: string, amounts: Ambiguous[], home?: string): void {
  if (!amounts.length) return;
  const homeDollar = home && home !== "USD" && FAMILIES.dollar.members.has(home) ? home : undefined;
  const from = Math.max(0, amounts[0].start - CONTEXT_REACH);
  const to = Math.min(text.length, amounts[amounts.length - 1].end + CONTEXT_REACH);
  const namings = namingsIn(text, from, to);
  let first = 0;
  for (const a of amounts) {
    while (first < namings.length && namings[first].end < a.start - CONTEXT_REACH) first++;
    if (a.family === "rand") {
      const near = RAND_NEAR.test(text.slice(Math.max(0, a.start - CONTEXT_REACH), a.end + CONTEXT_REACH));
      a.unit = near || home === "ZAR" ? "ZAR" : "";
      a.fromHome = !near && home === "ZAR";
      continue;
    }
    const ownDollar = a.family === "dollar" ? homeDollar : undefined;
    const codes = new Set<string>();
    for (let i = first; i < namings.length && namings[i].start <= a.end + CONTEXT_REACH; i++) {
      const n = namings[i];
      if (codes.has(n.code) || !FAMILIES[a.family].members.has(n.code)) continue;
      if (ownDollar && n.code === "USD") continue; // "US$1 billion ($1.5 billion)" in an Australian paper
      const between = n.end <= a.start ? text.slice(n.end, a.start) : text.slice(a.end, n.start);
      if (!BOUNDARY.test(between)) codes.add(n.code);
      if (codes.size > 1) break;
    }
    const [only] = codes;
    if (codes.size === 1) a.unit = only;
    else if (ownDollar) {
      a.unit = ownDollar;
      a.fromHome = true;
    }
  }
}
