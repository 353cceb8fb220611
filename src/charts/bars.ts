// Money in US$, one bar per amount: reported bars solid, converted ones hollow and dashed, each labelled above its
// bar. {"type": "bars", "figures": "money"}, or a list: {"bars": [{"figure": "aws_cloud", "label": "AWS: cloud"}, …]}
import * as Plot from "@observablehq/plot";
import {axisScale, formatMoney, formatRate, roundRate} from "../story/format.js";
import type {ChartConfig, ChartType, Labelled} from "./chart-type.js";
import {asImage, FOCUS, labelsAbove, NARROW, plural} from "./marks.js";
import {basisIn, constantLabel, figureIn, unique, usdIn} from "./story-tables.js";

export interface BarsChart extends ChartConfig {
  type: "bars";
  bars: Labelled[];
}

export type BarRow = {
  label: string; // "AWS: cloud infrastructure"
  value_usd: number;
  kind: "reported" | "derived"; // derived: converted to US$ at `rate`
  figure_id: string; // each row's own place, so two amounts with one label never share a bar
  basis: string;
  rate: number | null;
  source: string;
};
// With, as a property of the array, the dollars the rows are in when not each its own time's: "April 2024 dollars".
export type BarRows = BarRow[] & {dollars?: string};

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

// Whether a chart is a bars chart: for the tests, which read its bars.
export const isBars = (c: ChartConfig): c is BarsChart => c.type === "bars";

const bars: ChartType<BarsChart, BarRows> = {
  type: "bars",

  // A list of bars, or a rule: {"figures": "money"} draws every money amount of the article once.
  parse: (raw, ctx) => ({bars: ctx.labelled(raw.figures ?? raw.bars, "bars", "money")}),

  // Money in US$, largest first; a foreign amount is converted under the view and drawn as derived.
  rows(tables, config, view) {
    const rows = config.bars
      .map(({figure, label}): BarRow => {
        const f = figureIn(tables, figure);
        const {value_usd, basis} = usdIn(tables, f, view);
        return {
          label,
          value_usd: Math.round(value_usd),
          kind: basis ? "derived" : "reported",
          figure_id: f.id,
          basis: basis?.basis ?? "",
          rate: basis ? roundRate(basis.rate) : null,
          source: basis ? `${f.text} at ${formatRate(basis.rate)} ${f.unit} per US$ (${basis.label})` : f.source
        };
      })
      .sort((a, b) => b.value_usd - a.value_usd);
    return Object.assign(rows, {dollars: constantLabel(tables, view)});
  },

  plot(rows, {width, config, document}) {
    const {dollars} = rows;
    const max = Math.max(...rows.map((d) => d.value_usd));
    const min = Math.min(...rows.map((d) => d.value_usd).filter((v) => v > 0));
    const narrow = width < NARROW; // on a phone the name and the amount take a line each
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
    const axis = axisScale(max); // "US$ billion", or thousand for the price of a car
    return asImage(
      Plot.plot({
        document,
        width,
        height: rows.length * (narrow ? 76 : 56) + 40,
        marginLeft: log ? 16 : 8, // a log axis's first tick ("100m") is centred on the left edge
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
              label: `US$${axis.word ? ` ${axis.word}` : ""}${dollars ? `, ${dollars}` : ""} →`,
              tickFormat: (d: number) => `${d / axis.scale}`,
              grid: true,
              ticks: width < NARROW ? 4 : 8
            },
        y: {domain: rows.map(key), label: null, axis: null},
        ariaLabel: `Bar chart: ${config.title}, in ${dollars ? `US dollars of ${dollars.replace(/ dollars$/, "")}` : "US dollars"}`,
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
  },

  // "5 amounts in US dollars. The largest is AWS: cloud infrastructure, US$14 billion; the smallest is …"
  describe(rows) {
    const {dollars} = rows;
    if (!rows.length) return "No amounts.";
    const sorted = [...rows].sort((a, b) => b.value_usd - a.value_usd);
    const [top, bottom] = [sorted[0], sorted.at(-1)!];
    const converted = rows.filter((r) => r.kind === "derived").length;
    const unit = dollars ? `US dollars of ${dollars.replace(/ dollars$/, "")}` : "US dollars";
    const money = (r: BarRow) => `${r.label}, ${formatMoney(r.value_usd, "USD")}`;
    return [
      `${plural(rows.length, "amount")} in ${unit}.`,
      rows.length === 1 ? `${money(top)}.` : `The largest is ${money(top)}; the smallest is ${money(bottom)}.`,
      converted ? `${converted} of them ${converted === 1 ? "is" : "are"} converted from another currency.` : ""
    ]
      .filter(Boolean)
      .join(" ");
  },

  source(tables, _config, rows, view) {
    const dollars = constantLabel(tables, view);
    const derived = rows.filter((r) => r.kind === "derived");
    const rates = unique(derived.map((r) => basisIn(tables, figureIn(tables, r.figure_id), view).source));
    // Two conversions are named one by one; more are counted, and the conversion table gives each one's rate.
    const each =
      derived.length > 2
        ? [`${derived.length} amounts in other currencies, each at the rate the conversion table gives it`]
        : derived.map((r) => r.source);
    const converted = [...each, ...(rates.length ? [`rates: ${rates.join("; ")}`] : [])];
    const sources = unique(rows.map((r) => figureIn(tables, r.figure_id).source));
    return `Sources: ${sources.join("; ")}${converted.length ? `; converted: ${converted.join("; ")}` : ""}${dollars ? `; in ${dollars} with US CPI-U (${tables.story[0].dollars_source})` : ""}.`;
  },

  columns: () => [
    {name: "label", label: "What"},
    {name: "value_usd", label: "US$", format: (v) => formatMoney(v as number, "USD")},
    {name: "kind", label: "Kind"},
    {name: "source", label: "Source"}
  ],
  download: ["label", "value_usd", "kind", "figure_id", "basis", "rate", "source"],

  // A chart that converts money, or that the story can show in constant dollars, follows the reader's view.
  follows: (tables, config) =>
    tables.story[0].dollars_month !== "" || config.bars.some((b) => figureIn(tables, b.figure).unit !== "USD"),

  // "investment-mean.csv", "investment-mean-2024-04-dollars.csv": the view the file was saved under.
  filename(tables, config, rows, view) {
    const basis = rows.find((r) => r.basis)?.basis;
    const dollars = constantLabel(tables, view) ? `-${tables.story[0].dollars_month}-dollars` : "";
    return `${config.id}${basis ? `-${basis}` : ""}${dollars}.csv`;
  },

  // Its bars' labels name the amounts the conversion table lists, where the registry gives none.
  labels: (config) => config.bars,

  legend: (rows) =>
    rows.some((r) => r.kind === "derived")
      ? {reported: "reported in US$", derived: "converted to US$ at the rate chosen for it"}
      : undefined
};

export default bars;
