export {linkConversions, type Conversion} from "./conversions.js";
export {CURRENCIES, currencyOfWord, isCurrency} from "./currencies.js";
export {toCsv, neutralise} from "./csv.js";
export {InputError, formatProblem, type Problem} from "./errors.js";
export {extractAmounts, type Kind, type Quantity} from "./extract.js";
export {formatCount, formatMoney, formatOrdinal, formatRate, formatShare} from "./format.js";
export * from "./fx.js";
export {
  DAILY_SOURCE,
  MONTHLY_SOURCE,
  dailySeries,
  parseMonthlyRates,
  type FxSeries,
  type RatePoint
} from "./fx-series.js";
export {FRED_COUNTRIES, fredCountry, fredCountryOf, type FredCountry} from "./fred-countries.js";
export {parseNumeral, scaleNumeral, scaleExponent} from "./numbers.js";
export {PATHS, basisOf, buildProject, lineOf, type Project, type ProjectFiles} from "./project.js";
export {parseDailyRates} from "./rates.js";
export {parseDerive, parseRegistry, type Figure} from "./registry.js";
export {sentenceSpans} from "./sentences.js";
export * from "./settings.js";
export * from "./tables.js";
export * from "./catalog.js";
