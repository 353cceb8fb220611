// What the page shows of the conversions under the reader's view, besides their charts: the sentence under the
// switch and the table of every converted amount. Chart rows are each chart type's own (src/charts).
import {formatMoney, formatRate} from "./format.js";
import type {FigureView, StoryModel} from "./model.js";
import type {View} from "../charts/chart-type.js";
import {amountLabels} from "../charts/story-charts.js";
import {markOf} from "../charts/sweep.js";
import {basisIn, constantUsd, figureIn, storyTables} from "../charts/story-tables.js";

export const figureOf = (model: StoryModel, id: string): FigureView => figureIn(model, id);

// "At 127.27 yen per dollar, 2021–23 average, ¥3.9 trillion was worth US$30.6 billion."
export function conversionSentence(
  model: StoryModel,
  figureId: string,
  view: View = {}
): {rate: string; label: string; amount: string; usd: string; value_usd: number; constant: string} {
  const tables = storyTables(model);
  const f = figureIn(tables, figureId);
  const b = basisIn(tables, f, view);
  const m = markOf(f, b);
  // "US$33.2 billion in April 2024 dollars", when the story has CPI data
  const constant = constantUsd(tables, f, m.value_usd, b);
  return {
    rate: formatRate(m.rate),
    label: m.label,
    amount: f.text,
    usd: formatMoney(m.value_usd, "USD"),
    value_usd: m.value_usd,
    // Nothing to add when the sum is already in those dollars (at the article's rate, say).
    constant:
      constant === undefined || formatMoney(constant, "USD") === formatMoney(m.value_usd, "USD")
        ? ""
        : `${formatMoney(constant, "USD")} in ${model.dollars!.label}`
  };
}

export type ConversionRow = {
  figure_id: string;
  label: string; // the amount's label in the registry, else its bar label, else its entity
  amount: string; // "2.8 trillion won"
  period: string; // figures.csv's period: "2026"; "" for the publication date
  basis: string;
  rate: number;
  rate_label: string; // "2026 average", "rate on 2025-09-01"
  value_usd: number;
  value_constant_usd: number | null; // in the story's constant dollars; null without CPI data
  note: string; // why this window: "the money is yet to be spent at publication: …"
};

// Every converted amount under the reader's view, largest in US$ first: the conversion table.
export function conversionRows(model: StoryModel, view: View = {}): ConversionRow[] {
  const tables = storyTables(model);
  const labels = amountLabels(tables.charts);
  return tables.conversions
    .map((c) => {
      const f = figureIn(tables, c.figure);
      const b = basisIn(tables, f, view);
      const m = markOf(f, b);
      const constant = constantUsd(tables, f, m.value_usd, b);
      return {
        figure_id: f.id,
        label: f.label || labels.get(f.id) || f.entity || "",
        amount: f.text,
        period: f.period,
        basis: m.basis,
        rate: m.rate,
        rate_label: m.label,
        value_usd: m.value_usd,
        value_constant_usd: constant === undefined ? null : Math.round(constant),
        note: b.note
      };
    })
    .sort((a, b) => b.value_usd - a.value_usd);
}
