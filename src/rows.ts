// Chart rows from the story model, under the reader's choice of rate basis: one function per chart type, the
// same for the static page, the reactive page, its downloads and the tests.
import {customBasis, toUsd, type Basis, type BasisKind} from "./basis.js";
import {formatMoney, formatRate} from "./format.js";
import type {FigureView, StoryModel} from "./model.js";
import type {BarsChart, ChartConfig, RankChart, RatesChart, SharesChart, TimelineChart} from "./story.js";

// The reader's one choice for every converted amount: a basis, and the rate of their own ({basis: "custom", rate:
// 100}), which applies to the amounts in the featured conversion's currency.
// `dollars`: "constant" restates every sum in US$ in the story's constant dollars (model.dollars), from the CPI of
// the months it is in; "then" (the default) leaves each in the dollars of its own time.
export type View = {basis?: BasisKind; rate?: number; dollars?: Dollars};
export type Dollars = "then" | "constant";

// A figure's sum in US$ (under `basis`, when it is not in US$) → the same in the story's constant dollars:
// US$30.6 bn at the 2021–23 mean × 313.548 ÷ 289.44 = US$33.2 bn in April 2024 dollars. Undefined without CPI.
export function constantUsd(model: StoryModel, figure: FigureView, usd: number, basis?: Basis): number | undefined {
  const from = model.deflators[figure.id]?.[figure.unit === "USD" ? "usd" : (basis?.basis ?? model.default_basis)];
  return model.dollars && from ? (usd * model.dollars.cpi) / from.cpi : undefined;
}

// In constant dollars when the view asks for them and the story has them.
const inView = (model: StoryModel, view: View, figure: FigureView, usd: number, basis?: Basis) =>
  view.dollars === "constant" ? (constantUsd(model, figure, usd, basis) ?? usd) : usd;

export function figureOf(model: StoryModel, id: string): FigureView {
  const f = model.figures.find((d) => d.id === id);
  if (!f) throw new Error(`no figure "${id}" in data/figures.csv`);
  return f;
}

export function chartOf<T extends ChartConfig["type"]>(model: StoryModel, id: string, type?: T) {
  const c = model.charts.find((d) => d.id === id);
  if (!c || (type && c.type !== type)) throw new Error(`no ${type ?? ""} chart "${id}" in data/story.json`);
  return c as Extract<ChartConfig, {type: T}>;
}

// The currency the reader's own rate is in: that of the story's first conversion (its sweep has the slider).
export const sliderCurrency = (model: StoryModel) => model.conversions[0]?.currency;

// The basis a foreign amount is shown under: the reader's choice, where the amount has it, else the default.
export function basisFor(model: StoryModel, figure: FigureView, view: View = {}): Basis {
  const bases = model.fx[figure.id] ?? {};
  if (view.basis === "custom" && view.rate && view.rate > 0 && figure.unit === sliderCurrency(model))
    return customBasis(figure.unit, view.rate);
  const kind = view.basis && view.basis !== "custom" ? view.basis : model.default_basis;
  const basis = bases[kind] ?? bases[model.default_basis] ?? bases.spot;
  if (!basis) throw new Error(`no ${figure.unit} rate for "${figure.id}"`);
  return basis;
}

export type BarRow = {
  label: string;
  value_usd: number;
  kind: "reported" | "derived"; // derived: converted to US$ at `rate`
  figure_id: string;
  basis: string;
  rate: number | null;
  source: string;
};

const round4 = (x: number) => Math.round(x * 10000) / 10000;

// Money in US$, largest first; a foreign amount is converted under the view and drawn as derived.
export function barRows(model: StoryModel, chart: BarsChart, view: View = {}): BarRow[] {
  return chart.bars
    .map(({figure, label}) => {
      const f = figureOf(model, figure);
      if (f.unit === "USD")
        return {
          label,
          value_usd: Math.round(inView(model, view, f, f.value)),
          kind: "reported" as const,
          figure_id: f.id,
          basis: "",
          rate: null,
          source: f.source
        };
      const b = basisFor(model, f, view);
      return {
        label,
        value_usd: Math.round(inView(model, view, f, toUsd(f.value, f.unit, b), b)),
        kind: "derived" as const,
        figure_id: f.id,
        basis: b.basis,
        rate: round4(b.rate),
        source: `${f.text} at ${formatRate(b.rate)} ${f.unit} per US$ (${b.label})`
      };
    })
    .sort((a, b) => b.value_usd - a.value_usd);
}

export type BasisMark = {
  basis: string;
  label: string;
  rate: number;
  value: number; // the amount, in its currency
  value_usd: number;
};

// The amount under each published basis, then the chosen one: for the sweep chart's marks and its table.
export function basisMarks(model: StoryModel, figureId: string): BasisMark[] {
  const f = figureOf(model, figureId);
  return Object.values(model.fx[f.id] ?? {}).map((b) => mark(f, b!));
}

