// Currency symbols, codes and names → ISO 4217.

export interface Currency {
  code: string;
  name: string;
  symbol: string; // how the story prints it: "US$", "¥", "NOK " (a code with its space, where no symbol is clear)
}

// [code, name, symbol]. Historical currencies keep their own ISO 4217 codes (FRF, DEM…), never the euro.
const TABLE: [string, string, string][] = [
  ["USD", "US dollar", "US$"],
  ["JPY", "Japanese yen", "¥"],
  ["EUR", "euro", "€"],
  ["GBP", "pound sterling", "£"],
  ["TWD", "New Taiwan dollar", "NT$"],
  ["CNY", "Chinese yuan", "CN¥"],
  ["KRW", "South Korean won", "₩"],
  ["HKD", "Hong Kong dollar", "HK$"],
  ["AUD", "Australian dollar", "A$"],
  ["CAD", "Canadian dollar", "C$"],
  ["SGD", "Singapore dollar", "S$"],
  ["NZD", "New Zealand dollar", "NZ$"],
  ["INR", "Indian rupee", "₹"],
  ["CHF", "Swiss franc", "CHF"],
  ["BRL", "Brazilian real", "R$"],
  ["MXN", "Mexican peso", "MX$"],
  ["MYR", "Malaysian ringgit", "RM"],
  ["TRY", "Turkish lira", "₺"],
  ["NGN", "Nigerian naira", "₦"],
  ["PHP", "Philippine peso", "₱"],
  ["VND", "Vietnamese dong", "₫"],
  ["ILS", "Israeli new shekel", "₪"],
  ["CRC", "Costa Rican colón", "₡"],
  ["GEL", "Georgian lari", "₾"],
  ["LAK", "Lao kip", "₭"],
  ["RUB", "Russian ruble", "₽"],
  ["UAH", "Ukrainian hryvnia", "₴"],
  ["THB", "Thai baht", "฿"],
  // More currencies of news copy, printed by code: their rates come from data/fx-other.csv.
  ["IDR", "Indonesian rupiah", "Rp"],
  ["SAR", "Saudi riyal", "SAR "],
  ["AED", "UAE dirham", "AED "],
  ["QAR", "Qatari riyal", "QAR "],
  ["KWD", "Kuwaiti dinar", "KWD "],
  ["EGP", "Egyptian pound", "EGP "],
  ["PKR", "Pakistani rupee", "PKR "],
  ["BDT", "Bangladeshi taka", "BDT "],
  ["KES", "Kenyan shilling", "KES "],
  ["GHS", "Ghanaian cedi", "GHS "],
  ["ARS", "Argentine peso", "ARS "],
  ["CLP", "Chilean peso", "CLP "],
  ["COP", "Colombian peso", "COP "],
  ["PEN", "Peruvian sol", "PEN "],
  ["PLN", "Polish zloty", "PLN "],
  ["CZK", "Czech koruna", "CZK "],
  ["HUF", "Hungarian forint", "HUF "],
  ["RON", "Romanian leu", "RON "],
  ["ISK", "Icelandic krona", "ISK "],
  ["KZT", "Kazakhstani tenge", "KZT "],
  // The other currencies of the monthly FRED rates (data/fx-monthly-fred.csv), printed by code: "kr" and "R"
  // alone would not say which krone or rand.
  ["DKK", "Danish krone", "DKK "],
  ["NOK", "Norwegian krone", "NOK "],
  ["SEK", "Swedish krona", "SEK "],
  ["ZAR", "South African rand", "ZAR "],
  ["LKR", "Sri Lankan rupee", "LKR "],
  ["FRF", "French franc", "FRF"],
  ["BEF", "Belgian franc", "BEF"],
  ["DEM", "Deutsche mark", "DM"],
  ["ESP", "Spanish peseta", "ESP"],
  ["NLG", "Dutch guilder", "NLG"],
  ["FIM", "Finnish markka", "FIM"],
  ["ITL", "Italian lira", "ITL"],
  ["ATS", "Austrian schilling", "ATS "],
  ["GRD", "Greek drachma", "GRD "],
  ["IEP", "Irish pound", "IEP "],
  ["PTE", "Portuguese escudo", "PTE "]
];

export const CURRENCIES: Record<string, Currency> = Object.fromEntries(
  TABLE.map(([code, name, symbol]) => [code, {code, name, symbol}])
);

export function isCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCIES, code);
}

// "JPY" → "yen per US dollar"; "EUR" → "euro per US dollar"
export function rateUnit(currency: string): string {
  const name = CURRENCIES[currency]?.name ?? currency;
  return `${currency === "JPY" ? "yen" : name} per US dollar`;
}
