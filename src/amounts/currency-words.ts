// Currency names and sub-units printed after the number: "3.9 trillion yen", "2.4-trillion-yen", "40 cents".
import {isCurrency} from "./currencies.js";
import {CODE_ALIASES} from "./currency-prefixes.js";

// A word whose currency depends on the sentence it is in ("$", "dollars", "cents", "francs"): its family's
// default applies unless the sentence names one other member (see currency-context.ts). "R" before a number
// ("R18bn") is rand only where the article is South African or its text says so.
export type Family = "dollar" | "franc" | "rand";

interface Word {
  pattern: string; // regular expression source, matched case-insensitively
  code: string;
  family?: Family; // set on the bare, ambiguous word only
  exponent?: number; // sub-units: -2 for a hundredth
  lowerEnd?: string; // counts only when it ends in this word in lower case: "sen", but not the name "Sen"
}

const D = String.raw`dollars?`;
const WORDS: Word[] = [
  {pattern: String.raw`(?:new taiwan|nt|taiwan(?:ese)?)[ \u00a0]+${D}`, code: "TWD"},
  {pattern: String.raw`hong[ \u00a0]+kong[ \u00a0]+${D}`, code: "HKD"},
  {pattern: String.raw`australian[ \u00a0]+${D}`, code: "AUD"},
  {pattern: String.raw`canadian[ \u00a0]+${D}`, code: "CAD"},
  {pattern: String.raw`singapore(?:an)?[ \u00a0]+${D}`, code: "SGD"},
  {pattern: String.raw`new[ \u00a0]+zealand[ \u00a0]+${D}`, code: "NZD"},
  {pattern: String.raw`(?:u\.?s\.?|american)[ \u00a0]+${D}`, code: "USD"},
  {pattern: D, code: "USD", family: "dollar"},
  {pattern: String.raw`(?:u\.?s\.?[ \u00a0]+)cents?`, code: "USD", exponent: -2},
  {pattern: String.raw`australian[ \u00a0]+cents?`, code: "AUD", exponent: -2},
  {pattern: String.raw`canadian[ \u00a0]+cents?`, code: "CAD", exponent: -2},
  {pattern: String.raw`euro[ \u00a0]+cents?`, code: "EUR", exponent: -2},
  {pattern: String.raw`cents?`, code: "USD", family: "dollar", exponent: -2},
  {pattern: String.raw`pence|penny`, code: "GBP", exponent: -2},
  // "sen" is a hundredth of the yen (and of the ringgit); the yen is the default, in lower case only.
  {pattern: String.raw`sen`, code: "JPY", exponent: -2, lowerEnd: "sen"},
  {pattern: String.raw`(?:japanese[ \u00a0]+)?yen`, code: "JPY"},
  {pattern: String.raw`euros?`, code: "EUR"},
  {pattern: String.raw`(?:british[ \u00a0]+)?pounds?(?:[ \u00a0]+sterling)?`, code: "GBP"},
  {pattern: String.raw`(?:chinese[ \u00a0]+)?(?:yuan|renminbi)`, code: "CNY"},
  {pattern: String.raw`(?:south[ \u00a0]+korean[ \u00a0]+)?won`, code: "KRW"},
  {pattern: String.raw`sri[ \u00a0]+lankan[ \u00a0]+rupees?`, code: "LKR"},
  {pattern: String.raw`(?:indian[ \u00a0]+)?rupees?`, code: "INR"},
  // Bare "kroner" is Danish or Norwegian: only the named ones count.
  {pattern: String.raw`danish[ \u00a0]+kron(?:er|e)`, code: "DKK"},
  {pattern: String.raw`norwegian[ \u00a0]+kron(?:er|e)`, code: "NOK"},
  {pattern: String.raw`(?:swedish[ \u00a0]+)?kron(?:or|a)`, code: "SEK"},
  {pattern: String.raw`(?:south[ \u00a0]+african[ \u00a0]+)?rand`, code: "ZAR", lowerEnd: "rand"}, // not "3 Rand analysts"
  {pattern: String.raw`(?:austrian[ \u00a0]+)?schillings?`, code: "ATS"},
  {pattern: String.raw`(?:greek[ \u00a0]+)?drachma[es]?`, code: "GRD"},
  {pattern: String.raw`irish[ \u00a0]+pounds?`, code: "IEP"},
  {pattern: String.raw`(?:portuguese[ \u00a0]+)?escudos?`, code: "PTE"},
  {pattern: String.raw`swiss[ \u00a0]+francs?`, code: "CHF"},
  {pattern: String.raw`french[ \u00a0]+francs?`, code: "FRF"},
  {pattern: String.raw`belgian[ \u00a0]+francs?`, code: "BEF"},
  // Bare "francs": the Swiss franc, the one still in use in a large economy, unless the sentence names another.
  {pattern: String.raw`francs?`, code: "CHF", family: "franc"},
  {pattern: String.raw`(?:deutsche?[ \u00a0]*marks?|d-marks?)`, code: "DEM"},
  {pattern: String.raw`(?:spanish[ \u00a0]+)?pesetas?`, code: "ESP"},
  {pattern: String.raw`(?:dutch[ \u00a0]+)?guilders?`, code: "NLG"},
  {pattern: String.raw`(?:finnish[ \u00a0]+)?markk?aa?`, code: "FIM"},
  {pattern: String.raw`(?:italian[ \u00a0]+)?lire`, code: "ITL"},
  {pattern: String.raw`(?:turkish[ \u00a0]+)?liras?`, code: "TRY"},
  {pattern: String.raw`(?:malaysian[ \u00a0]+)?ringgit`, code: "MYR"},
  {pattern: String.raw`(?:nigerian[ \u00a0]+)?naira`, code: "NGN"},
  {pattern: String.raw`philippine[ \u00a0]+pesos?`, code: "PHP"},
  {pattern: String.raw`mexican[ \u00a0]+pesos?`, code: "MXN"},
  {pattern: String.raw`(?:israeli[ \u00a0]+)?(?:new[ \u00a0]+)?shekels?`, code: "ILS"},
  {pattern: String.raw`vietnamese[ \u00a0]+dong|dong`, code: "VND"},
  {pattern: String.raw`(?:thai[ \u00a0]+)?baht`, code: "THB"},
  {pattern: String.raw`(?:russian[ \u00a0]+)?(?:roubles?|rubles?)`, code: "RUB"},
  {pattern: String.raw`(?:brazilian[ \u00a0]+)?reais`, code: "BRL"},
  {pattern: String.raw`(?:indonesian[ \u00a0]+)?rupiah`, code: "IDR"},
  {pattern: String.raw`qatari[ \u00a0]+riyals?`, code: "QAR"},
  {pattern: String.raw`(?:saudi[ \u00a0]+)?riyals?`, code: "SAR"},
  {pattern: String.raw`(?:uae[ \u00a0]+|emirati[ \u00a0]+)?dirhams?`, code: "AED"},
  {pattern: String.raw`kuwaiti[ \u00a0]+dinars?`, code: "KWD"},
  {pattern: String.raw`egyptian[ \u00a0]+pounds?`, code: "EGP"},
  {pattern: String.raw`pakistani[ \u00a0]+rupees?`, code: "PKR"},
  {pattern: String.raw`(?:bangladeshi[ \u00a0]+)?taka`, code: "BDT"},
  {pattern: String.raw`kenyan[ \u00a0]+shillings?`, code: "KES"},
  {pattern: String.raw`(?:ghanaian[ \u00a0]+)?cedis?`, code: "GHS"},
  {pattern: String.raw`argentine[ \u00a0]+pesos?`, code: "ARS"},
  {pattern: String.raw`chilean[ \u00a0]+pesos?`, code: "CLP"},
  {pattern: String.raw`colombian[ \u00a0]+pesos?`, code: "COP"},
  {pattern: String.raw`(?:polish[ \u00a0]+)?zlot(?:y|ys|ies)`, code: "PLN"},
  {pattern: String.raw`(?:czech[ \u00a0]+)?korun(?:a|y)`, code: "CZK"},
  {pattern: String.raw`(?:hungarian[ \u00a0]+)?forints?`, code: "HUF"},
  {pattern: String.raw`(?:kazakh(?:stani)?[ \u00a0]+)?tenge`, code: "KZT"}
];

