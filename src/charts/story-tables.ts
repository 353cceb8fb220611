// The story's data as named tables, each an array of objects, made from the story model (data/tables/model.json):
// what every chart type draws from, on the static page, on the live page and in the tests. Then the lookups a
// chart type needs: a figure by id, the rate a foreign amount is shown at under the reader's view, a sum in US$.
import {customBasis, toUsd, type Basis, type BasisKind} from "../money/basis.js";
import type {ConversionView, FigureView, StoryModel} from "../story/story-model.js";
import type {ChartConfig, View} from "./config.js";

export interface StoryRow {
  headline: string;
  published: string; // "2024-04-14"
  byline: string; // "AFP via Taipei Times (2024-04-14)"
  default_basis: Exclude<BasisKind, "custom">;
  dollars_month: string; // "2024-04": the month whose dollars constant-dollar sums are in; "" without CPI data
  dollars_label: string; // "April 2024 dollars"
  dollars_cpi: number | null;
  dollars_source: string;
}

export type BasisRow = Basis & {figure_id: string}; // a foreign amount under one published basis
export interface RateRow {
  currency: string;
  frequency: "daily" | "monthly";
  date: string; // "2024-04-10"
  per_usd: number;
}
export interface SeriesRow {
  currency: string;
  frequency: "daily" | "monthly";
  source: string;
}
export interface DeflatorRow {
  figure_id: string;
  basis: BasisKind | "usd"; // the basis its US$ value is under; "usd" for an amount in US$
  start: string; // "2021-01": the CPI months its US$ value is in
  end: string;
  cpi: number; // their mean CPI-U
}

export interface StoryTables {
  story: StoryRow[]; // one row
  figures: FigureView[]; // every figure, with its text as printed ("US$14 billion") and its provenance
  bases: BasisRow[]; // every foreign amount under each published basis: article, spot, mean
  conversions: ConversionView[]; // the amounts the story converts, with the span of their rate sweep
  rates: RateRow[]; // the rates the rates charts draw, units per US dollar
  series: SeriesRow[]; // where each currency's rates come from
  deflators: DeflatorRow[]; // for constant dollars
  charts: ChartConfig[]; // data/story.json's charts, citations in labels and notes as text
}

// The model → its tables: { figures: [{id: "aws_cloud", value: 14e9, unit: "USD", text: "US$14 billion", …}], … }.
export function storyTables(model: StoryModel): StoryTables {
  const {meta, dollars} = model;
  return {
    story: [
      {
        headline: model.headline,
        published: meta.published,
        byline: `${meta.agency ? `${meta.agency} via ` : ""}${meta.outlet} (${meta.published})`,
        default_basis: model.default_basis,
        dollars_month: dollars?.month ?? "",
        dollars_label: dollars?.label ?? "",
        dollars_cpi: dollars?.cpi ?? null,
        dollars_source: dollars?.source ?? ""
      }
    ],
    figures: model.figures,
    bases: Object.entries(model.fx).flatMap(([figure_id, bases]) =>
      Object.values(bases).map((b) => ({...b!, figure_id}))
    ),
    conversions: model.conversions,
    rates: Object.values(model.series).flatMap((s) =>
      s.points.map(([date, per_usd]) => ({currency: s.currency, frequency: s.frequency, date, per_usd}))
    ),
    series: Object.values(model.series).map(({currency, frequency, source}) => ({currency, frequency, source})),
    deflators: Object.entries(model.deflators).flatMap(([figure_id, d]) =>
      Object.entries(d).map(([basis, m]) => ({
        figure_id,
        basis: basis as DeflatorRow["basis"],
        start: m!.start,
        end: m!.end,
        cpi: m!.cpi
      }))
    ),
    charts: model.charts
  };
}

// A figure by id, from the tables or the model itself (both have `figures`).
export function figureIn(tables: Pick<StoryTables, "figures">, id: string): FigureView {
  const f = tables.figures.find((d) => d.id === id);
  if (!f) throw new Error(`no figure "${id}" in data/figures.csv`);
  return f;
}

// A chart of story.json by id, of a type when one is asked for.
export function chartIn<C extends ChartConfig>(tables: StoryTables, id: string, type?: string): C {
  const c = tables.charts.find((d) => d.id === id);
  if (!c || (type && c.type !== type)) throw new Error(`no ${type ?? ""} chart "${id}" in data/story.json`);
  return c as C;
}

// The published bases of a foreign amount, in the model's order: article, spot, mean.
export const basesOf = (tables: StoryTables, id: string): BasisRow[] => tables.bases.filter((b) => b.figure_id === id);

// The currency the reader's own rate is in: that of the story's first conversion (its sweep has the slider).
export const sliderCurrency = (tables: StoryTables) => tables.conversions[0]?.currency;

// The basis a foreign amount is shown under: the reader's choice, where the amount has it, else the default.
export function basisIn(tables: StoryTables, figure: FigureView, view: View = {}): Basis {
  const bases = basesOf(tables, figure.id);
  const {default_basis} = tables.story[0];
  if (view.basis === "custom" && view.rate && view.rate > 0 && figure.unit === sliderCurrency(tables))
    return customBasis(figure.unit, view.rate);
  const kind = view.basis && view.basis !== "custom" ? view.basis : default_basis;
  const find = (k: string) => bases.find((b) => b.basis === k);
  const basis = find(kind) ?? find(default_basis) ?? find("spot");
  if (!basis) throw new Error(`no ${figure.unit} rate for "${figure.id}"`);
  return basis;
}

// A figure's sum in US$ (under `basis`, when it is not in US$) → the same in the story's constant dollars:
// US$30.6 bn at the 2021–23 mean × 313.548 ÷ 289.44 = US$33.2 bn in April 2024 dollars. Undefined without CPI.
export function constantUsd(tables: StoryTables, figure: FigureView, usd: number, basis?: Basis): number | undefined {
  const {dollars_cpi, default_basis} = tables.story[0];
  const key = figure.unit === "USD" ? "usd" : (basis?.basis ?? default_basis);
  const from = tables.deflators.find((d) => d.figure_id === figure.id && d.basis === key);
  return dollars_cpi !== null && from ? (usd * dollars_cpi) / from.cpi : undefined;
}

// A money figure in US$ under the view, in constant dollars when the view asks for them and the story has them:
// ¥3.9 tn at the mean → {value_usd: 30.64e9, basis: {basis: "mean", rate: 127.27, …}}; US$14 bn → {value_usd: 14e9}.
export function usdIn(tables: StoryTables, figure: FigureView, view: View = {}): {value_usd: number; basis?: Basis} {
  const basis = figure.unit === "USD" ? undefined : basisIn(tables, figure, view);
  const usd = basis ? toUsd(figure.value, figure.unit, basis) : figure.value;
  const value_usd = view.dollars === "constant" ? (constantUsd(tables, figure, usd, basis) ?? usd) : usd;
  return basis ? {value_usd, basis} : {value_usd};
}

// "April 2024 dollars" when the reader asks for constant dollars and the story has them; else undefined.
export const constantLabel = (tables: StoryTables, view: View) =>
  view.dollars === "constant" && tables.story[0].dollars_label ? tables.story[0].dollars_label : undefined;

// The names of the sources of `ids`' figures, once each: for a chart's source line.
export const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];
