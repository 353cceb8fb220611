// Each chart of the story as a figure: the chart, its source line, a download of the data behind it, and the data as
// a table. The same code draws the static page at build time (in jsdom) and the live page in the browser.
import {formatMoney, formatOrdinal, formatRate, formatShare} from "../lib/format.js";
import type {StoryModel} from "../lib/model.js";
import {
  barRows,
  basisFor,
  basisMarks,
  chartOf,
  chosenMark,
  conversionRows,
  figureOf,
  rankRow,
  rateRows,
  shareRows,
  sweepRows,
  timelineRows,
  type View
} from "../lib/rows.js";
import {CURRENCIES} from "../lib/currencies.js";
import {describePeriod} from "../lib/period.js";
import {barChart, rankChart, rateChart, shareChart, sweepChart, timelineChart} from "./charts.js";
import {
  describeBars,
  describeRank,
  describeRates,
  describeShares,
  describeSweep,
  describeTimeline
} from "../lib/describe.js";
import {dataTable, downloadButton, type Column} from "./story.js";

// "JPY" → "yen per US dollar"; "EUR" → "euro per US dollar"
export function rateUnit(currency: string): string {
  const name = CURRENCIES[currency]?.name ?? currency;
  return `${currency === "JPY" ? "yen" : name} per US dollar`;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

// Everything a chart figure shows besides the chart: its title, rows, source line and table columns.
export interface FigureParts {
  id: string;
  title: string;
  rows: Record<string, unknown>[];
  source: string;
  columns: Column[]; // the table alternative
  table?: Record<string, unknown>[]; // its rows, when not all of `rows` (every 20th day of a long series)
  legend?: {reported: string; derived: string}; // a bar chart's key to its solid and dashed bars
  download: string[]; // the CSV's columns
  filename: string;
  draw: (width: number, document?: Document) => Element;
  description: string; // the chart in a sentence or two, from its rows (src/describe.ts), for screen readers
}

// The id of a conversion's sweep chart: "chip_subsidies" → "conversion-chip_subsidies".
export const sweepId = (figure: string) => `conversion-${figure}`;

// Whether a chart changes with the reader's rate basis: a conversion's sweep, and a bars chart that draws money
// in another currency, or in constant dollars when the story has them. The others are drawn once: a change of
// view need not touch them.
export function followsView(model: StoryModel, id: string): boolean {
  if (id.startsWith("conversion-")) return true;
  const chart = model.charts.find((c) => c.id === id);
  return (
    chart?.type === "bars" &&
    (model.dollars !== undefined || chart.bars.some((b) => figureOf(model, b.figure).unit !== "USD"))
  );
}

// Every chart id of the story, the conversions' sweeps included: for embeds and tests.
export function chartIds(model: StoryModel): string[] {
  return [...model.charts.map((c) => c.id), ...model.sweeps.map(sweepId)];
}

// A chart's parts, its drawing tied to its description: each SVG drawn names the description as what describes it.
export function figureParts(model: StoryModel, id: string, view: View = {}): FigureParts {
  const parts = partsOf(model, id, view);
  const draw = parts.draw;
  return {
    ...parts,
    draw: (width, document) => {
      const chart = draw(width, document);
      const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
      svg?.setAttribute("aria-describedby", descriptionId(id));
      return chart;
    }
  };
}

// "investment" → "desc-investment": the element holding the chart's description.
export const descriptionId = (id: string) => `desc-${id}`;

function partsOf(model: StoryModel, id: string, view: View): FigureParts {
  const {meta} = model;
  const byline = `${meta.agency ? `${meta.agency} via ` : ""}${meta.outlet} (${meta.published})`;
  if (id.startsWith("conversion-")) {
    const figure = figureOf(model, id.slice("conversion-".length));
    const sweep = sweepRows(model, figure.id);
    const bases = basisMarks(model, figure.id);
    const chosen = chosenMark(model, figure.id, view);
    const unit = rateUnit(figure.unit);
    const rows = [...bases, {...chosen, basis: `chosen: ${chosen.basis}`}];
    const sources = unique(Object.values(model.fx[figure.id] ?? {}).map((b) => b!.source));
    return {
      id,
      title: `${figure.text} in US dollars, by exchange rate`,
      rows,
      source: `Source: ${figure.in_article ? byline : figure.source}; rates: ${sources.join("; ")}. Dashed lines mark the published bases.`,
      columns: [
        {name: "basis", label: "Basis"},
        {name: "rate", label: `${unit[0].toUpperCase()}${unit.slice(1)}`, format: (v) => formatRate(v as number)},
        {name: "value_usd", label: "US$", format: (v) => formatMoney(v as number, "USD")}
      ],
      download: ["basis", "label", "rate", "value", "value_usd"],
      filename: `${id}-${chosen.basis}.csv`,
      draw: (width, document) => sweepChart(sweep, {width, document, chosen, bases, amount: figure.text, unit}),
      description: describeSweep(sweep, chosen, figure.text, unit)
    };
  }
  const chart = chartOf(model, id);
  const note = chart.note ? ` ${chart.note}` : "";
  if (chart.type === "bars") {
    const rows = barRows(model, chart, view);
    // "April 2024 dollars" when the reader asks for constant dollars; else each sum is in its own time's.
    const dollars = view.dollars === "constant" && model.dollars ? model.dollars.label : undefined;
    const derived = rows.filter((r) => r.kind === "derived");
    const rates = unique(derived.map((r) => basisFor(model, figureOf(model, r.figure_id), view).source));
    // Two conversions are named one by one; more are counted, and the conversion table gives each one's rate.
    const each =
      derived.length > 2
        ? [`${derived.length} amounts in other currencies, each at the rate the conversion table gives it`]
        : derived.map((r) => r.source);
    const converted = [...each, ...(rates.length ? [`rates: ${rates.join("; ")}`] : [])];
    const sources = unique(rows.map((r) => figureOf(model, r.figure_id).source));
    return {
      id,
      title: chart.title,
      rows,
      source: `Sources: ${sources.join("; ")}${converted.length ? `; converted: ${converted.join("; ")}` : ""}${dollars ? `; in ${dollars} with US CPI-U (${model.dollars!.source})` : ""}.${note}`,
      columns: [
        {name: "label", label: "What"},
        {name: "value_usd", label: "US$", format: (v) => formatMoney(v as number, "USD")},
        {name: "kind", label: "Kind"},
        {name: "source", label: "Source"}
      ],
      download: ["label", "value_usd", "kind", "figure_id", "basis", "rate", "source"],
      filename: `${id}${rows.some((r) => r.kind === "derived") ? `-${rows.find((r) => r.basis)!.basis}` : ""}${dollars ? `-${model.dollars!.month}-dollars` : ""}.csv`,
      ...(rows.some((r) => r.kind === "derived")
        ? {legend: {reported: "reported in US$", derived: "converted to US$ at the rate chosen for it"}}
        : {}),
      draw: (width, document) => barChart(rows, {width, document, title: chart.title, dollars}),
      description: describeBars(rows, dollars)
    };
  }
  if (chart.type === "rates") {
    const {rows, window, annotations, frequency, source} = rateRows(model, chart);
    const unit = rateUnit(chart.currency);
    const step = Math.max(1, Math.round(rows.length / 50));
    const marked = new Set(annotations.map((a) => +a.date));
    return {
      id,
      title: chart.title,
      rows: rows.map((r) => ({date: day(r.date), rate: r.rate})),
      source: `Source: ${source}; ${rows.length} ${frequency === "daily" ? "trading days" : "monthly averages"}, ${day(rows[0].date)} to ${day(rows[rows.length - 1].date)}.${note}`,
      columns: [
        {
          name: "date",
          label:
            step > 1 ? `Date (every ${formatOrdinal(step)} ${frequency === "daily" ? "trading day" : "month"})` : "Date"
        },
        {name: "rate", label: `${unit[0].toUpperCase()}${unit.slice(1)}`, format: (v) => formatRate(v as number)}
      ],
      download: ["date", "rate"],
      filename: `${id}.csv`,
      table: rows
        .filter((r, i) => i % step === 0 || marked.has(+r.date))
        .map((r) => ({date: day(r.date), rate: r.rate})),
      draw: (width, document) => rateChart(rows, {width, document, unit, window, annotations}),
      description: describeRates(rows, unit)
    };
  }
  if (chart.type === "rank") {
    const row = rankRow(model, chart);
    return {
      id,
      title: chart.title,
      rows: [row],
      source: `Source: ${unique([figureOf(model, chart.figure).source, figureOf(model, chart.of).source]).join("; ")}.${note}`,
      columns: [
        {name: "label", label: "Indicator"},
        {name: "value", label: "Rank", format: (v) => formatOrdinal(v as number)},
        {name: "of", label: "Of"}
      ],
      download: ["id", "label", "subject", "value", "of", "source"],
      filename: `${id}.csv`,
      draw: (width, document) => rankChart(row, {width, document}),
      description: describeRank(row)
    };
  }
  if (chart.type === "shares") {
    const rows = shareRows(model, chart);
    const sources = unique(chart.rows.flatMap((r) => [figureOf(model, r.figure).source, figureOf(model, r.of).source]));
    return {
      id,
      title: chart.title,
      rows,
      source: `Sources: ${sources.join("; ")}; shares computed from these counts.${note}`,
      columns: [
        {name: "label", label: "Indicator"},
        {name: "text", label: "Count"},
        {name: "share", label: "Share", format: (v) => formatShare(v as number)}
      ],
      download: ["id", "label", "value", "of", "share"],
      filename: `${id}.csv`,
      draw: (width, document) => shareChart(rows, {width, document}),
      description: describeShares(rows)
    };
  }
  const rows = timelineRows(model, chart);
  return {
    id,
    title: chart.title,
    rows: rows.map((r) => ({...r, date: day(r.date)})),
    source: `Sources: ${unique(rows.map((r) => figureOf(model, r.figure_id).source)).join("; ")}.${note}`,
    columns: [
      {name: "date", label: "Date"},
      {name: "label", label: "Event"}
    ],
    download: ["date", "label", "figure_id"],
    filename: `${id}.csv`,
    draw: (width, document) => timelineChart(rows, {width, document}),
    description: describeTimeline(rows)
  };
}

// The conversion table: every converted amount, its time, the rate the reader's choice gives it and its US$ value;
// the notes below it say where a rate is not of the amount's own time (the money is yet to be spent, say).
export function conversionTable(model: StoryModel, view: View = {}): HTMLElement {
  const rows = conversionRows(model, view);
  const box = document.createElement("div");
  box.className = "conversion-table";
  box.dataset.conversions = "";
  const notes = unique(rows.map((r) => r.note));
  const table = dataTable(
    rows.map((r) => ({...r, note: r.note ? `${notes.indexOf(r.note) + 1}` : ""})),
    [
      {name: "label", label: "What"},
      {name: "amount", label: "Amount"},
      {name: "period", label: "Its time", format: (v) => describePeriod(String(v ?? ""))},
      {name: "rate", label: "Rate per US$", format: (v) => formatRate(v as number)},
      {name: "rate_label", label: "Basis"},
      {name: "value_usd", label: "US$", format: (v) => formatMoney(v as number, "USD")},
      ...(model.dollars
        ? [
            {
              name: "value_constant_usd",
              label: `In ${model.dollars.label}`,
              format: (v: unknown) => (v == null ? "" : formatMoney(v as number, "USD"))
            }
          ]
        : []),
      ...(notes.length ? [{name: "note", label: "Note"}] : [])
    ]
  );
  table.classList.add("stack");
  // A title above the table, not a <caption>: a phone stacks the table's cells, and would squeeze a caption.
  const title = document.createElement("p");
  title.className = "conversion-table-title";
  title.id = "conversion-table-title";
  title.textContent = "Every amount in another currency, in US dollars at the exchange rate chosen above";
  table.setAttribute("aria-labelledby", title.id);
  box.append(title, table);
  if (notes.length) {
    const list = document.createElement("ol");
    list.className = "fx-notes";
    for (const n of notes) list.append(Object.assign(document.createElement("li"), {textContent: `${n}.`}));
    box.append(list);
  }
  return box;
}

const button = (text: string, className: string, label: string) => {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `download ${className}`;
  b.textContent = text;
  b.setAttribute("aria-label", label);
  return b;
};

// "PNG", "SVG" and "Embed" for a chart: the image buttons save the chart as drawn now, with its title and source;
// "Embed" shows, and copies, the code that puts this chart in another page. Static pages carry the buttons too
// (hidden when scripts are off), so the row keeps its height when the live figure takes over.
function imageTools(parts: FigureParts, figure: HTMLElement, embed: boolean): HTMLElement[] {
  const png = button("PNG", "export-png", `Download “${parts.title}” as a PNG image`);
  const svg = button("SVG", "export-svg", `Download “${parts.title}” as an SVG image`);
  const tools: HTMLElement[] = [png, svg];
  const stem = parts.filename.replace(/\.csv$/, "");
  // The export code loads on the first click (components/export.ts), not with the page.
  const image = async () => {
    const x = await import("./export.js");
    const drawn = figure.querySelector<SVGSVGElement>(".chart-body svg");
    if (!drawn) throw new Error(`no chart drawn in #${figure.id}`);
    return {x, svg: x.standaloneSvg(drawn, {title: parts.title, source: parts.source, legend: x.legendText(parts)})};
  };
  png.addEventListener("click", async () => {
    const {x, svg} = await image();
    x.saveBlob(await x.pngBlob(svg, 2), `${stem}.png`);
  });
  svg.addEventListener("click", async () => {
    const {x, svg} = await image();
    x.saveBlob(new Blob([svg.text], {type: "image/svg+xml"}), `${stem}.svg`);
  });
  if (embed) {
    const open = button("Embed", "embed-open", `Embed “${parts.title}” in another page`);
    open.setAttribute("aria-expanded", "false");
    const panel = document.createElement("div");
    panel.className = "embed-panel";
    panel.hidden = true;
    const code = document.createElement("textarea");
    code.readOnly = true;
    code.rows = 4;
    code.setAttribute("aria-label", `Code to embed “${parts.title}”`);
    const status = document.createElement("p");
    status.className = "embed-status";
    status.setAttribute("aria-live", "polite");
    panel.append(code, status);
    open.addEventListener("click", async () => {
      const src = new URL(`./embed/${parts.id}${location.search}`, location.href).href;
      const {embedSnippet} = await import("./export.js");
      code.value = embedSnippet(src, parts.title, figure.getBoundingClientRect().height + 80);
      panel.hidden = false;
      open.setAttribute("aria-expanded", "true");
      code.select();
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = "Copied: paste it into your page’s HTML.";
      } catch {
        status.textContent = "Select the code above and copy it into your page’s HTML.";
      }
    });
    tools.push(open, panel);
  }
  for (const t of tools) t.classList.add("needs-script");
  return tools;
}

