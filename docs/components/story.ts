// Prose helpers: figures cited from the tables (never typed into a page), footnotes, downloads, table alternatives.
import {toCsv} from "../lib/csv.js";
import {formatCount, formatMoney, formatOrdinal, formatShare} from "../lib/format.js";

export interface FigureRow {
  id: string;
  entity: string;
  kind: string;
  value: number;
  unit: string;
  value_usd: number | null;
  quote: string | null;
  sentence: string | null;
  source: string;
  in_article: boolean;
  note: string | null;
}

// A figure as the story prints it: 14e9 USD → "US$14 billion"; 32 rank → "32nd"; 0.024 share → "2.4%".
// Reported money keeps every digit it was reported with (US$25.44 billion); derived money is rounded.
export function formatFigure(f: Pick<FigureRow, "value" | "unit" | "kind">): string {
  if (/^[A-Z]{3}$/.test(f.unit)) return formatMoney(f.value, f.unit, {exact: f.kind === "reported"});
  if (f.unit === "rank") return formatOrdinal(f.value);
  if (f.unit === "share") return formatShare(f.value);
  if (f.unit === "JPY per USD") return f.value.toFixed(2);
  if (f.unit === "years") return `${f.value}-year`;
  if (f.unit === "year" || f.unit === "date") return String(f.value);
  return formatCount(f.value);
}

export interface Citations {
  // The figure, formatted, with its quote and source on hover and focus and a footnote number.
  cite(id: string, text?: string): HTMLElement;
  // The footnotes, in citation order.
  notes(): HTMLElement;
  get(id: string): FigureRow;
}

// `order` fixes the footnote numbers, so they do not depend on which cell renders first.
export function citations(figures: FigureRow[], order: string[]): Citations {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const get = (id: string) => {
    const f = byId.get(id);
    if (!f) throw new Error(`no figure "${id}" in figures.csv`);
    return f;
  };
  const number = (id: string) => {
    const n = order.indexOf(id);
    if (n < 0) throw new Error(`figure "${id}" is cited but not in the footnote order`);
    return n + 1;
  };
  const provenance = (f: FigureRow) =>
    f.in_article && f.quote ? `“${f.quote}” — ${f.source}` : `${f.source}${f.note ? ` (${f.note})` : ""}`;
  return {
    get,
    cite(id, text) {
      const f = get(id);
      const span = document.createElement("span");
      span.className = "figure";
      span.dataset.figure = id;
      span.tabIndex = 0;
      span.title = provenance(f);
      span.setAttribute("aria-describedby", `note-${id}`);
      const value = document.createElement("span");
      value.className = "figure-value";
      value.textContent = text ?? formatFigure(f);
      const sup = document.createElement("sup");
      const a = document.createElement("a");
      a.href = `#note-${id}`;
      a.textContent = String(number(id));
      a.setAttribute("aria-label", `note ${number(id)}`);
      sup.append(a);
      span.append(value, sup);
      return span;
    },
    notes() {
      const ol = document.createElement("ol");
      ol.className = "notes";
      for (const id of order) {
        const f = get(id);
        const li = document.createElement("li");
        li.id = `note-${id}`;
        li.textContent = `${formatFigure(f)}: ${provenance(f)}`;
        ol.append(li);
      }
      return ol;
    }
  };
}

// A button that saves `rows` as CSV — the table behind a chart as the reader sees it now.
export function downloadButton(
  rows: Record<string, unknown>[],
  columns: string[],
  filename: string,
  label = "Download this data (CSV)"
): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "download";
  button.textContent = `⬇ ${label}`;
  button.dataset.filename = filename;
  button.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([toCsv(rows, columns)], {type: "text/csv;charset=utf-8"}));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return button;
}

// The figure, a source line, a download button and (for a chart) the data as a table, its text alternative.
export function chartBlock(
  chart: Element,
  {source, table, download}: {source: string; table?: Element; download: HTMLButtonElement}
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart";
  const caption = document.createElement("figcaption");
  caption.textContent = source;
  const tools = document.createElement("div");
  tools.className = "chart-tools";
  tools.append(download);
  figure.append(chart, caption, tools);
  if (table) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "Show the data as a table";
    details.append(summary, table);
    figure.append(details);
  }
  return figure;
}

// A plain, accessible HTML table of rows (no script needed to read it).
export function dataTable(
  rows: Record<string, unknown>[],
  columns: {name: string; label: string; format?: (v: unknown) => string}[]
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "data-table";
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c.label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of columns) {
      const td = tr.insertCell();
      td.dataset.label = c.label; // shown before the value when a narrow screen stacks the cells
      td.textContent = c.format ? c.format(r[c.name]) : String(r[c.name] ?? "");
    }
  }
  return table;
}

// The article as text, every extracted amount marked by kind. Text nodes only: the article is never parsed as HTML.
export function annotatedArticle(
  text: string,
  mentions: {start: number; end: number; kind: string; text: string; figure_ids: string[]}[]
): HTMLElement {
  const article = document.createElement("div");
  article.className = "annotated-article";
  let paragraph = document.createElement("p");
  let at = 0;
  const pushText = (s: string) => {
    const parts = s.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) {
        article.append(paragraph);
        paragraph = document.createElement("p");
      }
      if (part) paragraph.append(document.createTextNode(part.replace(/^\n+|\n+$/g, "")));
    });
  };
  for (const m of mentions) {
    if (m.start < at) continue;
    pushText(text.slice(at, m.start));
    const mark = document.createElement("mark");
    mark.className = `kind-${m.kind}`;
    mark.dataset.kind = m.kind;
    mark.title = `${m.kind}${m.figure_ids.length ? ` — figure ${m.figure_ids.join(", ")}` : ""}`;
    mark.textContent = text.slice(m.start, m.end);
    paragraph.append(mark);
    at = m.end;
  }
  pushText(text.slice(at));
  article.append(paragraph);
  return article;
}
