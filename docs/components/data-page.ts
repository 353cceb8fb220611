// The Data page's section for one published table: its title, size and downloads, a preview and its schema.
import {autoType} from "d3-dsv";
import {csvRows} from "../lib/csv/csv-rows.js";
import {dataTable} from "./story.js";

interface Spec {
  name: string;
  title: string;
  description: string;
  columns: {name: string; type: string; meaning: string}[];
}
type Preview = (rows: Record<string, unknown>[], options: object) => HTMLElement; // Inputs.table
type Link = {href: string};

// Numbers group their digits only from 10,000 up, so years and offsets print as 1980 and 1303, not 1,980.
const plain = (d: unknown) =>
  d == null
    ? ""
    : (d as number).toLocaleString("en-US", {maximumFractionDigits: 6, useGrouping: Math.abs(d as number) >= 1e4});

const link = (href: string, download: string, text: string) =>
  Object.assign(document.createElement("a"), {href, download, textContent: text});

// A published CSV as typed rows, as FileAttachment's csv({typed: true}) reads it, but without d3-dsv's row
// converter, which compiles each header with new Function: the page's policy runs no string as code (scripts/csp.ts).
// "a,b\r\nx,1" → [{a: "x", b: 1}]
export function csvTable(text: string): Record<string, unknown>[] {
  const [header = [], ...rows] = csvRows(text);
  return rows.map((row) => autoType(Object.fromEntries(header.map((name, i) => [name, row[i] || ""]))));
}

// Every published table's rows, by name, read from its CSV file: {figures: {csv: FileAttachment(…)}} →
// {figures: [{id: "aws_cloud", …}, …]}.
export async function csvTables(
  files: Record<string, {csv: {text(): Promise<string>}}>
): Promise<Record<string, Record<string, unknown>[]>> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([name, f]) => [name, csvTable(await f.csv.text())] as const)
  );
  return Object.fromEntries(entries);
}

// The page's sections, one for each table of the catalog, in its order.
export function tableSections(
  catalog: Spec[],
  tables: Record<string, Record<string, unknown>[]>,
  files: Record<string, {csv: Link; json: Link}>,
  preview: Preview
): HTMLElement[] {
  return catalog.flatMap((spec) => tableSection(spec, tables[spec.name], files[spec.name], preview));
}

function tableSection(
  spec: Spec,
  rows: Record<string, unknown>[],
  files: {csv: Link; json: Link},
  preview: Preview
): HTMLElement[] {
  const heading = Object.assign(document.createElement("h2"), {id: spec.name, textContent: spec.title});
  const about = document.createElement("p");
  const csv = link(files.csv.href, `${spec.name}.csv`, "Download CSV");
  csv.dataset.table = spec.name;
  about.append(
    `${spec.description} `,
    document.createElement("br"),
    Object.assign(document.createElement("strong"), {textContent: `${rows.length} rows.`}),
    "\n",
    csv,
    " · ",
    link(files.json.href, `${spec.name}.json`, "Download JSON")
  );
  const format = Object.fromEntries(spec.columns.filter((c) => c.type === "number").map((c) => [c.name, plain]));
  // A preview, not a picker: no row checkboxes; it scrolls, so it takes keyboard focus and has a name.
  const table = preview(rows, {rows: 8, maxWidth: 1200, layout: "auto", format, select: false});
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", `${spec.title}: preview of ${rows.length} rows`);
  const schema = document.createElement("details");
  schema.append(
    Object.assign(document.createElement("summary"), {textContent: `Schema of ${spec.name}`}),
    dataTable(spec.columns, [
      {name: "name", label: "Column"},
      {name: "type", label: "Type"},
      {name: "meaning", label: "Meaning"}
    ])
  );
  return [heading, about, table, schema];
}
