// Dated events in date order, one row each, so labels never collide; a date known only to the month or year (stored
// as its first day) prints as such. {"type": "timeline", "events": [{"figure": "summit", "label": "…"}, …]}
import * as Plot from "@observablehq/plot";
import {isoDay} from "../inputs/dates.js";
import type {ChartConfig, ChartType, Labelled} from "./chart-type.js";
import {asImage, FAINT, FOCUS, longDay, MUTED, NARROW, plural} from "./marks.js";
import {figureIn, unique} from "./story-tables.js";

export interface TimelineChart extends ChartConfig {
  type: "timeline";
  events: Labelled[];
}

export interface EventRow {
  date: Date;
  label: string;
  figure_id: string;
}

// 2024-04-10 → "10 Apr 2024"; 2024-03-01 → "Mar 2024"; 2027-01-01 → "2027"
export function formatEventDate(date: Date): string {
  const [month, d] = [date.getUTCMonth(), date.getUTCDate()];
  if (month === 0 && d === 1) return String(date.getUTCFullYear());
  return date.toLocaleDateString("en-GB", {
    day: d === 1 ? undefined : "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC"
  });
}

const timeline: ChartType<TimelineChart, EventRow[]> = {
  type: "timeline",

  parse: (raw, ctx) => ({events: ctx.labelled(raw.events, "events", "dated")}),

  rows: (tables, config) =>
    config.events
      .map((e) => ({date: new Date(figureIn(tables, e.figure).as_of), label: e.label, figure_id: e.figure}))
      .sort((a, b) => +a.date - +b.date),

  plot(events, {width, document}) {
    const sorted = [...events].sort((a, b) => +a.date - +b.date);
    const narrow = width < NARROW;
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
        ariaDescription: sorted.map((d) => `${isoDay(d.date)}: ${d.label}`).join("; "),
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
  },

  // "6 events, from 19 January 2024 (AWS announces …) to 1 January 2027 (Rapidus aims …)."
  describe(rows) {
    if (!rows.length) return "No events.";
    const [first, last] = [rows[0], rows.at(-1)!];
    return rows.length === 1
      ? `One event: ${longDay(first.date)}, ${first.label}.`
      : `${plural(rows.length, "event")}, from ${longDay(first.date)} (${first.label}) to ${longDay(last.date)} (${last.label}).`;
  },

  source: (tables, _config, rows) =>
    `Sources: ${unique(rows.map((r) => figureIn(tables, r.figure_id).source)).join("; ")}.`,

  columns: () => [
    {name: "date", label: "Date"},
    {name: "label", label: "Event"}
  ],
  download: ["date", "label", "figure_id"],
  records: (rows) => rows.map((r) => ({...r, date: isoDay(r.date)}))
};

export default timeline;