function mark(f: FigureView, b: Basis): BasisMark {
  return {
    basis: b.basis,
    label: b.label,
    rate: round4(b.rate),
    value: f.value,
    value_usd: Math.round(toUsd(f.value, f.unit, b))
  };
}

export function chosenMark(model: StoryModel, figureId: string, view: View = {}): BasisMark {
  const f = figureOf(model, figureId);
  return mark(f, basisFor(model, f, view));
}

// The amount in US$ at every rate of the sweep: 3.9e12 JPY at 100..160 → US$39 bn..US$24.4 bn.
export function sweepRows(model: StoryModel, figureId: string): {rate: number; value_usd: number}[] {
  const c = model.conversions.find((d) => d.figure === figureId);
  if (!c) throw new Error(`"${figureId}" is not among the conversions in data/story.json`);
  const f = figureOf(model, figureId);
  const n = Math.round((c.sweep.max - c.sweep.min) / c.sweep.step);
  return Array.from({length: n + 1}, (_, i) => {
    const rate = Number((c.sweep.min + i * c.sweep.step).toPrecision(12));
    return {rate, value_usd: Math.round(f.value / rate)};
  });
}

// "At 127.27 yen per dollar, 2021–23 average, ¥3.9 trillion was worth US$30.6 billion."
export function conversionSentence(
  model: StoryModel,
  figureId: string,
  view: View = {}
): {rate: string; label: string; amount: string; usd: string; value_usd: number; constant: string} {
  const f = figureOf(model, figureId);
  const m = chosenMark(model, figureId, view);
  // "US$33.2 billion in April 2024 dollars", when the story has CPI data
  const constant = constantUsd(model, f, m.value_usd, basisFor(model, f, view));
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
  label: string; // the amount's bar label, or its entity
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
  const labels = new Map<string, string>();
  for (const c of model.charts) if (c.type === "bars") for (const b of c.bars) labels.set(b.figure, b.label);
  return model.conversions
    .map((c) => {
      const f = figureOf(model, c.figure);
      const m = chosenMark(model, c.figure, view);
      const b = basisFor(model, f, view);
      const constant = constantUsd(model, f, m.value_usd, b);
      return {
        figure_id: f.id,
        label: labels.get(f.id) ?? f.entity ?? "",
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

export interface RateRow {
  date: Date;
  rate: number;
}

// The daily (or monthly) rates a rates chart draws, with the averaging window and its dated annotations.
export function rateRows(model: StoryModel, chart: RatesChart) {
  const s = model.series[chart.currency];
  const from = chart.from ?? "";
  const to = chart.to ?? "9999";
  const rows: RateRow[] = (s?.points ?? [])
    .filter(([d]) => d >= from && d <= to)
    .map(([d, rate]) => ({date: new Date(d), rate}));
  // The window shaded is that of the first conversion in the chart's currency.
  const featured = model.conversions.find((c) => c.currency === chart.currency);
  const mean = featured && model.fx[featured.figure]?.mean;
  const window =
    mean && mean.window_start
      ? {start: new Date(mean.window_start), end: new Date(mean.window_end), mean: mean.rate, label: mean.label}
      : undefined;
  const annotations = (chart.annotations ?? []).map((a) => {
    const f = figureOf(model, a.figure);
    const day = [...rows].reverse().find((r) => r.date <= new Date(f.as_of)) ?? rows[0];
    return {date: day.date, rate: day.rate, label: a.label, note: a.note ?? "", figure_id: f.id};
  });
  return {rows, window, annotations, frequency: s?.frequency ?? "daily", source: s?.source ?? ""};
}

export function rankRow(model: StoryModel, chart: RankChart) {
  const f = figureOf(model, chart.figure);
  const of = figureOf(model, chart.of);
  return {
    id: f.id,
    label: chart.label,
    subject: chart.subject,
    value: f.value,
    of: of.value,
    source: of.in_article ? f.source : of.source
  };
}

export type ShareRow = {
  id: string;
  label: string;
  value: number;
  of: number;
  share: number;
  text: string; // "7 of 1,200"
};

export function shareRows(model: StoryModel, chart: SharesChart): ShareRow[] {
  return chart.rows.map((r) => {
    const [a, b] = [figureOf(model, r.figure), figureOf(model, r.of)];
    return {
      id: a.id,
      label: r.label,
      value: a.value,
      of: b.value,
      share: Math.round((a.value / b.value) * 1e6) / 1e6,
      text: `${a.text} of ${b.text}`
    };
  });
}

export function timelineRows(
  model: StoryModel,
  chart: TimelineChart
): {date: Date; label: string; figure_id: string}[] {
  return chart.events
    .map((e) => ({date: new Date(figureOf(model, e.figure).as_of), label: e.label, figure_id: e.figure}))
    .sort((a, b) => +a.date - +b.date);
}