// The figure element: `chart` is the drawn chart (or a live, resizing one in the browser); `href` links the
// static CSV when there is no script to make one; `embed: false` leaves out the embed code (on an embed page).
export function chartFigure(
  parts: FigureParts,
  chart: Element,
  {href, embed = true}: {href?: string; embed?: boolean} = {}
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.id = `chart-${parts.id}`;
  figure.dataset.chart = parts.id;
  const body = document.createElement("div");
  body.className = "chart-body";
  if (parts.legend) {
    const key = document.createElement("p");
    key.className = "chart-legend";
    for (const kind of ["reported", "derived"] as const) {
      const swatch = document.createElement("span");
      swatch.className = `legend-swatch ${kind}`;
      swatch.setAttribute("aria-hidden", "true");
      key.append(swatch, ` ${parts.legend[kind]} `);
    }
    body.append(key);
  }
  body.append(chart);
  // The chart in words, for screen readers (each SVG names it in aria-describedby); rewritten with the chart.
  const description = document.createElement("p");
  description.className = "chart-description sr-only";
  description.id = descriptionId(parts.id);
  description.textContent = parts.description;
  body.append(description);
  const caption = document.createElement("figcaption");
  caption.textContent = parts.source;
  const tools = document.createElement("div");
  tools.className = "chart-tools";
  if (href) {
    const a = document.createElement("a");
    a.className = "download";
    a.href = href;
    a.setAttribute("download", parts.filename);
    a.textContent = "⬇ Download this data (CSV)";
    tools.append(a);
  } else {
    tools.append(downloadButton(parts.rows, parts.download, parts.filename));
  }
  tools.append(...imageTools(parts, figure, embed));
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "Show the data as a table";
  details.append(summary, dataTable(parts.table ?? parts.rows, parts.columns));
  figure.append(body, caption, tools, details);
  return figure;
}

