// How big a sum is for a country: as a share of its GDP, or per person, over the years of the amount's own time,
// from the World Bank's series. ¥3.9 tn spent over 2021–23, at that time's average rate (US$30.6 bn), is 0.68% of
// Japan's mean yearly GDP in those years (US$4.50 tn).
import {toUsd, type Basis} from "./basis.js";
import {formatCount, formatMoney, formatRate, roundRate} from "../story/format.js";
import {parsePeriod} from "./period.js";
import {
  GDP_FILE,
  INDICATORS,
  POPULATION_FILE,
  WORLD_BANK_SOURCE,
  yearsMean,
  type WorldBankSeries
} from "./world-bank.js";

export interface Scale {
  op: "gdp_share" | "per_person";
  of: string; // the amount's figure id
  country: string; // "JPN"
  name: string; // "Japan"
  aggregate: boolean; // a region, income group or the World, not a country
  from: number; // the years whose mean GDP (or population) it is measured against
  to: number;
  latest: boolean; // the amount's years are past the data, or some of them: the years it has stand in
  firstYear: number; // the first and last years of the country's series
  lastYear: number;
  usd: number; // the amount in US$
  basis: string; // "" for an amount in US$, else the basis it was converted under: "2021–23 average"
  rate: number | null;
  denominator: number; // mean yearly GDP in US$, or mean population
  indicator: string; // "NY.GDP.MKTP.CD"
  file: string;
  source: string;
  value: number; // the share (0.0068), or US$ per person
  text: string; // how it was computed, for the figure's note
}

// The years an amount is measured against: those of its period, else of the window of the rate it was converted
// at, else of its as_of date. "2021..2023" → 2021–2023.
export function yearsOf(f: {period: string; as_of: string}, basis?: Basis): {from: number; to: number} {
  const p = f.period ? parsePeriod(f.period) : undefined;
  const [start, end] = p
    ? [p.start, p.end]
    : basis?.window_start
      ? [basis.window_start, basis.window_end]
      : [f.as_of, f.as_of];
  return {from: Number(start.slice(0, 4)), to: Number(end.slice(0, 4))};
}

const years = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);
// "Japan" → "Japan’s"; "United States" → "United States’"
const possessive = (name: string) => (name.endsWith("s") ? `${name}’` : `${name}’s`);

// A scale figure in words, with its years and source: "0.68% of Japan’s GDP (mean of 2021–2023; World Bank, World
// Development Indicators, NY.GDP.MKTP.CD)".
export function scaleSentence(s: Scale, printed: string): string {
  const what = s.op === "gdp_share" ? `of ${possessive(s.name)} yearly GDP` : `per person in ${s.name}`;
  const when = `${s.from === s.to ? "" : "mean of "}${years(s.from, s.to)}${s.latest ? `, the latest ${s.from === s.to ? "year" : "years"} with data` : ""}`;
  return `${printed} ${what} (${when}; ${s.source})`;
}

// The amount (`value` in `unit`, converted under `basis` when not in US$) against a country's series. An error
// says what is missing.
export function scaleOf(
  op: Scale["op"],
  f: {id: string; value: number; unit: string; period: string; as_of: string; text: string},
  basis: Basis | undefined,
  country: string,
  data: Map<string, WorldBankSeries>
): Scale | {error: string} {
  const file = op === "gdp_share" ? GDP_FILE : POPULATION_FILE;
  if (!data.size) return {error: `${file} is missing or empty: copy it into data/ or run npm run update-reference`};
  const series = data.get(country);
  if (!series) return {error: `no country or aggregate "${country}" in ${file}: use its ISO 3166-1 alpha-3 code`};
  if (f.unit !== "USD" && !basis) return {error: `"${f.id}" is in ${f.unit} and has no rate to convert it to US$`};
  const span = yearsOf(f, basis);
  const mean = yearsMean(series, span.from, span.to);
  if (!mean) return {error: `${file} has no ${series.name} values for ${years(span.from, span.to)} or before`};
  const usd = f.unit === "USD" ? f.value : toUsd(f.value, f.unit, basis!);
  const value =
    op === "gdp_share" ? Math.round((usd / mean.value) * 1e6) / 1e6 : Math.round((usd / mean.value) * 100) / 100;
  // The years with data, and what stood in for those without: "mean of 2022–2023, of 2022–2025 (2 years not yet in …)".
  const gap = mean.latest
    ? `, the latest year in ${file}`
    : mean.missing
      ? `, the years of ${years(span.from, span.to)} in ${file} (${mean.missing} not yet in it)`
      : "";
  const when = `${mean.from === mean.to ? "in" : "mean of"} ${years(mean.from, mean.to)}${gap}`;
  const amount =
    f.unit === "USD"
      ? formatMoney(usd, "USD")
      : `${formatMoney(usd, "USD")} (${f.text} at ${formatRate(basis!.rate)} per US$, ${basis!.label})`;
  const what =
    op === "gdp_share"
      ? `${possessive(series.name)} yearly GDP (${when}), ${formatMoney(mean.value, "USD")}`
      : `${possessive(series.name)} population (${when}), ${formatCount(Math.round(mean.value))}`;
  const indicator = op === "gdp_share" ? INDICATORS.gdp : INDICATORS.population;
  return {
    op,
    of: f.id,
    country,
    name: series.name,
    aggregate: series.aggregate,
    from: mean.from,
    to: mean.to,
    latest: mean.latest || mean.missing > 0,
    firstYear: Math.min(...series.values.keys()),
    lastYear: Math.max(...series.values.keys()),
    usd: Math.round(usd),
    basis: f.unit === "USD" ? "" : basis!.label,
    rate: f.unit === "USD" ? null : roundRate(basis!.rate),
    denominator: Math.round(mean.value),
    indicator,
    file,
    source: `${WORLD_BANK_SOURCE} (${indicator})`,
    value,
    text: `${amount} over ${what}; ${WORLD_BANK_SOURCE}, ${indicator}`
  };
}
