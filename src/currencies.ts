// Currency symbols, codes and names → ISO 4217.

export interface Currency {
  code: string;
  name: string;
  symbol: string; // how the story prints it: "US$", "¥"
}

export const CURRENCIES: Record<string, Currency> = {
  USD: {code: "USD", name: "US dollar", symbol: "US$"},
  JPY: {code: "JPY", name: "Japanese yen", symbol: "¥"},
  EUR: {code: "EUR", name: "euro", symbol: "€"},
  GBP: {code: "GBP", name: "pound sterling", symbol: "£"},
  TWD: {code: "TWD", name: "New Taiwan dollar", symbol: "NT$"},
  CNY: {code: "CNY", name: "Chinese yuan", symbol: "CN¥"},
  KRW: {code: "KRW", name: "South Korean won", symbol: "₩"},
  HKD: {code: "HKD", name: "Hong Kong dollar", symbol: "HK$"},
  AUD: {code: "AUD", name: "Australian dollar", symbol: "A$"},
  CAD: {code: "CAD", name: "Canadian dollar", symbol: "C$"},
  SGD: {code: "SGD", name: "Singapore dollar", symbol: "S$"},
  NZD: {code: "NZD", name: "New Zealand dollar", symbol: "NZ$"},
  INR: {code: "INR", name: "Indian rupee", symbol: "₹"},
  CHF: {code: "CHF", name: "Swiss franc", symbol: "CHF"},
  BRL: {code: "BRL", name: "Brazilian real", symbol: "R$"},
  MXN: {code: "MXN", name: "Mexican peso", symbol: "MX$"}
};

// Symbols printed before the number, longest first so "US$" wins over "$". "$" alone is the US dollar.
export const PREFIXES: [string, string][] = (
  [
    ["U.S.$", "USD"],
    ["US$", "USD"],
    ["NT$", "TWD"],
    ["HK$", "HKD"],
    ["AU$", "AUD"],
    ["A$", "AUD"],
    ["CA$", "CAD"],
    ["C$", "CAD"],
    ["S$", "SGD"],
    ["NZ$", "NZD"],
    ["R$", "BRL"],
    ["MX$", "MXN"],
    ["CN¥", "CNY"],
    ["RMB", "CNY"],
    ["Rs.", "INR"],
    ["Rs", "INR"],
    ["$", "USD"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["¥", "JPY"],
    ["￥", "JPY"],
    ["₩", "KRW"],
    ["₹", "INR"],
    ...Object.keys(CURRENCIES).map((code) => [code, code] as [string, string])
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

// Currency words printed after the number: "3.9 trillion yen", "20 billion US dollars".
export const SUFFIX_WORDS: [RegExp, string][] = [
  [/^(?:new taiwan|nt|taiwan(?:ese)?) dollars?$/i, "TWD"],
  [/^hong kong dollars?$/i, "HKD"],
  [/^(?:australian) dollars?$/i, "AUD"],
  [/^(?:canadian) dollars?$/i, "CAD"],
  [/^(?:singapore) dollars?$/i, "SGD"],
  [/^(?:u\.?s\.? )?dollars?$/i, "USD"],
  [/^yen$/i, "JPY"],
  [/^euros?$/i, "EUR"],
  [/^pounds?(?: sterling)?$/i, "GBP"],
  [/^(?:yuan|renminbi)$/i, "CNY"],
  [/^won$/i, "KRW"],
  [/^rupees?$/i, "INR"],
  [/^swiss francs?$/i, "CHF"]
];

export function isCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCIES, code);
}

// "yen" → "JPY"; "US dollars" → "USD"
export function currencyOfWord(words: string): string | undefined {
  for (const [pattern, code] of SUFFIX_WORDS) if (pattern.test(words)) return code;
  return undefined;
}
