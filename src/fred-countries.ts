// The `Country` names of the FRED monthly rates file → ISO 4217 codes, and which way each series is quoted.

export interface FredCountry {
  country: string; // as the file spells it: "South Korea"
  currency: string; // ISO 4217: "KRW"
  from?: string; // first month (YYYY-MM-01) the code applies to, when the country changed currency
  to?: string; // last month it applies to
  replacedBy?: string; // the currency that replaced it: "EUR" for the Deutsche Mark
}

// Euro-area currencies before the euro: their series stop in 2001-12 (Greece in 2000-12). They are kept under
// their own codes so an amount in francs or marks from before 2002 converts; after that an amount must be in EUR.
const LEGACY_EURO: [string, string][] = [
  ["Austria", "ATS"],
  ["Belgium", "BEF"],
  ["Finland", "FIM"],
  ["France", "FRF"],
  ["Germany", "DEM"],
  ["Greece", "GRD"],
  ["Ireland", "IEP"],
  ["Italy", "ITL"],
  ["Netherlands", "NLG"],
  ["Portugal", "PTE"],
  ["Spain", "ESP"]
];

// Every series in the file is already in units of the currency per US dollar, the five FRED quotes as US$ per unit
// (Australia, Euro, Ireland, New Zealand, United Kingdom) included: the compiling package inverted them. So nothing is
// inverted here: "Euro" 2024-04-01 is 0.9325 EUR per US$ (US$1.072 per euro), "United Kingdom" 1985-02-01 is
// 0.9148 GBP per US$ (the pound's low of about US$1.09); inverting them again would be wrong.
export const FRED_COUNTRIES: FredCountry[] = [
  ...(
    [
      ["Australia", "AUD"],
      ["Brazil", "BRL"],
      ["Canada", "CAD"],
      ["China", "CNY"],
      ["Denmark", "DKK"],
      ["Euro", "EUR"],
      ["Hong Kong", "HKD"],
      ["India", "INR"],
      ["Japan", "JPY"],
      ["Malaysia", "MYR"],
      ["Mexico", "MXN"],
      ["New Zealand", "NZD"],
      ["Norway", "NOK"],
      ["Singapore", "SGD"],
      ["South Africa", "ZAR"],
      ["South Korea", "KRW"],
      ["Sri Lanka", "LKR"],
      ["Sweden", "SEK"],
      ["Switzerland", "CHF"],
      ["Taiwan", "TWD"],
      ["Thailand", "THB"],
      ["United Kingdom", "GBP"]
    ] as [string, string][]
  ).map(([country, currency]) => ({country, currency})),
  ...LEGACY_EURO.map(([country, currency]) => ({country, currency, replacedBy: "EUR"})),
  // The Venezuela series changes unit twice without saying so: bolívares fuertes up to 2018-08 (9.9750 in
  // 2018-01), bolívares soberanos from 2018-09 (61.4953, 1 VES = 100,000 VEF), digital bolívares from 2021-11
  // (4.4848, 1 VED = 1,000,000 VES). Each stretch gets its own code, so no amount is converted across a change.
  {country: "Venezuela", currency: "VEF", to: "2018-08-01", replacedBy: "VES"},
  {country: "Venezuela", currency: "VES", from: "2018-09-01", to: "2021-10-01", replacedBy: "VED"},
  {country: "Venezuela", currency: "VED", from: "2021-11-01"}
];

// "Japan", "2024-04-01" → the Japan entry; "Venezuela", "2020-01-01" → the VES entry; unknown → undefined.
export function fredCountry(country: string, month: string): FredCountry | undefined {
  return FRED_COUNTRIES.find((c) => c.country === country && (!c.from || month >= c.from) && (!c.to || month <= c.to));
}

// "EUR" → the Euro entry (the first, for a code that several countries' stretches share).
export function fredCountryOf(currency: string): FredCountry | undefined {
  return FRED_COUNTRIES.find((c) => c.currency === currency);
}
