// Each chart of the story as a figure: the chart, its source line, a download of the data behind it, and the data as
// a table. The same code draws the static page at build time (in jsdom) and the live page in the browser; what a
// chart shows is its type's (src/charts/<type>.ts), found in the one registry of chart types.
import {formatMoney, formatRate} from "../lib/story/format.js";
import type {StoryModel} from "../lib/story/model.js";
import {conversionRows} from "../lib/story/rows.js";
import {describePeriod} from "../lib/money/period.js";
import type {ChartConfig, TableColumn, View} from "../lib/charts/chart-type.js";
import {chartType} from "../lib/charts/chart-types.js";
import {sweepChart, sweepId} from "../lib/charts/sweep.js";
import {storyTables, unique, type StoryTables} from "../lib/charts/story-tables.js";
import {dataTable, downloadButton} from "./story.js";

// Everything a chart figure shows besides the chart: its title, rows, source line and table columns.
export interface FigureParts {
  id: string;
  title: string;
  rows: Record<string, unknown>[]; // the rows of its CSV
  source: string;
  columns: TableColumn[]; // the table alternative
  table?: Record<string, unknown>[]; // its rows, when not all of `rows` (every 20th day of a long series)
  legend?: {reported: string; derived: string}; // a bar chart's key to its solid and dashed bars
  download: string[]; // the CSV's columns
  filename: string;
  draw: (width: number, document?: Document) => Element;
  description: string; // the chart in a sentence or two, from its rows (its type's describe()), for screen readers
}

// A chart of the story by id: one of story.json's, or a conversion's sweep ("conversion-chip_subsidies").
function configOf(tables: StoryTables, id: string): ChartConfig {
  const chart = tables.charts.find((c) => c.id === id);
  if (chart) return chart;
  if (id.startsWith("conversion-")) return sweepChart(tables, id.slice("conversion-".length));
  throw new Error(`no chart "${id}" in data/story.json`);
}

// Whether a chart changes with the reader's view (a conversion's sweep; a bars chart of converted money). The others
// are drawn once: a change of view need not touch them.
export function followsView(model: StoryModel, id: string): boolean {
  const tables = storyTables(model);
  const config = configOf(tables, id);
  return chartType(config.type).follows(tables, config);
}

// Every chart id of the story, the conversions' sweeps included: for embeds and tests.
export function chartIds(model: StoryModel): string[] {
  return [...model.charts.map((c) => c.id), ...model.sweeps.map(sweepId)];
}

// "investment" → "desc-investment": the element holding the chart's description.
export const descriptionId = (id: string) => `desc-${id}`;

// A chart's parts under the reader's view, its drawing tied to its description: each SVG drawn names the description
// as what describes it.
export function figureParts(model: StoryModel, id: string, view: View = {}): FigureParts {
  const tables = storyTables(model);
  const config = configOf(tables, id);
  const type = chartType(config.type);
  const rows = type.rows(tables, config, view);
  const legend = type.legend?.(rows);
  const table = type.table?.(rows);
  const records = type.records(rows) as Record<string, unknown>[];
  return {
    id,
    title: config.title,
    rows: records,
    source: `${type.source(tables, config, rows, view)}${config.note ? ` ${config.note}` : ""}`,
    columns: type.columns(rows, config),
    ...(table ? {table: table as Record<string, unknown>[]} : {}),
    ...(legend ? {legend} : {}),
    download: type.download(records),
    filename: type.filename(tables, config, rows, view),
    draw: (width, document) => {
      const chart = type.plot(rows, {width, config, document});
      const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
      svg?.setAttribute("aria-describedby", descriptionId(id));
      return chart;
    },
    description: type.describe(rows, config)
  };
}

// The conversion table: every converted amount, its time, the rate the reader's choice gives it and its US$ value;
// the notes below it say where a rate is not of the amount's own time (the money is yet to be spent, say).
export function conversionTable(model: StoryModel, view: View = {}, doc: Document = document): HTMLElement {
  const rows = conversionRows(model, view);
  const box = doc.createElement("div");
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
    ],
    doc
  );
  table.classList.add("stack");
  // A title above the table, not a <caption>: a phone stacks the table's cells, and would squeeze a caption.
  const title = doc.createElement("p");
  title.className = "conversion-table-title";
  title.id = "conversion-table-title";
  title.textContent = "Every amount in another currency, in US dollars at the exchange rate chosen above";
  table.setAttribute("aria-labelledby", title.id);
  box.append(title, table);
  if (notes.length) {
    const list = doc.createElement("ol");
    list.className = "fx-notes";
    for (const n of notes) list.append(Object.assign(doc.createElement("li"), {textContent: `${n}.`}));
    box.append(list);
  }
  return box;
}

const button = (text: string, className: string, label: string, doc: Document) => {
  const b = doc.createElement("button");
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
  const doc = figure.ownerDocument;
  const png = button("PNG", "export-png", `Download “${parts.title}” as a PNG image`, doc);
  const svg = button("SVG", "export-svg", `Download “${parts.title}” as an SVG image`, doc);
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
    const open = button("Embed", "embed-open", `Embed “${parts.title}” in another page`, doc);
    open.setAttribute("aria-expanded", "false");
    const panel = doc.createElement("div");
    panel.className = "embed-panel";
    panel.hidden = true;
    const code = doc.createElement("textarea");
    code.readOnly = true;
    code.rows = 4;
    code.setAttribute("aria-label", `Code to embed “${parts.title}”`);
    const status = doc.createElement("p");
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
  const doc = chart.ownerDocument; // the page's, or the static page's jsdom document at build time
  const figure = doc.createElement("figure");
  figure.className = "chart";
  figure.id = `chart-${parts.id}`;
  figure.dataset.chart = parts.id;
  const body = doc.createElement("div");
  body.className = "chart-body";
  if (parts.legend) {
    const key = doc.createElement("p");
    key.className = "chart-legend";
    for (const kind of ["reported", "derived"] as const) {
      const swatch = doc.createElement("span");
      swatch.className = `legend-swatch ${kind}`;
      swatch.setAttribute("aria-hidden", "true");
      key.append(swatch, ` ${parts.legend[kind]} `);
    }
    body.append(key);
  }
  body.append(chart);
  // The chart in words, for screen readers (each SVG names it in aria-describedby); rewritten with the chart.
  const description = doc.createElement("p");
  description.className = "chart-description sr-only";
  description.id = descriptionId(parts.id);
  description.textContent = parts.description;
  body.append(description);
  const caption = doc.createElement("figcaption");
  caption.textContent = parts.source;
  const tools = doc.createElement("div");
  tools.className = "chart-tools";
  if (href) {
    const a = doc.createElement("a");
    a.className = "download";
    a.href = href;
    a.setAttribute("download", parts.filename);
    a.textContent = "⬇ Download this data (CSV)";
    tools.append(a);
  } else {
    tools.append(downloadButton(parts.rows, parts.download, parts.filename, undefined, doc));
  }
  tools.append(...imageTools(parts, figure, embed));
  const details = doc.createElement("details");
  const summary = doc.createElement("summary");
  summary.textContent = "Show the data as a table";
  details.append(summary, dataTable(parts.table ?? parts.rows, parts.columns, doc));
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
