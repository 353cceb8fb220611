// The signs and letters printed before an amount and the currency each names: "C$5", "HK$", "Rs.500", "¥". The
// extractor reads them; the pages need only the table of currencies (currencies.ts).
import {CURRENCIES} from "./currencies.js";

// Letters printed before "$", with or without a space: "C$5", "c $5", "HK$", "AUD $", "S $1mil" → the dollar they
// name. "S" and "R" take a space only in capitals, and "A" none, so "a $5 fee" and "A $30 fee" stay US dollars.
// Lower case is read too ("hk $"), except for "US", which is also a word ("give us $5").
const DOLLAR_LETTERS: [string, string, boolean | "capital"][] = [
  // [letters, code, may be followed by a space (in capitals only)]
  ["US", "USD", true],
  ["U.S.", "USD", true],
  ["USD", "USD", true],
  ["NT", "TWD", true],
  ["TWD", "TWD", true],
  ["HK", "HKD", true],
  ["HKD", "HKD", true],
  ["AU", "AUD", true],
  ["AUD", "AUD", true],
  ["A", "AUD", false],
  ["CA", "CAD", true],
  ["CAD", "CAD", true],
  ["C", "CAD", true],
  ["S", "SGD", "capital"],
  ["SG", "SGD", true],
  ["SGD", "SGD", true],
  ["NZ", "NZD", true],
  ["NZD", "NZD", true],
  ["R", "BRL", "capital"],
  ["MX", "MXN", true]
];

// Symbols printed before the number ("¥3.9 trillion"). "$" alone is the US dollar unless context says
// otherwise (see dollar-context.ts).
const SYMBOLS: [string, string][] = [
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["￥", "JPY"],
  ["CN¥", "CNY"],
  ["₩", "KRW"],
  ["₹", "INR"],
  ["₺", "TRY"],
  ["₦", "NGN"],
  ["₱", "PHP"],
  ["₫", "VND"],
  ["₪", "ILS"],
  ["₡", "CRC"],
  ["₾", "GEL"],
  ["₭", "LAK"],
  ["₽", "RUB"],
  ["₴", "UAH"],
  ["฿", "THB"]
];

// Letter prefixes that are not ISO codes: "Rs 500", "Rmb50bn", "RM2.7 billion", "DM 5 million".
const LETTER_PREFIXES: [string, string][] = [
  ["Rs.", "INR"],
  ["Rs", "INR"],
  ["RMB", "CNY"],
  ["Rmb", "CNY"],
  ["rmb", "CNY"],
  ["RM", "MYR"],
  ["DM", "DEM"],
  ["Rp.", "IDR"], // "Rp. 220.39 trillion"
  ["Rp", "IDR"],
  ["SR", "SAR"],
  ["KSh", "KES"],
  // The dollar sign first, as Australian and some British copy writes it: "$US60 billion", "$A90 million".
  ["$US", "USD"],
  ["$A", "AUD"],
  ["$NZ", "NZD"],
  ["$HK", "HKD"]
];

// ISO codes printed before the number ("USD 5 million"), except those that are more often something else
// in tech news ("PHP 8" is the language).
const NOT_PREFIX_CODES = new Set(["PHP", "GEL", "ILS"]);

// Codes printed after the number that are not ISO 4217 codes: "12.5 billion RMB".
export const CODE_ALIASES: Record<string, string> = {RMB: "CNY"};

// Normalised prefix ("C$", "HK$", "RMB", "¥") → code.
const normalise = (prefix: string) => prefix.replace(/[\s\u00a0.]/g, "").toUpperCase();
const PREFIX_CODES = new Map<string, string>([
  ...DOLLAR_LETTERS.map(([letters, code]): [string, string] => [normalise(`${letters}$`), code]),
  ...[...SYMBOLS, ...LETTER_PREFIXES].map(([symbol, code]): [string, string] => [normalise(symbol), code]),
  ...Object.keys(CURRENCIES)
    .filter((code) => !NOT_PREFIX_CODES.has(code))
    .map((code): [string, string] => [code, code])
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyCase = (s: string) =>
  [...s].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escape(c))).join("");

// The prefixes in the order they are tried, each with the character it ends with: letters (the longest pattern
// first, and with a word boundary before them: "XUS$5" reads as "$5"), then symbols.
interface Alternative {
  pattern: string;
  last: string;
}
const byLength = (a: Alternative, b: Alternative) => b.pattern.length - a.pattern.length;
const letterAlternatives: Alternative[] = [
  ...DOLLAR_LETTERS.map(([l, code, spaced]) => ({
    pattern:
      spaced === "capital"
        ? `(?:${escape(l)}[ \\u00a0]|${anyCase(l)})\\$`
        : `${code === "USD" ? escape(l) : anyCase(l)}${spaced ? "[ \\u00a0]?" : ""}\\$`,
    last: "$"
  })),
  ...LETTER_PREFIXES.map(([l]) => ({pattern: escape(l), last: l.at(-1)!})),
  // ISO codes take a space before the number ("USD 5 million"), or none when a scale follows it ("USD25m",
  // "INR2 trillion"; extract.ts checks the scale): "ESP32" is a chip.
  ...Object.keys(CURRENCIES)
    .filter((c) => !NOT_PREFIX_CODES.has(c))
    .map((c) => ({pattern: `${escape(c)}(?=[ \\u00a0\\d])`, last: c.at(-1)!}))
].sort(byLength);
const symbolAlternatives: Alternative[] = SYMBOLS.map(([s]) => ({pattern: escape(s), last: s.at(-1)!})).sort(byLength);

// The prefix ending at a position, read backwards; group 1 is the prefix and its gap. One pattern for each
// character a prefix ends with, holding only the prefixes that end with it, in the same order: a number is
// tried only against those ("US$5" against the dollars, "in 2024" against none).
function lookbehind(last: string): RegExp {
  const ending = (alternatives: Alternative[]) => alternatives.filter((a) => a.last === last).map((a) => a.pattern);
  const letters = ending(letterAlternatives);
  const symbols = ending(symbolAlternatives);
  const branches = [
    ...(letters.length ? [`(?<![\\p{L}])(?:${letters.join("|")})[ \\u00a0]?`] : []),
    ...(symbols.length ? [`(?:${symbols.join("|")})[ \\u00a0]?`] : [])
  ];
  return new RegExp(`(?<=(${branches.join("|")}))`, "uy");
}
const PREFIX_ENDING_WITH = new Map(
  [...new Set([...letterAlternatives, ...symbolAlternatives].map((a) => a.last))].map((c) => [c, lookbehind(c)])
);

// The prefix with its gap that ends at `at`, where a number starts: "spent US$ 5" → "US$ ", "in 2024" → undefined.
export function prefixEndingAt(text: string, at: number): string | undefined {
  const gap = text[at - 1] === " " || text[at - 1] === "\u00a0" ? 1 : 0;
  const re = PREFIX_ENDING_WITH.get(text[at - 1 - gap]);
  if (!re) return undefined;
  re.lastIndex = at;
  return re.exec(text)?.[1];
}

// The longest prefix with its gap ("U.S. $ "): how far back a number's prefix can start.
export const PREFIX_MAX = 8;

// "c $" → "CAD"; "Rmb" → "CNY"; "U.S.$" → "USD"
export function codeOfPrefix(prefix: string): string | undefined {
  // Every key is its own normal form, so a prefix printed as its key ("US$", "$") needs no normalising.
  return PREFIX_CODES.get(prefix) ?? PREFIX_CODES.get(normalise(prefix));
}
