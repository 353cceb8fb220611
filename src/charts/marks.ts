// What the charts share: the theme's colours, a chart as one image to assistive technology, labels above bars.
import * as Plot from "@observablehq/plot";
import {MONTH_NAMES} from "../inputs/dates.js";

export const FOCUS = "var(--theme-foreground-focus)";
export const MUTED = "var(--theme-foreground-muted)";
export const FAINT = "var(--theme-foreground-faint)";

// A chart is one image to assistive technology, named by its aria-label and described by its aria-description
// and the data table beside it; Plot's inner labelled groups are left out of the accessibility tree.
export function asImage<T extends Element>(chart: T): T {
  if (chart.tagName.toLowerCase() === "svg") chart.setAttribute("role", "img");
  for (const g of chart.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  return chart;
}

// The name of each bar, written above it and wrapped to the chart's width; on a phone the name and the
// amount take a line each, so no label runs off the edge.
export function labelsAbove<T>(
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

// Below this width a chart takes its phone layout: names and amounts on lines of their own.
export const NARROW = 560;

// "yen per US dollar" → "Yen per US dollar"
export const capitalise = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

// 2024-04-10 → "10 April 2024"
export const longDay = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
