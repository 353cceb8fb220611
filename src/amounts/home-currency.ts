// The currency of the article's own country, where the journalist, the text or the outlet makes it plain: a bare
// "$" in a Canadian story is the Canadian dollar, and "R18bn" in a South African one is rand.
import {CURRENCIES} from "./currencies.js";

// The dollars a bare "$" can be: "USD", "AUD", "CAD"…
export const DOLLARS = Object.values(CURRENCIES)
  .filter((c) => / dollar$/.test(c.name))
  .map((c) => c.code);

// Each home currency other than the US dollar: its country, the words that place a text there, its web domain.
const HOMES: {code: string; country: string; places: RegExp; domain: string}[] = [
  {
    code: "AUD",
    country: "Australia",
    places:
      /\b(?:Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Queensland|New South Wales|Tasmania)\b/g,
    domain: "au"
  },
  {
    code: "CAD",
    country: "Canada",
    places:
      /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia)\b/g,
    domain: "ca"
  },
  {code: "NZD", country: "New Zealand", places: /\b(?:New Zealand(?:ers?)?|Auckland|Christchurch)\b/g, domain: "nz"},
  {code: "SGD", country: "Singapore", places: /\bSingapore(?:ans?)?\b/g, domain: "sg"},
  {code: "HKD", country: "Hong Kong", places: /\bHong Kong(?:ers?)?\b/g, domain: "hk"},
  {code: "TWD", country: "Taiwan", places: /\b(?:Taiwan(?:ese)?|Taipei|Kaohsiung)\b/g, domain: "tw"},
  {
    code: "ZAR",
    country: "South Africa",
    places: /\b(?:South Africa(?:ns?)?|Pretoria|Johannesburg|Cape Town|Durban|Gauteng|KwaZulu-Natal|Soweto)\b/g,
    domain: "za"
  }
];
// Words that place a text in the United States.
// ("US$" is not one: a paper that marks US dollars so writes its own dollar bare.)
const US_PLACES =
  /\b(?:United States|U\.S\.(?![ \u00a0]?\$)|US(?![ \u00a0]?\$)|USA|Americans?|Washington|New York|California|Texas|Wall Street)\b/g;
// A text that writes a dollar's own sign, code or name ("A$", "AUD", "Australian dollars") keeps the bare "$" for
// another: "A$2 billion ($1.4 billion)".
const OWN_SIGN: Record<string, RegExp> = {
  AUD: /(?<![\p{L}])(?:A|AU)[ \u00a0]?\$|\$A|\bAUD\b|Australian[ \u00a0]+dollars?/iu,
  CAD: /(?<![\p{L}])(?:C|CA)[ \u00a0]?\$|\bCAD\b|Canadian[ \u00a0]+dollars?/iu,
  NZD: /(?<![\p{L}])NZ[ \u00a0]?\$|\$NZ|\bNZD\b|New[ \u00a0]+Zealand[ \u00a0]+dollars?/iu,
  SGD: /(?<![\p{L}])(?:S|SG)[ \u00a0]?\$|\bSGD\b|Singapore(?:an)?[ \u00a0]+dollars?/iu,
  HKD: /(?<![\p{L}])HK[ \u00a0]?\$|\$HK|\bHKD\b|Hong[ \u00a0]+Kong[ \u00a0]+dollars?/iu,
  TWD: /(?<![\p{L}])NT[ \u00a0]?\$|\bTWD\b|(?:New[ \u00a0]+)?Taiwan(?:ese)?[ \u00a0]+dollars?/iu,
  ZAR: /$^/
};
// A country is plain from the text when it is named this often, and more than twice as often as any other.
const NAMED_OFTEN = 3;

export interface Home {
  code: string; // "CAD"
  why: string; // "the text names Canada 7 times"
}

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

// The home the text makes plain: one country named often, more than twice as often as the US and any other, whose
// own dollar sign the text does not write. "the text names Canada 7 times".
export function homeOfText(text: string): Home | undefined {
  const counts = HOMES.map((h) => ({h, n: count(h.places, text)})).sort((a, b) => b.n - a.n);
  const [best, second] = counts;
  if (best.n < NAMED_OFTEN || best.n <= 2 * Math.max(second.n, count(US_PLACES, text))) return undefined;
  if (OWN_SIGN[best.h.code].test(text)) return undefined;
  return {code: best.h.code, why: `the text names ${best.h.country} ${best.n} times`};
}

// The home of an article from its text, else its web address's country domain ("….co.za"), else its outlet's
// name ("The Canadian Press"); undefined when none makes it plain.
export function homeOf(article: {text: string; outlet?: string; url?: string}): Home | undefined {
  const byText = homeOfText(article.text);
  if (byText) return byText;
  const host = article.url ? /^https?:\/\/([^/:?#]+)/i.exec(article.url)?.[1].toLowerCase() : undefined;
  const byDomain = host && HOMES.find((h) => host.endsWith(`.${h.domain}`));
  if (byDomain) return {code: byDomain.code, why: `the outlet's address ends in .${byDomain.domain}`};
  const byName = article.outlet && HOMES.find((h) => count(h.places, article.outlet!) > 0);
  if (byName) return {code: byName.code, why: `the outlet is ${article.outlet}`};
  return undefined;
}

// Words that make "R" before a number rand, near it: "the rand", "ZAR", "South Africa", "Johannesburg".
export const RAND_NEAR = new RegExp(`\\brand\\b|\\bZAR\\b|${HOMES.find((h) => h.code === "ZAR")!.places.source}`);
