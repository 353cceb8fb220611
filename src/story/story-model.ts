// The shape of the story model (data/tables/model.json): every figure formatted with its provenance, the rate bases
// of each amount, the charts, the rates they draw. Types only, low in the graph: src/story/model.ts builds it, the charts'
// tables read it.
import type {Basis, BasisKind} from "../money/basis.js";
import type {Deflators, DollarsOf} from "../money/cpi.js";
import type {ChartConfig} from "../charts/config.js";
import type {ArticleMeta} from "../inputs/meta.js";

export interface FigureView {
  id: string;
  entity: string;
  category: string;
  kind: string; // reported or derived
  status: string; // checked, or draft until a person has checked it
  value: number;
  unit: string;
  as_of: string;
  in_article: boolean;
  quote: string;
  source: string;
  note: string;
  period: string; // the time the amount refers to: "2026", "2021..2023"; "" for the publication date
  label: string; // what charts and tables call it: "AWS cloud expansion"; "" for none
  text: string; // as the story prints it: "US$14 billion"
  provenance: string; // "“…US$14 billion…” — article (AFP, …)"
}

export interface ConversionView {
  figure: string;
  currency: string;
  article_usd?: string;
  sweep: {min: number; max: number; step: number}; // the rates the sweep chart and the slider span
}

export interface SeriesView {
  currency: string;
  frequency: "daily" | "monthly";
  source: string;
  points: [string, number][]; // [ISO date, units per US$]
}

export interface StoryModel {
  meta: ArticleMeta;
  headline: string;
  default_basis: Exclude<BasisKind, "custom">;
  figures: FigureView[];
  fx: Record<string, Partial<Record<Exclude<BasisKind, "custom">, Basis>>>; // figure id → its bases
  conversions: ConversionView[];
  sweeps: string[]; // the figures whose rate sweep the story shows: each ::: conversion, the first of ::: conversions
  charts: ChartConfig[]; // labels with their citations resolved to text
  series: Record<string, SeriesView>; // currency → the rates its charts draw
  notes: string[]; // figure ids in footnote order
  dollars?: DollarsOf; // the month whose dollars the constant-dollar measure is in, when data/ has CPI-U
  deflators: Record<string, Deflators>; // money figure id → the mean CPI of the months each US$ value of it is in
}
