// The story's charts: small functions `chartName(data, {width, ...options})` that return a Plot figure.
import * as Plot from "@observablehq/plot";
import {formatMoney, formatOrdinal, formatRate, formatShare} from "../lib/format.js";

const FOCUS = "var(--theme-foreground-focus)";
const MUTED = "var(--theme-foreground-muted)";
const FAINT = "var(--theme-foreground-faint)";

// A chart is one image to assistive technology, named by its aria-label and described by its aria-description
// and the data table beside it; Plot's inner labelled groups are left out of the accessibility tree.
function asImage<T extends Element>(chart: T): T {
  if (chart.tagName.toLowerCase() === "svg") chart.setAttribute("role", "img");
  for (const g of chart.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  return chart;
}

// The name of each bar, written above it and wrapped to the chart's width; on a phone the name and the
// amount take a line each, so no label runs off the edge.
function labelsAbove<T>(
  rows: T[],
  key: (d: T) => string,
  name: (d: T) => string,
  amount: (d: T) => string,
  {width, narrow, x = 0}: {width: number; narrow: boolean; x?: number}
) {
  return Plot.text(rows, {
    x,
    y: key,
    text: (d: T) => `${name(d)}:${narrow ? "\n" : " "}${amount(d)}`,
    textAnchor: "start",
    lineWidth: (width - 24) / 10, // in ems of Plot's 10 px text
    lineHeight: 1.15,
    dy: narrow ? -16 : -10
  });
}

interface Common {
  width: number;
  document?: Document; // for rendering outside a browser (tests)
}

export interface BarRow {
  label: string; // "AWS: cloud infrastructure"
  value_usd: number;
  kind: "reported" | "derived";
  figure_id?: string; // each row's own place, so two amounts with one label never share a bar
}

// When the largest amount is this many times the smallest, bars would leave all but one a sliver: the chart
// draws dots on a log scale instead, each step of the axis ten times the last.
export const LOG_SPREAD = 30;

// 2e9 → "2bn"; 1e12 → "1tn"; 5e6 → "5m": ticks of a log axis in US$.
const shortUsd = (d: number) =>
  d >= 1e12
    ? `${d / 1e12}tn`
    : d >= 1e9
      ? `${d / 1e9}bn`
      : d >= 1e6
        ? `${d / 1e6}m`
        : d >= 1e3
          ? `${d / 1e3}k`
          : `${d}`;

// Money in US$: reported bars solid, derived bars hollow and dashed, each labelled above its bar so long names
// never crowd the axis.
export function barChart(
  rows: BarRow[],
  {width, document, title, dollars}: Common & {title: string; dollars?: string} // dollars: "April 2024 dollars"
): SVGSVGElement | HTMLElement {
  const max = Math.max(...rows.map((d) => d.value_usd));
  const min = Math.min(...rows.map((d) => d.value_usd).filter((v) => v > 0));
  const narrow = width < 560; // on a phone the name and the amount take a line each
  const key = (d: BarRow) => d.figure_id ?? d.label;
  const log = rows.length > 1 && min > 0 && max / min > LOG_SPREAD;
  const lo = 10 ** Math.floor(Math.log10(min));
  const style = (kind: BarRow["kind"]) => ({
    stroke: FOCUS,
    strokeWidth: 1.5,
    strokeDasharray: kind === "derived" ? "5,3" : undefined
  });
  const amounts = (kind: BarRow["kind"]) =>
    log
      ? [
          Plot.ruleY(
            rows.filter((d) => d.kind === kind),
            {x1: lo, x2: "value_usd", y: key, dy: narrow ? 16 : 8, ...style(kind)}
          ),
          Plot.dot(
            rows.filter((d) => d.kind === kind),
            {
              x: "value_usd",
              y: key,
              dy: narrow ? 16 : 8,
              r: 4.5,
              fill: kind === "reported" ? FOCUS : "var(--theme-background)",
              ...style(kind),
              strokeDasharray: undefined
            }
          )
        ]
      : [
          Plot.barX(
            rows.filter((d) => d.kind === kind),
            {
              x: "value_usd",
              y: key,
              fill: kind === "reported" ? FOCUS : "none",
              ...style(kind),
              insetTop: narrow ? 42 : 24,
              insetBottom: 4
            }
          )
        ];
  return asImage(
    Plot.plot({
      document,
      width,
      height: rows.length * (narrow ? 76 : 56) + 40,
      marginLeft: 8,
      marginRight: 16,
      x: log
        ? {
            type: "log",
            domain: [lo, max * 1.2],
            label: `US$${dollars ? ` (${dollars})` : ""}, log scale: each step is ten times the last →`,
            tickFormat: shortUsd,
            grid: true,
            ticks: narrow ? 3 : 6
          }
        : {
            domain: [0, max * 1.02],
            label: `US$ billion${dollars ? `, ${dollars}` : ""} →`,
            tickFormat: (d: number) => `${d / 1e9}`,
            grid: true,
            ticks: width < 560 ? 4 : 8
          },
      y: {domain: rows.map(key), label: null, axis: null},
      ariaLabel: `Bar chart: ${title}, in ${dollars ? `US dollars of ${dollars.replace(/ dollars$/, "")}` : "US dollars"}`,
      ariaDescription: rows.map((d) => `${d.label}: ${formatMoney(d.value_usd, "USD")} (${d.kind})`).join("; "),
      marks: [
        ...(["reported", "derived"] as const).flatMap(amounts),
        labelsAbove(
          rows,
          key,
          (d) => d.label,
          (d) => `${formatMoney(d.value_usd, "USD")}${d.kind === "derived" ? " (derived)" : ""}`,
          {width, narrow, x: log ? lo : 0}
        ),
        ...(log ? [] : [Plot.ruleX([0])])
      ]
    })
  );
}

export interface SweepRow {
  rate: number;
  value_usd: number;
}

export interface BasisMark {
  basis: string;
  label: string;
  rate: number;
  value_usd: number;
}

// An amount's dollar value across exchange rates, with the published bases and the chosen one marked. The axes
// span the sweep's rows; `unit` names the rate ("yen per US dollar").
export function sweepChart(
  sweep: SweepRow[],
  {
    width,
    document,
    chosen,
    bases,
    amount,
    unit
  }: Common & {chosen: BasisMark; bases: BasisMark[]; amount: string; unit: string}
): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const [lo, hi] = [sweep[0].rate, sweep[sweep.length - 1].rate];
  const top = Math.max(...sweep.map((d) => d.value_usd));
  const right = chosen.rate > lo + (hi - lo) * 0.7; // the chosen point's label goes to its left near the right edge
  return asImage(
    Plot.plot({
      document,
      width,
      height: narrow ? 300 : 360,
      marginLeft: 44,
      marginRight: 20,
      marginTop: 24,
      x: {label: `${unit[0].toUpperCase()}${unit.slice(1)} →`, domain: [lo, hi], ticks: narrow ? 4 : 7},
      y: {label: "↑ US$ billion", grid: true, tickFormat: (d: number) => `${d / 1e9}`, nice: true, zero: false},
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
}

export interface RateRow {
  date: Date;
  rate: number;
}

export interface Annotation {
  date: Date;
  rate: number;
  label: string; // "Kishida–Biden summit"
  note: string; // "a 34-year low at the time"
}

// Units of a currency per US dollar over time: the averaging window shaded with its mean, annotated days marked
// and labelled in the emptier half of the chart, with an arrow to their day.
export function rateChart(
  rates: RateRow[],
  {
    width,
    document,
    unit,
    window,
    annotations = []
  }: Common & {unit: string; window?: {start: Date; end: Date; mean: number; label: string}; annotations?: Annotation[]}
): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
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
  return asImage(
    Plot.plot({
      document,
      width,
      height: narrow ? 280 : 340,
      marginLeft: 44,
      marginRight: 20,
      marginTop: 24,
      x: {type: "utc", label: null, ticks: narrow ? 4 : 8},
      y: {label: `↑ ${unit[0].toUpperCase()}${unit.slice(1)}`, grid: true, domain: [y0, y1], nice: true},
      ariaLabel: `Line chart of ${unit}, ${first.getUTCFullYear()} to ${last.getUTCFullYear()}`,
      ariaDescription: [
        `From ${formatRate(rates[0].rate)} on ${when(first)} to ${formatRate(rates[rates.length - 1].rate)} on ${when(last)}.`,
        ...annotations.map((a) => `${a.label}, ${when(a.date)}: ${formatRate(a.rate)}${a.note ? `, ${a.note}` : ""}.`),
        window ? `The ${window.label} was ${formatRate(window.mean)}.` : ""
      ].join(" "),
      marks: [
        window ? Plot.rectX([window], {x1: "start", x2: "end", y1: y0, y2: y1, fill: FAINT, fillOpacity: 0.15}) : null,
        window
          ? Plot.ruleY([window], {x1: "start", x2: "end", y: "mean", stroke: MUTED, strokeDasharray: "4,3"})
          : null,
        window
          ? Plot.text([window], {
              x: "start",
              y: "mean",
              text: (d: {mean: number; label: string}) => `${d.label}: ${formatRate(d.mean)}`,
              dy: 10,
              dx: 4,
              textAnchor: "start",
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
          text: (a: Annotation) => `${a.label}, ${when(a.date)}:\n${formatRate(a.rate)}${a.note ? `, ${a.note}` : ""}`,
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
}

// A rank among all those ranked, on a 1-to-last scale: "Japan: 32nd of 64".
export function rankChart(
  row: {value: number; of: number; label: string; subject: string},
  {width, document}: Common
): SVGSVGElement | HTMLElement {
  const ranks = Array.from({length: row.of}, (_, i) => i + 1);
  return asImage(
    Plot.plot({
      document,
      width,
      height: 90,
      marginLeft: 16,
      marginRight: 16,
      x: {domain: [1, row.of], label: "Rank (1 = top) →", ticks: [...new Set([1, ...quarters(row.of), row.of])]},
      y: {axis: null},
      ariaLabel: `Dot strip of ${row.of} ranks with ${row.subject} at ${formatOrdinal(row.value)}`,
      ariaDescription: `${row.label}: ${formatOrdinal(row.value)} of ${row.of}.`,
      marks: [
        Plot.dot(ranks, {x: (d: number) => d, r: 2.5, fill: FAINT}),
        Plot.dot([row], {x: "value", r: 7, fill: FOCUS}),
        Plot.text([row], {
          x: "value",
          text: (d: {value: number; of: number; subject: string}) =>
            `${d.subject}: ${formatOrdinal(d.value)} of ${d.of}`,
          dy: -16,
          fontWeight: "bold"
        })
      ]
    })
  );
}

// 64 → [16, 32, 48]: the quarter marks of a rank scale.
function quarters(n: number): number[] {
  return [0.25, 0.5, 0.75].map((q) => Math.round(n * q)).filter((d) => d > 1 && d < n);
}

export interface ShareRow {
  label: string; // "Japanese firms among the world's unicorns"
  value: number;
  of: number;
  text: string; // "7 of 1,200"
}

// Parts of wholes as bars on a 0–100% scale, the whole shown faint behind: small shares stay small.
export function shareChart(rows: ShareRow[], {width, document}: Common): SVGSVGElement | HTMLElement {
  const narrow = width < 560; // on a phone, what is counted and the count take a line each
  return asImage(
    Plot.plot({
      document,
      width,
      height: rows.length * (narrow ? 76 : 64) + 36,
      marginLeft: 8,
      marginRight: 16,
      x: {domain: [0, 1], tickFormat: "%", label: "Share →", ticks: 5},
      y: {domain: rows.map((d) => d.label), axis: null},
      ariaLabel: "Bar chart of shares",
      ariaDescription: rows.map((d) => `${d.label}: ${d.text} (${formatShare(d.value / d.of)})`).join("; "),
      marks: [
        Plot.barX(rows, {x: 1, y: "label", fill: FAINT, fillOpacity: 0.25, insetTop: narrow ? 40 : 28, insetBottom: 6}),
        Plot.barX(rows, {
          x: (d: ShareRow) => d.value / d.of,
          y: "label",
          fill: FOCUS,
          insetTop: narrow ? 40 : 28,
          insetBottom: 6
        }),
        labelsAbove(
          rows,
          (d) => d.label,
          (d) => d.label,
          (d) => `${d.text} (${formatShare(d.value / d.of)})`,
          {width, narrow}
        )
      ]
    })
  );
}

// 2024-04-10 → "10 Apr 2024"; 2024-03-01 → "Mar 2024"; 2027-01-01 → "2027"
export function formatEventDate(date: Date): string {
  const [month, day] = [date.getUTCMonth(), date.getUTCDate()];
  if (month === 0 && day === 1) return String(date.getUTCFullYear());
  return date.toLocaleDateString("en-GB", {
    day: day === 1 ? undefined : "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC"
  });
}

export interface EventRow {
  date: Date;
  label: string;
}

// Dated events in date order, one row each, so labels never collide; a date known only to the month or year
// (stored as its first day) prints as such.
export function timelineChart(events: EventRow[], {width, document}: Common): SVGSVGElement | HTMLElement {
  const sorted = [...events].sort((a, b) => +a.date - +b.date);
  const narrow = width < 560;
  return asImage(
    Plot.plot({
      document,
      width,
      height: sorted.length * (narrow ? 48 : 40) + 40,
      marginLeft: narrow ? 76 : 96,
      marginRight: 16,
      x: {axis: null, domain: [0, 1]},
      y: {domain: sorted.map((d) => d.label), axis: null},
      ariaLabel: "Timeline of the events in the article",
      ariaDescription: sorted.map((d) => `${d.date.toISOString().slice(0, 10)}: ${d.label}`).join("; "),
      marks: [
        Plot.ruleX([0], {stroke: FAINT}),
        Plot.dot(sorted, {x: 0, y: "label", r: 5, fill: FOCUS}),
        Plot.text(sorted, {
          x: 0,
          y: "label",
          text: (d: EventRow) => formatEventDate(d.date),
          textAnchor: "end",
          dx: -12,
          fill: MUTED
        }),
        Plot.text(sorted, {
          x: 0,
          y: "label",
          text: "label",
          textAnchor: "start",
          dx: 12,
          // Plot measures lineWidth in ems of its 10 px text.
          lineWidth: (width - (narrow ? 76 : 96) - 40) / 10,
          lineHeight: 1.1
        })
      ]
    })
  );
}
