// Units of a currency per US dollar over time: the averaging window shaded with its mean, annotated days marked and
// labelled. {"type": "rates", "currency": "JPY", "from": "2021-01-01", "to": "2024-12-31", "annotations": […]}
import * as Plot from "@observablehq/plot";
import {rateUnit} from "../amounts/currencies.js";
import {isIsoDate, isoDay} from "../inputs/dates.js";
import {formatOrdinal, formatRate} from "../story/format.js";
import type {FxSeries} from "../money/fx-series.js";
import type {ChartConfig, ChartType, Labelled} from "./chart-type.js";
import {asImage, capitalise, FAINT, FOCUS, longDay, MUTED, NARROW} from "./marks.js";
import {basesOf, figureIn} from "./story-tables.js";

export interface RatesChart extends ChartConfig {
  type: "rates";
  currency: string;
  from?: string; // ISO dates; default: the averaging window to the publication date
  to?: string;
  annotations?: (Labelled & {note?: string})[];
}

export interface RateDay {
  date: Date;
  rate: number;
}
export interface Annotation {
  date: Date;
  rate: number;
  label: string; // "Kishida–Biden summit"
  note: string; // "a 34-year low at the time"
  figure_id: string;
}
// The rates, with the chart-wide values as properties of the array: the averaging window shaded, the annotated days.
export type RateRows = RateDay[] & {
  window?: {start: Date; end: Date; mean: number; label: string};
  annotations: Annotation[];
  frequency: "daily" | "monthly";
  source: string;
  unit: string; // "yen per US dollar"
};

// The CSV's and the table's row of a day: {date: "2024-04-10", rate: 152.9}
const record = (r: RateDay) => ({date: isoDay(r.date), rate: r.rate});
// A long series is shown in the table one row in `step` (every 20th trading day), annotated days always.
const stepOf = (rows: RateRows) => Math.max(1, Math.round(rows.length / 50));

// Daily rates when they cover the dates (to within a week at either end), else monthly means.
function seriesFor(series: FxSeries[], currency: string, from: string, to: string): FxSeries | undefined {
  const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000;
  const covers = (d: FxSeries) =>
    d.points.length > 0 &&
    (d.points[0].date <= from || near(d.points[0].date, from)) &&
    (d.points.at(-1)!.date >= to || near(d.points.at(-1)!.date, to));
  return (
    series.find((d) => d.currency === currency && d.frequency === "daily" && covers(d)) ??
    series.find((d) => d.currency === currency && d.frequency === "monthly")
  );
}

