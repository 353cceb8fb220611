// The Data page (/data): every table with a preview, its schema and its downloads (docs/components/data-page.ts);
// FileAttachment names must be literal, so they are written out from the catalog here.
import {TABLES} from "../../src/index.js";
import {jsCell} from "./js-cell.js";
import type {Page} from "./page.js";

export const data: Page = {
  path: "/data",
  title: () => "Data",
  description: () =>
    "Every table behind the story, as CSV and JSON, with its schema, and all of them as a Frictionless data package.",
  render() {
    const files = TABLES.map(
      (t) =>
        `  ${JSON.stringify(t.name)}: {csv: FileAttachment(${JSON.stringify(`data/tables/${t.name}.csv`)}), json: FileAttachment(${JSON.stringify(`data/tables/${t.name}.json`)})}`
    );
    return [
      jsCell(`// Data: the catalog of published tables (name, description, schema), then every table itself.
const catalog = FileAttachment("data/tables/catalog.json").json();
const files = {
${files.join(",\n")}
};
const tables = await csvTables(files);`),
      jsCell(`import {csvTables, tableSections} from "./components/data-page.js";`),
      "# Data",
      "",
      "Every table behind the story, rebuilt from the raw files in `data/` on each build. The CSV files are UTF-8, comma-separated with CRLF line ends, numbers without separators or currency symbols; a text cell that a spreadsheet would run as a formula starts with an apostrophe.",
      "",
      // The zip is a file of the build (Framework copies it); datapackage.json is written beside the pages after the
      // build, with paths to the built tables, so Framework must neither copy nor check it (rel="external").
      `<p class="data-package"><a href="./data/tables.zip" download="tables.zip">Download all (zip)</a>: every table as CSV and JSON, with <code>datapackage.json</code> · <a href="./datapackage.json" rel="external" download="datapackage.json">Data package (datapackage.json)</a>: every table's path, schema, sources and licences, in the Frictionless Data Package format.</p>`,
      "",
      jsCell(`for (const node of tableSections(catalog, tables, files, Inputs.table)) display(node);`)
    ].join("\n");
  }
};