// A name after a space or a hyphen ("3.9 trillion yen", "150.5-million-euro", "a 15-cent dividend").
const CURRENCY_WORD = new RegExp(
  String.raw`(?:[ \u00a0]+|-)(?:${WORDS.map((w) => `(${w.pattern})`).join("|")})(?![\p{L}])`,
  "iuy"
);
// A code after a space ("12.5 billion RMB") or a symbol written after the number ("300元", "50.000 ₫").
// A code or symbol after the number: "12.5 billion RMB", "5元", "3,400€", "500 €", "20 £".
const CODE_WORD = /[ \u00a0]+([A-Z]{3})(?![\p{L}])|([元円])|[ \u00a0]?([₫€£₹₩₺₦₱₽₴฿])(?![ \u00a0]?\d)/uy;
const AFTER_SYMBOLS: Record<string, string> = {
  元: "CNY",
  円: "JPY",
  "₫": "VND",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "₩": "KRW",
  "₺": "TRY",
  "₦": "NGN",
  "₱": "PHP",
  "₽": "RUB",
  "₴": "UAH",
  "฿": "THB"
};

// What a name, a code or a symbol after the number starts with: a space, a hyphen or the symbol.
const AFTER_FIRST = new Set([" ", "\u00a0", "-", ...Object.keys(AFTER_SYMBOLS)]);

