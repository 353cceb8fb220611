// Page helpers: downloads of the current view, tables as text alternatives, the article with its amounts marked.
import type {TableColumn} from "../lib/charts/chart-type.js";

// A button that saves `rows` as CSV — the table behind a chart as the reader sees it now.
export function downloadButton(
  rows: Record<string, unknown>[],
  columns: string[],
  filename: string,
  label = "Download this data (CSV)",
  doc: Document = document
): HTMLButtonElement {
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "download";
  button.textContent = `⬇ ${label}`;
  button.dataset.filename = filename;
  button.addEventListener("click", async () => {
    // The CSV writer and the saving are loaded on the first click, not with the page.
    const [{saveBlob}, {toCsv}] = await Promise.all([import("./export.js"), import("../lib/csv/to-csv.js")]);
    saveBlob(new Blob([toCsv(rows, columns)], {type: "text/csv;charset=utf-8"}), filename);
  });
  return button;
}

// A plain, accessible HTML table of rows (no script needed to read it).

export function dataTable(
  rows: Record<string, unknown>[],
  columns: TableColumn[],
  doc: Document = document
): HTMLTableElement {
  const table = doc.createElement("table");
  table.className = "data-table";
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = doc.createElement("th");
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
  mentions: {start: number; end: number; kind: string; text: string; figure_ids: string[]}[],
  doc: Document = document
): HTMLElement {
  const article = doc.createElement("div");
  article.className = "annotated-article";
  let paragraph = doc.createElement("p");
  let at = 0;
  const pushText = (s: string) => {
    const parts = s.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) {
        article.append(paragraph);
        paragraph = doc.createElement("p");
      }
      if (part) paragraph.append(doc.createTextNode(part.replace(/^\n+|\n+$/g, "")));
    });
  };
  for (const m of mentions) {
    if (m.start < at) continue;
    pushText(text.slice(at, m.start));
    const mark = doc.createElement("mark");
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
