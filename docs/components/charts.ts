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
  name: (d: T) => string,
  amount: (d: T) => string,
  {width, narrow}: {width: number; narrow: boolean}
) {
  return Plot.text(rows, {
    x: 0,
    y: name,
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

export interface InvestmentRow {
  label: string; // "AWS: cloud infrastructure"
  value_usd: number;
  kind: "reported" | "derived";
  note: string; // "¥3.9 trillion at 127.27 yen per US$"
}

// Money committed in and to Japan, in US$: reported bars solid, derived bars hollow and dashed, each labelled
// above its bar so long names never crowd the axis.
export function investmentChart(rows: InvestmentRow[], {width, document}: Common): SVGSVGElement | HTMLElement {
  const max = Math.max(...rows.map((d) => d.value_usd));
  const narrow = width < 560; // on a phone the name and the amount take a line each
  return asImage(
    Plot.plot({
      document,
      width,
      height: rows.length * (narrow ? 76 : 56) + 40,
      marginLeft: 8,
      marginRight: 16,
      x: {
        domain: [0, max * 1.02],
        label: "US$ billion →",
        tickFormat: (d: number) => `${d / 1e9}`,
        grid: true,
        ticks: width < 560 ? 4 : 8
      },
      y: {domain: rows.map((d) => d.label), label: null, axis: null},
      ariaLabel: "Bar chart of money committed in and to Japan, in US dollars",
      ariaDescription: rows.map((d) => `${d.label}: ${formatMoney(d.value_usd, "USD")} (${d.kind})`).join("; "),
      marks: [
        ...(["reported", "derived"] as const).map((kind) =>
          Plot.barX(
            rows.filter((d) => d.kind === kind),
            {
              x: "value_usd",
              y: "label",
              fill: kind === "reported" ? FOCUS : "none",
              stroke: FOCUS,
              strokeWidth: 1.5,
              strokeDasharray: kind === "derived" ? "5,3" : undefined,
              insetTop: narrow ? 42 : 24,
              insetBottom: 4
            }
          )
        ),
        labelsAbove(
          rows,
          (d) => d.label,
          (d) => `${formatMoney(d.value_usd, "USD")}${d.kind === "derived" ? " (derived)" : ""}`,
          {width, narrow}
        ),
        Plot.ruleX([0])
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

// The subsidy's dollar value across exchange rates, with the reference bases and the chosen one marked.
export function subsidyChart(
  sweep: SweepRow[],
  {width, document, chosen, bases}: Common & {chosen: BasisMark; bases: BasisMark[]}
): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  return asImage(
    Plot.plot({
      document,
      width,
      height: narrow ? 300 : 360,
      marginLeft: 44,
      marginRight: 20,
      marginTop: 24,
      x: {label: "Yen per US dollar →", domain: [100, 160], ticks: narrow ? 4 : 7},
      y: {label: "↑ US$ billion", grid: true, tickFormat: (d: number) => `${d / 1e9}`, domain: [20e9, 40e9]},
      ariaLabel: "Line chart of the ¥3.9 trillion subsidy in US dollars across exchange rates",
      ariaDescription: `The dollar value falls from ${formatMoney(sweep[0].value_usd, "USD")} at ${sweep[0].rate} yen to ${formatMoney(sweep[sweep.length - 1].value_usd, "USD")} at ${sweep[sweep.length - 1].rate} yen. Marked: ${chosen.label}, ${formatRate(chosen.rate)} yen per dollar, ${formatMoney(chosen.value_usd, "USD")}.`,
      marks: [
        Plot.line(sweep, {x: "rate", y: "value_usd", stroke: MUTED, strokeWidth: 2}),
        Plot.ruleX(bases, {x: "rate", stroke: FAINT, strokeDasharray: "3,3"}),
        // Bases can sit a few hundredths of a yen apart: each label gets its own line, right-aligned on its rule.
        Plot.text(bases, {
          x: "rate",
          y: (_: BasisMark, i: number) => 40e9 - i * 1.2e9,
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
          dx: chosen.rate > 140 ? -12 : 12,
          dy: -22,
          textAnchor: chosen.rate > 140 ? "end" : "start",
          fontWeight: "bold",
          lineHeight: 1.2
        })
      ]
    })
  );
}

export interface RateRow {
  date: Date;
  jpy_per_usd: number;
}

// Yen per dollar, 2021–2024: the averaging window shaded with its mean, the summit day marked.
export function usdJpyChart(
  rates: RateRow[],
  {
    width,
    document,
    window,
    summit
  }: Common & {window: {start: Date; end: Date; mean: number}; summit: {date: Date; rate: number; note: string}}
): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  return asImage(
    Plot.plot({
      document,
      width,
      height: narrow ? 280 : 340,
      marginLeft: 44,
      marginRight: 20,
      marginTop: 24,
      x: {type: "utc", label: null, ticks: narrow ? 4 : 8},
      y: {label: "↑ Yen per US dollar", grid: true, domain: [100, 165]},
      ariaLabel: "Line chart of yen per US dollar, daily, 2021 to 2024",
      ariaDescription: `The yen weakened from about ${Math.round(rates[0].jpy_per_usd)} per dollar in January 2021 to ${formatRate(summit.rate)} on the day of the Kishida–Biden summit, ${summit.date.toISOString().slice(0, 10)}, ${summit.note}. The 2021–23 average was ${formatRate(window.mean)}.`,
      marks: [
        Plot.rectX([window], {x1: "start", x2: "end", y1: 100, y2: 165, fill: FAINT, fillOpacity: 0.15}),
        Plot.ruleY([window], {x1: "start", x2: "end", y: "mean", stroke: MUTED, strokeDasharray: "4,3"}),
        Plot.text([window], {
          x: "start",
          y: "mean",
          text: (d: {mean: number}) => `2021–23 average: ${formatRate(d.mean)}`,
          dy: 10,
          dx: 4,
          textAnchor: "start",
          fill: MUTED
        }),
        Plot.lineY(rates, {x: "date", y: "jpy_per_usd", stroke: FOCUS, strokeWidth: 1.5}),
        Plot.dot([summit], {
          x: "date",
          y: "rate",
          r: 5,
          fill: FOCUS,
          stroke: "var(--theme-background)",
          strokeWidth: 1.5
        }),
        // The summit's label sits in the empty top-left corner, with an arrow to its day.
        Plot.text([summit], {
          x: () => new Date(Date.UTC(2021, 1, 1)),
          y: 161,
          text: (d: {rate: number; date: Date}) =>
            `Kishida–Biden summit, ${d.date.toLocaleDateString("en-GB", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"})}:\n${formatRate(d.rate)} yen, ${summit.note}`,
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: 1.2,
          lineWidth: narrow ? 14 : 40
        }),
        Plot.arrow([summit], {
          x1: () => new Date(Date.UTC(narrow ? 2023 : 2022, narrow ? 5 : 4, 1)),
          y1: narrow ? 155 : 159,
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

// Japan's rank among the economies ranked, on a 1-to-last scale: "32nd of 64".
export function rankChart(
  row: {value: number; of: number; label: string},
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
      x: {domain: [1, row.of], label: "Rank (1 = most competitive) →", ticks: [1, 16, 32, 48, row.of]},
      y: {axis: null},
      ariaLabel: `Dot strip of ${row.of} ranks with Japan at ${formatOrdinal(row.value)}`,
      ariaDescription: `${row.label}: ${formatOrdinal(row.value)} of ${row.of}.`,
      marks: [
        Plot.dot(ranks, {x: (d: number) => d, r: 2.5, fill: FAINT}),
        Plot.dot([row], {x: "value", r: 7, fill: FOCUS}),
        Plot.text([row], {
          x: "value",
          text: (d: {value: number; of: number}) => `Japan: ${formatOrdinal(d.value)} of ${d.of}`,
          dy: -16,
          fontWeight: "bold"
        })
      ]
    })
  );
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