export interface CurrencyAfter {
  end: number;
  code: string;
  family?: Family;
  exponent: number; // 0, or -2 for a sub-unit
}

// The currency named right after `at`, if any.
export function currencyAfter(text: string, at: number): CurrencyAfter | undefined {
  if (!AFTER_FIRST.has(text[at])) return undefined;
  CURRENCY_WORD.lastIndex = at;
  const m = CURRENCY_WORD.exec(text);
  if (m) {
    let i = 1;
    while (m[i] === undefined) i++;
    const word = WORDS[i - 1];
    if (word.lowerEnd && !m[i].endsWith(word.lowerEnd)) return undefined;
    if (word.code === "GBP" && poundOfWeight(text, at, at + m[0].length, m[i])) return undefined;
    return {end: at + m[0].length, code: word.code, family: word.family, exponent: word.exponent ?? 0};
  }
  CODE_WORD.lastIndex = at;
  const k = CODE_WORD.exec(text);
  if (!k) return undefined;
  const symbol = k[2] ?? k[3];
  if (symbol) return {end: at + k[0].length, code: AFTER_SYMBOLS[symbol], exponent: 0};
  const code = CODE_ALIASES[k[1]] ?? k[1];
  return isCurrency(code) ? {end: at + k[0].length, code, exponent: 0} : undefined;
}

// Words of weight, the body, torque and the kitchen near a "pound": "weighed", "lost", "dropping from", "flour",
// "a cup of", "chocolate".
const WEIGHT =
  /\b(?:weigh\w*|weight\w*|body|bodies|diet\w*|obes\w*|slimm\w*|lost|los(?:e|es|ing)|gain(?:ed|s|ing)?|dropp(?:ed|ing)|shed(?:ding)?|heav\w*|light(?:er|est)|lbs?|kilos?|kg|stones?|ounces?|oz|grams?|cups?|tablespoons?|teaspoons?|tbsp|tsp|recipes?|bak(?:e|ed|ing)|chopped|melted|flour|sugar|butter|chocolate|cheese|meat|beef|pork|fish|turkey|potatoes|baby|pumpkin)\b/i;

// Whether the "pound" read at [at, end) is a weight, not money: "275 pound-feet", "a 5 pound bag of flour",
// "dropped from 208 pounds". Sterling ("pounds sterling", "British pounds") is always money.
function poundOfWeight(text: string, at: number, end: number, word: string): boolean {
  if (/sterling|british/i.test(word)) return false;
  const after = text.slice(end, end + 40);
  if (/^[- \u00a0](?:feet|foot|force)\b/i.test(after)) return true;
  // "a 5 pound bag" (a pound as a unit of what follows), but "a five pound note" is money.
  if (
    /pound$/i.test(word) &&
    /^[ \u00a0]+(?!(?:note|notes|coin|coins|bill|bills|a|an|the|of|in|to|for|from|and|or|on|per|each)\b)[a-z]/.test(
      after
    )
  )
    return true;
  const sentenceStart = Math.max(text.lastIndexOf(".", at - 1), text.lastIndexOf("\n", at - 1), at - 80) + 1;
  return WEIGHT.test(text.slice(sentenceStart, at)) || WEIGHT.test(after.split(/[.;\n]/)[0]);
}

// "yen" → "JPY"; "US dollars" → "USD"; "francs" → "CHF" (the default)
export function currencyOfWord(words: string): string | undefined {
  const found = currencyAfter(` ${words}`, 0);
  return found && found.end === words.length + 1 ? found.code : undefined;
}
