// A converted amount's dollar value across exchange rates, the published bases and the reader's chosen one marked:
// the chart a conversion brings (::: conversion chip_subsidies → "conversion-chip_subsidies"), not one story.json
// lists.
import * as Plot from "@observablehq/plot";
import {toUsd, type Basis} from "../money/basis.js";
import {rateUnit} from "../amounts/currencies.js";
import {axisScale, formatMoney, formatRate, roundRate} from "../story/format.js";
import type {FigureView} from "../story/story-model.js";
import type {ChartConfig, ChartType} from "./chart-type.js";
import {asImage, capitalise, FAINT, FOCUS, MUTED, NARROW} from "./marks.js";
import {basesOf, basisIn, figureIn, unique, type StoryTables} from "./story-tables.js";

export interface SweepChart extends ChartConfig {
  type: "sweep";
  figure: string;
}

export interface BasisMark {
  basis: string;
  label: string;
  rate: number;
  value: number; // the amount, in its currency
  value_usd: number;
}
// The published bases, then the chosen one ("chosen: mean"); the array carries the line and what it marks.
export type SweepRows = BasisMark[] & {
  sweep: {rate: number; value_usd: number}[];
  bases: BasisMark[];
  chosen: BasisMark;
  amount: string; // "¥3.9 trillion"
  unit: string; // "yen per US dollar"
};

// "chip_subsidies" → "conversion-chip_subsidies"
export const sweepId = (figure: string) => `conversion-${figure}`;

// The sweep chart of a conversion, as a chart config: its title from the amount.
export function sweepChart(tables: StoryTables, figure: string): SweepChart {
  const f = figureIn(tables, figure);
  return {id: sweepId(f.id), type: "sweep", title: `${f.text} in US dollars, by exchange rate`, figure: f.id};
}

export function markOf(f: FigureView, b: Basis): BasisMark {
  return {
    basis: b.basis,
    label: b.label,
    rate: roundRate(b.rate),
    value: f.value,
    value_usd: Math.round(toUsd(f.value, f.unit, b))
  };
}

// The amount in US$ at every rate of the sweep: 3.9e12 JPY at 100..160 → US$39 bn..US$24.4 bn.
function sweepOf(tables: StoryTables, f: FigureView): {rate: number; value_usd: number}[] {
  const c = tables.conversions.find((d) => d.figure === f.id);
  if (!c) throw new Error(`"${f.id}" is not among the conversions in data/story.json`);
  const n = Math.round((c.sweep.max - c.sweep.min) / c.sweep.step);
  return Array.from({length: n + 1}, (_, i) => {
    const rate = Number((c.sweep.min + i * c.sweep.step).toPrecision(12));
    return {rate, value_usd: Math.round(f.value / rate)};
  });
}

