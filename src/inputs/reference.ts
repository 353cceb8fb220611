// How far each reference series reaches: the rates of the story's currencies, CPI-U, and the World Bank's GDP and
// population, each with its first and last date ("2024-12-31", "2026-05", "2023").
import {CPI_FILE} from "../money/cpi.js";
import type {Project} from "../project/types.js";
import {GDP_FILE, POPULATION_FILE} from "../money/world-bank.js";

export interface ReferenceAge {
  series: string; // "JPY per US$, daily"
  file: string;
  first: string; // as precise as the series: a day, a month or a year
  last: string;
}

export function referenceAges(p: Pick<Project, "series" | "figures" | "cpi" | "scales">): ReferenceAge[] {
  const currencies = new Set(p.figures.filter((f) => /^[A-Z]{3}$/.test(f.unit) && f.unit !== "USD").map((f) => f.unit));
  const rates = p.series
    .filter((s) => currencies.has(s.currency) && s.points.length)
    .map((s) => ({
      series: `${s.currency} per US$, ${s.frequency}`,
      file: s.file,
      first: s.frequency === "monthly" ? s.points[0].date.slice(0, 7) : s.points[0].date,
      last: s.frequency === "monthly" ? s.points.at(-1)!.date.slice(0, 7) : s.points.at(-1)!.date
    }));
  const cpi = p.cpi.length
    ? [{series: "US CPI-U, monthly", file: CPI_FILE, first: p.cpi[0].month, last: p.cpi.at(-1)!.month}]
    : [];
  // The World Bank files reach different years for each country: the years of the countries the story measures.
  const scales = Object.values(p.scales).map((s) => ({
    series: `${s.op === "gdp_share" ? "GDP" : "Population"}, ${s.name}, yearly`,
    file: s.op === "gdp_share" ? GDP_FILE : POPULATION_FILE,
    first: String(s.firstYear),
    last: String(s.lastYear)
  }));
  const unique = [...new Map(scales.map((s) => [s.series, s])).values()];
  return [...rates, ...cpi, ...unique];
}