// In the browser: the live figure takes the place of the static one, keeping the reader's open table.
export function replaceFigure(figure: HTMLElement): void {
  const old = document.getElementById(figure.id);
  if (!old) throw new Error(`no element #${figure.id} on the page`);
  if (old.querySelector("details")?.open) figure.querySelector("details")!.open = true;
  // The live chart is drawn once its width is known: until then it keeps the static chart's room. A live figure
  // replaced on a change of view (the reader's own input) is drawn in the same frame, without asking the page's
  // layout for a height first.
  const body = figure.querySelector<HTMLElement>(".chart-body");
  const room = old.querySelector(".chart-static")
    ? old.querySelector(".chart-body")?.getBoundingClientRect().height
    : 0;
  if (body && room && !body.querySelector("svg")) {
    body.style.minHeight = `${room}px`;
    const drawn = new MutationObserver(() => {
      if (!body.querySelector("svg")) return;
      body.style.minHeight = "";
      drawn.disconnect();
    });
    drawn.observe(body, {childList: true, subtree: true});
  }
  old.replaceWith(figure);
}

// A chart that redraws at its container's width, as Framework's resize() does, but drawn at once when the width is
// already known: a chart redrawn for a change of view is in place before the next frame.
export function sized(draw: (width: number) => Element, width?: number): HTMLElement {
  const box = document.createElement("div");
  let drawn = 0;
  const render = (w: number) => {
    if (!w || w === drawn) return;
    drawn = w;
    box.dataset.width = String(w); // read by redrawFigure, which so never asks the layout for it
    box.replaceChildren(draw(w));
  };
  if (width) render(width);
  // A box taken off the page (the chart redrawn in its place) reports a width of 0: it is then let go.
  const observer = new ResizeObserver(([entry]) =>
    box.isConnected ? render(Math.floor(entry.contentRect.width)) : observer.disconnect()
  );
  observer.observe(box);
  return box;
}

// On a change of view: the chart drawn again under it, at the width it has now, in place of the old one.
export function redrawFigure(model: StoryModel, id: string, view: View, {embed = true} = {}): void {
  const box = document.getElementById(`chart-${id}`)?.querySelector<HTMLElement>(".chart-body [data-width]");
  const parts = figureParts(model, id, view);
  replaceFigure(
    chartFigure(
      parts,
      sized((width) => parts.draw(width), Number(box?.dataset.width) || undefined),
      {embed}
    )
  );
}

// In the browser: the conversion table under the reader's view takes the place of the static one.
export function replaceConversionTable(table: HTMLElement): void {
  document.querySelector("[data-conversions]")?.replaceWith(table);
}