const rates: ChartType<RatesChart, RateRows> = {
  type: "rates",

  parse(raw, ctx) {
    const currency = typeof raw.currency === "string" && /^[A-Z]{3}$/.test(raw.currency) ? raw.currency : "";
    if (!currency) ctx.problem(`${ctx.where} needs a "currency" (an ISO 4217 code such as "JPY")`);
    for (const k of ["from", "to"] as const)
      if (raw[k] !== undefined && !isIsoDate(String(raw[k])))
        ctx.problem(`${ctx.where}: "${k}" must be a YYYY-MM-DD date`);
    const annotations = raw.annotations === undefined ? [] : ctx.labelled(raw.annotations, "annotations", "dated");
    return {
      currency,
      ...(raw.from ? {from: String(raw.from)} : {}),
      ...(raw.to ? {to: String(raw.to)} : {}),
      annotations: annotations.map((a) => ({
        figure: a.figure,
        label: a.label,
        ...(typeof a.note === "string" ? {note: a.note} : {})
      }))
    };
  },

  // Its series from the project, cut to its dates: by default from the start of the earliest averaging window among
  // the amounts in its currency (else the story's default window) to the publication date.
  prepare(config, {published, window, fx, series, ratesFile, problem}) {
    const starts = Object.values(fx)
      .map((b) => b.mean)
      .filter((b) => b?.currency === config.currency)
      .map((b) => b!.window_start);
    const from = config.from ?? (starts.length ? starts.sort()[0] : window().start);
    const to = config.to ?? published;
    const s = seriesFor(series, config.currency, from, to);
    const points =
      s?.points.filter((d) => d.date >= from.slice(0, s.frequency === "monthly" ? 7 : 10) && d.date <= to) ?? [];
    if (!s || points.length < 2) {
      problem(`chart "${config.id}": no ${config.currency} rates from ${from} to ${to}: add them to ${ratesFile}`);
      return {};
    }
    return {series: {...s, points}};
  },

  // The daily (or monthly) rates the chart draws, with the averaging window and its dated annotations.
  rows(tables, config) {
    const from = config.from ?? "";
    const to = config.to ?? "9999";
    const s = tables.series.find((d) => d.currency === config.currency);
    const points: RateDay[] = tables.rates
      .filter((d) => d.currency === config.currency && d.date >= from && d.date <= to)
      .map((d) => ({date: new Date(d.date), rate: d.per_usd}));
    // The window shaded is that of the first conversion in the chart's currency.
    const featured = tables.conversions.find((c) => c.currency === config.currency);
    const mean = featured && basesOf(tables, featured.figure).find((b) => b.basis === "mean");
    const window =
      mean && mean.window_start
        ? {start: new Date(mean.window_start), end: new Date(mean.window_end), mean: mean.rate, label: mean.label}
        : undefined;
    const annotations = (config.annotations ?? []).map((a) => {
      const f = figureIn(tables, a.figure);
      const at = [...points].reverse().find((r) => r.date <= new Date(f.as_of)) ?? points[0];
      return {date: at.date, rate: at.rate, label: a.label, note: a.note ?? "", figure_id: f.id};
    });
    return Object.assign(points, {
      window,
      annotations,
      frequency: s?.frequency ?? "daily",
      source: s?.source ?? "",
      unit: rateUnit(config.currency)
    });
  },

  plot(rates, {width, document}) {
    const {unit, window, annotations} = rates;
    const narrow = width < NARROW;
    const values = rates.map((d) => d.rate);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const pad = (hi - lo) * 0.12 || hi * 0.05;
    const [y0, y1] = [lo - pad, hi + pad * 1.5];
    const [first, last] = [rates[0].date, rates[rates.length - 1].date];
    const mid = new Date((+first + +last) / 2);
    const when = (d: Date) =>
      d.toLocaleDateString("en-GB", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
    // A label sits at the top, on the side of the chart away from its day, so it never covers the line there.
    const labelX = (a: Annotation) => (a.date > mid ? first : new Date(+mid + (+last - +mid) * 0.1));
    const right = window !== undefined && +window.start + (+window.end - +window.start) / 2 > +mid;
    return asImage(
      Plot.plot({
        document,
        width,
        height: narrow ? 280 : 340,
        marginLeft: 44,
        marginRight: 20,
        marginTop: 24,
        x: {type: "utc", label: null, ticks: narrow ? 4 : 8},
        y: {label: `↑ ${capitalise(unit)}`, grid: true, domain: [y0, y1], nice: true},
        ariaLabel: `Line chart of ${unit}, ${first.getUTCFullYear()} to ${last.getUTCFullYear()}`,
        ariaDescription: [
          `From ${formatRate(rates[0].rate)} on ${when(first)} to ${formatRate(rates[rates.length - 1].rate)} on ${when(last)}.`,
          ...annotations.map(
            (a) => `${a.label}, ${when(a.date)}: ${formatRate(a.rate)}${a.note ? `, ${a.note}` : ""}.`
          ),
          window ? `The ${window.label} was ${formatRate(window.mean)}.` : ""
        ].join(" "),
        marks: [
          window
            ? Plot.rectX([window], {x1: "start", x2: "end", y1: y0, y2: y1, fill: FAINT, fillOpacity: 0.15})
            : null,
          window
            ? Plot.ruleY([window], {x1: "start", x2: "end", y: "mean", stroke: MUTED, strokeDasharray: "4,3"})
            : null,
          window
            ? Plot.text([window], {
                // Inside the chart whichever side the window is on: a window in the chart's right half (money yet
                // to be spent, averaged over the months before publication) is labelled from its end, leftwards.
                x: right ? "end" : "start",
                y: "mean",
                text: (d: {mean: number; label: string}) => `${d.label}: ${formatRate(d.mean)}`,
                dy: 10,
                dx: right ? -4 : 4,
                textAnchor: right ? "end" : "start",
                lineWidth: narrow ? 16 : 30,
                fill: MUTED
              })
            : null,
          Plot.lineY(rates, {x: "date", y: "rate", stroke: FOCUS, strokeWidth: 1.5}),
          Plot.dot(annotations, {
            x: "date",
            y: "rate",
            r: 5,
            fill: FOCUS,
            stroke: "var(--theme-background)",
            strokeWidth: 1.5
          }),
          Plot.text(annotations, {
            x: labelX,
            y: (_: Annotation, i: number) => y1 - (y1 - y0) * (0.04 + i * 0.16),
            text: (a: Annotation) =>
              `${a.label}, ${when(a.date)}:\n${formatRate(a.rate)}${a.note ? `, ${a.note}` : ""}`,
            textAnchor: "start",
            lineAnchor: "top",
            lineHeight: 1.2,
            lineWidth: narrow ? 14 : 34
          }),
          Plot.arrow(annotations, {
            x1: (a: Annotation) => new Date(+labelX(a) + (+last - +first) * (narrow ? 0.25 : 0.2)),
            y1: (_: Annotation, i: number) => y1 - (y1 - y0) * (0.2 + i * 0.16),
            x2: "date",
            y2: "rate",
            bend: true,
            inset: 8,
            stroke: MUTED
          })
        ]
      })
    );
  },

  // "Yen per US dollar from 4 January 2021 to 31 December 2024: 103.19 at the start, 157.37 at the end (up 53%).
  // Lowest 102.61 on 6 January 2021, highest 161.70 on 3 July 2024."
  describe(rows) {
    const unit = capitalise(rows.unit);
    if (rows.length < 2) return `${unit}: too few rates to draw.`;
    const [first, last] = [rows[0], rows.at(-1)!];
    const lo = rows.reduce((a, b) => (b.rate < a.rate ? b : a));
    const hi = rows.reduce((a, b) => (b.rate > a.rate ? b : a));
    const change = Math.round((last.rate / first.rate - 1) * 100);
    const trend = change === 0 ? "about the same" : `${change > 0 ? "up" : "down"} ${Math.abs(change)}%`;
    return (
      `${unit} from ${longDay(first.date)} to ${longDay(last.date)}: ` +
      `${formatRate(first.rate)} at the start, ${formatRate(last.rate)} at the end (${trend}). ` +
      `Lowest ${formatRate(lo.rate)} on ${longDay(lo.date)}, highest ${formatRate(hi.rate)} on ${longDay(hi.date)}.`
    );
  },

  source: (_tables, _config, rows) =>
    `Source: ${rows.source}; ${rows.length} ${rows.frequency === "daily" ? "trading days" : "monthly averages"}, ${isoDay(rows[0].date)} to ${isoDay(rows[rows.length - 1].date)}.`,

  columns(rows, config) {
    const step = stepOf(rows);
    return [
      {
        name: "date",
        label:
          step > 1
            ? `Date (every ${formatOrdinal(step)} ${rows.frequency === "daily" ? "trading day" : "month"})`
            : "Date"
      },
      {name: "rate", label: capitalise(rateUnit(config.currency)), format: (v) => formatRate(v as number)}
    ];
  },
  download: ["date", "rate"],
  records: (rows) => rows.map(record),

  // Every 20th day of a long series, and the annotated days.
  table(rows) {
    const step = stepOf(rows);
    const marked = new Set(rows.annotations.map((a) => +a.date));
    return rows.filter((r, i) => i % step === 0 || marked.has(+r.date)).map(record);
  }
};

export default rates;
