// A rank among all those ranked, on a 1-to-last scale: "Japan: 32nd of 64".
// {"type": "rank", "figure": "imd_rank", "of": "imd_economies", "subject": "Japan", "label": "…"}
import * as Plot from "@observablehq/plot";
import {formatOrdinal} from "../story/format.js";
import type {ChartConfig, ChartType} from "./chart-type.js";
import {asImage, FAINT, FOCUS} from "./marks.js";
import {figureIn, unique} from "./story-tables.js";

export interface RankChart extends ChartConfig {
  type: "rank";
  figure: string;
  of: string;
  subject: string; // "Japan"
  label: string;
}

export interface RankRow {
  id: string;
  label: string;
  subject: string;
  value: number;
  of: number;
  source: string;
}

// 64 → [16, 32, 48]: the quarter marks of a rank scale.
function quarters(n: number): number[] {
  return [0.25, 0.5, 0.75].map((q) => Math.round(n * q)).filter((d) => d > 1 && d < n);
}

const rank: ChartType<RankChart, RankRow[]> = {
  type: "rank",

  parse: (raw, ctx) => ({
    figure: ctx.figure(raw.figure, "rank"),
    of: ctx.figure(raw.of, "count", "of"),
    subject: ctx.text(raw.subject, "subject"),
    label: ctx.text(raw.label, "label")
  }),

  rows(tables, config) {
    const [f, of] = [figureIn(tables, config.figure), figureIn(tables, config.of)];
    return [
      {
        id: f.id,
        label: config.label,
        subject: config.subject,
        value: f.value,
        of: of.value,
        source: of.in_article ? f.source : of.source
      }
    ];
  },

  plot([row], {width, document}) {
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
            text: (d: RankRow) => `${d.subject}: ${formatOrdinal(d.value)} of ${d.of}`,
            dy: -16,
            fontWeight: "bold"
          })
        ]
      })
    );
  },

  // "Japan ranks 32nd of 64, in the top half."
  describe([row]) {
    const share = row.value / row.of;
    const where =
      share <= 0.25
        ? "in the top quarter"
        : share <= 0.5
          ? "in the top half"
          : share <= 0.75
            ? "in the bottom half"
            : "in the bottom quarter";
    return `${row.subject} ranks ${formatOrdinal(row.value)} of ${row.of}, ${where}.`;
  },

  source: (tables, config) =>
    `Source: ${unique([figureIn(tables, config.figure).source, figureIn(tables, config.of).source]).join("; ")}.`,

  columns: () => [
    {name: "label", label: "Indicator"},
    {name: "value", label: "Rank", format: (v) => formatOrdinal(v as number)},
    {name: "of", label: "Of"}
  ],
  download: ["id", "label", "subject", "value", "of", "source"],
  indicators: ({figure, of, label}) => [{figure, of, label}]
};

export default rank;
