// The draft's figures.csv: one row per money amount, status draft, with its quote, period, label and note.
import {csvText} from "../csv/to-csv.js";
import {COLUMNS} from "../inputs/registry.js";

// The figure registry's columns as the draft writes them: the id and its label, the registry's, then status,
// period, and the figure a row restates or converts.
const DRAFT_COLUMNS = [COLUMNS[0], "label", ...COLUMNS.slice(1), "status", "period", "restates", "converts"];

export interface DraftRow {
  id: string;
  value: number;
  unit: string;
  quote: string;
  period: string;
  restates: string;
  converts: string;
  label: string;
}

// The rows as figures.csv; `source` is every row's source ("article (Wire 2025-09-01)"), `notes` by id.
export function figuresCsv(figures: DraftRow[], notes: Map<string, string>, source: string, published: string): string {
  return csvText([
    DRAFT_COLUMNS,
    ...figures.map((f) => {
      const row: Record<string, string> = {
        id: f.id,
        entity: "",
        category: "money",
        kind: "reported",
        value: String(f.value),
        unit: f.unit,
        as_of: published,
        in_article: "true",
        quote: f.quote,
        derive: "",
        source,
        note: notes.get(f.id) ?? "",
        status: "draft",
        period: f.period,
        restates: f.restates,
        converts: f.converts,
        label: f.label
      };
      return DRAFT_COLUMNS.map((c) => row[c] ?? "");
    })
  ]);
}