const sweep: ChartType<SweepChart, SweepRows> = {
  type: "sweep",

  parse: (raw, ctx) => ({figure: ctx.figure(raw.figure, "foreign")}),

  rows(tables, config, view) {
    const f = figureIn(tables, config.figure);
    const bases = basesOf(tables, f.id).map((b) => markOf(f, b));
    const chosen = markOf(f, basisIn(tables, f, view));
    return Object.assign([...bases, {...chosen, basis: `chosen: ${chosen.basis}`}], {
      sweep: sweepOf(tables, f),
      bases,
      chosen,
      amount: f.text,
      unit: rateUnit(f.unit)
    });
  },

  // The axes span the sweep's rows; the chosen point's label goes to its left near the right edge.
  plot(rows, {width, document}) {
    const {sweep, chosen, bases, amount, unit} = rows;
    const narrow = width < NARROW;
    const [lo, hi] = [sweep[0].rate, sweep[sweep.length - 1].rate];
    const top = Math.max(...sweep.map((d) => d.value_usd));
    const axis = axisScale(top); // "US$ billion", or thousand for the price of a car
    const right = chosen.rate > lo + (hi - lo) * 0.7;
    return asImage(
      Plot.plot({
        document,
        width,
        height: narrow ? 300 : 360,
        marginLeft: 44,
        marginRight: 20,
        marginTop: 24,
        x: {label: `${capitalise(unit)} →`, domain: [lo, hi], ticks: narrow ? 4 : 7},
        y: {
          label: `↑ US$${axis.word ? ` ${axis.word}` : ""}`,
          grid: true,
          tickFormat: (d: number) => `${d / axis.scale}`,
          nice: true,
          zero: false
        },
        ariaLabel: `Line chart of ${amount} in US dollars across exchange rates`,
        ariaDescription: `The dollar value falls from ${formatMoney(sweep[0].value_usd, "USD")} at ${sweep[0].rate} to ${formatMoney(sweep[sweep.length - 1].value_usd, "USD")} at ${sweep[sweep.length - 1].rate} ${unit}. Marked: ${chosen.label}, ${formatRate(chosen.rate)} ${unit}, ${formatMoney(chosen.value_usd, "USD")}.`,
        marks: [
          Plot.line(sweep, {x: "rate", y: "value_usd", stroke: MUTED, strokeWidth: 2}),
          Plot.ruleX(bases, {x: "rate", stroke: FAINT, strokeDasharray: "3,3"}),
          // Bases can sit a few hundredths apart: each label gets its own line, right-aligned on its rule.
          Plot.text(bases, {
            x: "rate",
            y: (_: BasisMark, i: number) => top * (1 - i * 0.05),
            text: (d: BasisMark) => (narrow ? d.basis : `${d.basis} ${formatRate(d.rate)}`),
            dx: -4,
            textAnchor: "end",
            fill: MUTED,
            fontSize: 11
          }),
          Plot.dot([chosen], {
            x: "rate",
            y: "value_usd",
            r: 7,
            fill: FOCUS,
            stroke: "var(--theme-background)",
            strokeWidth: 2,
            ariaLabel: "chosen rate"
          }),
          Plot.text([chosen], {
            x: "rate",
            y: "value_usd",
            text: (d: BasisMark) => `${formatMoney(d.value_usd, "USD")}\nat ${formatRate(d.rate)}`,
            dx: right ? -12 : 12,
            dy: -22,
            textAnchor: right ? "end" : "start",
            fontWeight: "bold",
            lineHeight: 1.2
          })
        ]
      })
    );
  },

  // "¥3.9 trillion in US dollars at rates from 100 to 160 yen per US dollar: from US$39 billion to US$24.4 billion.
  // At the chosen rate, 153.30 (the article's own rate), it is US$25.4 billion."
  describe({sweep, chosen, amount, unit}) {
    const [first, last] = [sweep[0], sweep.at(-1)!];
    return (
      `${amount} in US dollars at rates from ${formatRate(first.rate)} to ${formatRate(last.rate)} ${unit}: from ` +
      `${formatMoney(first.value_usd, "USD")} to ${formatMoney(last.value_usd, "USD")}. At the chosen rate, ` +
      `${formatRate(chosen.rate)} (${chosen.label}), it is ${formatMoney(chosen.value_usd, "USD")}.`
    );
  },

  source(tables, config) {
    const f = figureIn(tables, config.figure);
    const sources = unique(basesOf(tables, f.id).map((b) => b.source));
    return `Source: ${f.in_article ? tables.story[0].byline : f.source}; rates: ${sources.join("; ")}. Dashed lines mark the published bases.`;
  },

  columns: (rows) => [
    {name: "basis", label: "Basis"},
    {name: "rate", label: capitalise(rows.unit), format: (v) => formatRate(v as number)},
    {name: "value_usd", label: "US$", format: (v) => formatMoney(v as number, "USD")}
  ],
  download: ["basis", "label", "rate", "value", "value_usd"],
  follows: () => true,
  filename: (_tables, config, rows) => `${config.id}-${rows.chosen.basis}.csv`
};

export default sweep;
