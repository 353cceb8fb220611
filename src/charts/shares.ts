// Parts of wholes as bars on a 0–100% scale, the whole shown faint behind: small shares stay small.
// {"type": "shares", "rows": [{"figure": "unicorns_japan", "of": "unicorns_total", "label": "…"}, …]}
import * as Plot from "@observablehq/plot";
import {formatShare} from "../story/format.js";
import type {ChartConfig, ChartType, Labelled} from "./chart-type.js";
import {asImage, FAINT, FOCUS, labelsAbove, NARROW} from "./marks.js";
import {figureIn, unique} from "./story-tables.js";

export interface SharesChart extends ChartConfig {
  type: "shares";
  rows: (Labelled & {of: string})[];
}

export type ShareRow = {
  id: string;
  label: string; // "Japanese firms among the world's unicorns"
  value: number;
  of: number;
  share: number;
  text: string; // "7 of 1,200"
};

const shares: ChartType<SharesChart, ShareRow[]> = {
  type: "shares",

  parse: (raw, ctx) => ({
    rows: ctx.labelled(raw.rows, "rows", "count").map((r) => ({...r, of: ctx.figure(r.of, "count", "of")}))
  }),

  rows: (tables, config) =>
    config.rows.map((r) => {
      const [a, b] = [figureIn(tables, r.figure), figureIn(tables, r.of)];
      return {
        id: a.id,
        label: r.label,
        value: a.value,
        of: b.value,
        share: Math.round((a.value / b.value) * 1e6) / 1e6,
        text: `${a.text} of ${b.text}`
      };
    }),

  plot(rows, {width, document}) {
    const narrow = width < NARROW; // on a phone, what is counted and the count take a line each
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
          Plot.barX(rows, {
            x: 1,
            y: "label",
            fill: FAINT,
            fillOpacity: 0.25,
            insetTop: narrow ? 40 : 28,
            insetBottom: 6
          }),
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
  },

  // "Japanese firms among the world's tech unicorns: 7 of 1,200 (0.58%). People …: 3 million of 125 million (2.4%)."
  describe: (rows) => rows.map((r) => `${r.label}: ${r.text} (${formatShare(r.share)}).`).join(" "),

  source: (tables, config) =>
    `Sources: ${unique(config.rows.flatMap((r) => [figureIn(tables, r.figure).source, figureIn(tables, r.of).source])).join("; ")}; shares computed from these counts.`,

  columns: () => [
    {name: "label", label: "Indicator"},
    {name: "text", label: "Count"},
    {name: "share", label: "Share", format: (v) => formatShare(v as number)}
  ],
  download: ["id", "label", "value", "of", "share"],
  indicators: (config) => config.rows.map(({figure, of, label}) => ({figure, of, label}))
};

export default shares;
