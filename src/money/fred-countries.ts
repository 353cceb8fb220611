// The `Country` names of the FRED monthly rates file → ISO 4217 codes, and which way each series is quoted.

export interface FredCountry {
  country: string; // as the file spells it: "South Korea"
  currency: string; // ISO 4217: "KRW"
  from?: string; // first month (YYYY-MM-01) the code applies to, when the country changed currency
  to?: string; // last month it applies to
  replacedBy?: string; // the currency that replaced it: "EUR" for the Deutsche Mark
  fred?: string; // the FRED monthly series that npm run update-reference fetches for it: "EXJPUS"
  usdPerUnit?: boolean; // FRED quotes it in US$ per unit ("EXUSEU"): the file keeps units per US$, so it is inverted
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
      ["Australia", "AUD", "EXUSAL", true],
      ["Brazil", "BRL", "EXBZUS"],
      ["Canada", "CAD", "EXCAUS"],
      ["China", "CNY", "EXCHUS"],
      ["Denmark", "DKK", "EXDNUS"],
      ["Euro", "EUR", "EXUSEU", true],
      ["Hong Kong", "HKD", "EXHKUS"],
      ["India", "INR", "EXINUS"],
      ["Japan", "JPY", "EXJPUS"],
      ["Malaysia", "MYR", "EXMAUS"],
      ["Mexico", "MXN", "EXMXUS"],
      ["New Zealand", "NZD", "EXUSNZ", true],
      ["Norway", "NOK", "EXNOUS"],
      ["Singapore", "SGD", "EXSIUS"],
      ["South Africa", "ZAR", "EXSFUS"],
      ["South Korea", "KRW", "EXKOUS"],
      ["Sri Lanka", "LKR", "EXSLUS"],
      ["Sweden", "SEK", "EXSDUS"],
      ["Switzerland", "CHF", "EXSZUS"],
      ["Taiwan", "TWD", "EXTAUS"],
      ["Thailand", "THB", "EXTHUS"],
      ["United Kingdom", "GBP", "EXUSUK", true]
    ] as [string, string, string, boolean?][]
  ).map(([country, currency, fred, usdPerUnit]) => ({country, currency, fred, ...(usdPerUnit ? {usdPerUnit} : {})})),
  ...LEGACY_EURO.map(([country, currency]) => ({country, currency, replacedBy: "EUR"})),
  // The Venezuela series changes unit twice without saying so: bolívares fuertes up to 2018-08 (9.9750 in
  // 2018-01), bolívares soberanos from 2018-09 (61.4953, 1 VES = 100,000 VEF), digital bolívares from 2021-11
  // (4.4848, 1 VED = 1,000,000 VES). Each stretch gets its own code, so no amount is converted across a change.
  {country: "Venezuela", currency: "VEF", to: "2018-08-01", replacedBy: "VES"},
  {country: "Venezuela", currency: "VES", from: "2018-09-01", to: "2021-10-01", replacedBy: "VED"},
  {country: "Venezuela", currency: "VED", from: "2021-11-01", fred: "EXVZUS"}
];

// "Japan", "2024-04-01" → the Japan entry; "Venezuela", "2020-01-01" → the VES entry; unknown → undefined.
export function fredCountry(country: string, month: string): FredCountry | undefined {
  return FRED_COUNTRIES.find((c) => c.country === country && (!c.from || month >= c.from) && (!c.to || month <= c.to));
}

// "EUR" → the Euro entry (the first, for a code that several countries' stretches share).
export function fredCountryOf(currency: string): FredCountry | undefined {
  return FRED_COUNTRIES.find((c) => c.currency === currency);
}
