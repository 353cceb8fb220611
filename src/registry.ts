// The figure registry (data/figures.csv) → typed, checked rows.
import {csvParse} from "d3-dsv";
import {isCurrency} from "./currencies.js";
import {hasColumns, type Problem} from "./errors.js";

export type FigureKind = "reported" | "derived";

export interface Figure {
  id: string;
  entity: string;
  category: string;
  kind: FigureKind;
  value: number | null; // null for derived rows until computed
  unit: string; // ISO 4217 code for money, otherwise a unit from NON_MONEY_UNITS ("date": a dated event whose
  // date the article gives in words, "last month"; its value is the year and as_of the day)
  as_of: string;
  in_article: boolean;
  quote: string;
  derive: string; // derived rows: "rate:a/b", "share:a/b" or "usd:a+b"
  source: string;
  note: string;
  status: FigureStatus; // draft until a person has checked it against the article and its source
  line: number; // line in the registry file
}

export const STATUSES = ["checked", "draft"] as const;
export type FigureStatus = (typeof STATUSES)[number];

export const COLUMNS = [
  "id",
  "entity",
  "category",
  "kind",
  "value",
  "unit",
  "as_of",
  "in_article",
  "quote",
  "derive",
  "source",
  "note"
];
export const NON_MONEY_UNITS = new Set([
  "rank",
  "count",
  "people",
  "years",
  "year",
  "date",
  "%",
  "share",
  "JPY per USD"
]);
const DERIVE = /^(rate|share):([a-z0-9_]+)\/([a-z0-9_]+)$|^usd:([a-z0-9_]+(?:\+[a-z0-9_]+)*)$/;

export interface NotFigure {
  text: string;
  reason: string;
  line: number;
}

export function parseRegistry(csv: string, file: string, problems: Problem[]): Figure[] {
  const rows = csvParse(csv);
  if (!hasColumns(rows.columns, COLUMNS, file, problems)) return [];
  const seen = new Map<string, number>();
  const figures: Figure[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const at = (message: string) => problems.push({file, line, message});
    const id = row.id ?? "";
    if (!/^[a-z0-9_]+$/.test(id)) at(`id "${id}" must be lower-case letters, digits and underscores`);
    if (seen.has(id)) at(`duplicate id "${id}" (first on line ${seen.get(id)})`);
    else seen.set(id, line);
    const kind = row.kind as FigureKind;
    if (kind !== "reported" && kind !== "derived") at(`kind "${row.kind}" must be "reported" or "derived"`);
    const unit = row.unit ?? "";
    if (/^[A-Z]{3}$/.test(unit) ? !isCurrency(unit) : !NON_MONEY_UNITS.has(unit)) {
      at(/^[A-Z]{3}$/.test(unit) ? `unknown currency "${unit}"` : `unknown unit "${unit}"`);
    }
    const raw = (row.value ?? "").trim();
    let value: number | null = null;
    if (kind === "derived") {
      if (raw !== "") at(`derived figure "${id}" must leave value empty: it is computed from "${row.derive}"`);
      if (!DERIVE.test(row.derive ?? ""))
        at(`derived figure "${id}" has no valid derive rule (got "${row.derive ?? ""}")`);
    } else {
      value = Number(raw);
      if (raw === "" || !Number.isFinite(value)) at(`value "${raw}" of "${id}" is not a finite number`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.as_of ?? "")) at(`as_of "${row.as_of}" is not an ISO date`);
    const inArticle = row.in_article === "true";
    if (row.in_article !== "true" && row.in_article !== "false")
      at(`in_article "${row.in_article}" must be true or false`);
    if (inArticle && !row.quote) at(`"${id}" is marked in_article but has no quote`);
    if (!inArticle && !row.source) at(`"${id}" is not from the article, so it needs a source`);
    // An optional column: a registry without it is all checked.
    const status = (row.status || "checked") as FigureStatus;
    if (!STATUSES.includes(status)) at(`status "${row.status}" of "${id}" must be "checked" or "draft"`);
    figures.push({
      id,
      entity: row.entity ?? "",
      category: row.category ?? "",
      kind,
      value,
      unit,
      as_of: row.as_of ?? "",
      in_article: inArticle,
      quote: row.quote ?? "",
      derive: row.derive ?? "",
      source: row.source ?? "",
      note: row.note ?? "",
      status,
      line
    });
  });
  return figures;
}

export function parseNotFigures(csv: string, file: string, problems: Problem[]): NotFigure[] {
  const rows = csvParse(csv);
  if (!hasColumns(rows.columns, ["text", "reason"], file, problems)) return [];
  return rows.map((row, i) => ({text: row.text ?? "", reason: row.reason ?? "", line: i + 2}));
}

export interface DerivationRule {
  op: "rate" | "share" | "usd";
  ids: string[];
}

// "rate:a/b" → {op: "rate", ids: ["a", "b"]}; "usd:a+b" → {op: "usd", ids: ["a", "b"]}
export function parseDerive(rule: string): DerivationRule | undefined {
  const m = DERIVE.exec(rule);
  if (!m) return undefined;
  return m[1] ? {op: m[1] as "rate" | "share", ids: [m[2], m[3]]} : {op: "usd", ids: m[4].split("+")};
}
