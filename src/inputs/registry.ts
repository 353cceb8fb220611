// The figure registry (data/figures.csv) → typed, checked rows.
import {isCurrency} from "../amounts/currencies.js";
import {readCsv} from "../csv/read-csv.js";
import {isIsoDate} from "./dates.js";
import type {Problem} from "./errors.js";
import {parsePeriod} from "../money/period.js";

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
  derive: string; // derived rows: "rate:a/b", "share:a/b", "usd:a+b", "gdp_share:a:JPN" or "per_person:a:JPN"
  source: string;
  note: string;
  status: FigureStatus; // draft until a person has checked it against the article and its source
  period: string; // the time the amount refers to: "2024", "2021..2023", "2024-04..2025-03"; "" for the publication date
  restates: string; // the id of the figure this row mentions again ("the more than 30 trillion won fund"); ""
  converts: string; // on the article's own conversion ("300 billion yuan ($41.4 billion)": the US$ row), the id of
  // the amount it converts; ""
  label: string; // the short name charts and tables give the figure: "AWS cloud expansion"; "" for none
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
// Money is in a currency's code: "JPY", "USD"; never "JPY per USD" or "count".
export const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);
// A rate between two currencies: "JPY per USD", "KRW per EUR".
export const isRateUnit = (unit: string) =>
  /^[A-Z]{3} per [A-Z]{3}$/.test(unit) && unit.split(" per ").every((c) => isCurrency(c));

// What a value in each unit can be: -5 "count" → "must be a whole number ≥ 0"; undefined when it is fine.
export function unitRule(value: number, unit: string): string | undefined {
  const whole = Number.isInteger(value);
  if (isCurrency(unit) || unit === "years") return value >= 0 ? undefined : "must be ≥ 0";
  if (unit === "count" || unit === "people") return whole && value >= 0 ? undefined : "must be a whole number ≥ 0";
  if (unit === "rank") return whole && value >= 1 ? undefined : "must be a whole number ≥ 1";
  if (unit === "year" || unit === "date") return whole ? undefined : "must be a whole year";
  if (unit === "share") return value >= 0 && value <= 1 ? undefined : "must be between 0 and 1";
  if (isRateUnit(unit)) return value > 0 ? undefined : "must be > 0";
  return undefined;
}

const DERIVE =
  /^(rate|share):([a-z0-9_]+)\/([a-z0-9_]+)$|^usd:([a-z0-9_]+(?:\+[a-z0-9_]+)*)$|^(gdp_share|per_person):([a-z0-9_]+):([A-Z0-9]{3})$/;

export interface NotFigure {
  text: string;
  reason: string;
  line: number;
}

export function parseRegistry(csv: string | undefined, file: string, problems: Problem[]): Figure[] {
  const seen = new Map<string, number>();
  const figures: Figure[] = [];
  for (const {line, cells: row} of readCsv(csv, file, COLUMNS, problems)) {
    const at = (message: string) => problems.push({file, line, message});
    const id = row.id ?? "";
    if (!/^[a-z0-9_]+$/.test(id)) at(`id "${id}" must be lower-case letters, digits and underscores`);
    if (seen.has(id)) at(`duplicate id "${id}" (first on line ${seen.get(id)})`);
    else seen.set(id, line);
    const kind = row.kind as FigureKind;
    if (kind !== "reported" && kind !== "derived") at(`kind "${row.kind}" must be "reported" or "derived"`);
    const unit = row.unit ?? "";
    if (/^[A-Z]{3}$/.test(unit) ? !isCurrency(unit) : !NON_MONEY_UNITS.has(unit) && !isRateUnit(unit)) {
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
      else if (unitRule(value, unit)) at(`value ${raw} of "${id}" ${unitRule(value, unit)} (unit "${unit}")`);
    }
    if (!isIsoDate(row.as_of ?? "")) at(`as_of "${row.as_of}" is not a calendar date (YYYY-MM-DD)`);
    const inArticle = row.in_article === "true";
    if (row.in_article !== "true" && row.in_article !== "false")
      at(`in_article "${row.in_article}" must be true or false`);
    if (inArticle && !row.quote) at(`"${id}" is marked in_article but has no quote`);
    if (!inArticle && !row.source) at(`"${id}" is not from the article, so it needs a source`);
    // An optional column: a registry without it is all checked.
    const status = (row.status || "checked") as FigureStatus;
    if (!STATUSES.includes(status)) at(`status "${row.status}" of "${id}" must be "checked" or "draft"`);
    // Optional columns: the time of the amount, and the figure a row restates.
    const period = (row.period ?? "").trim();
    if (period && !parsePeriod(period))
      at(`period "${period}" of "${id}" is not a period: write 2024, 2021..2023, 2024-04..2025-03 or 2024-04-14`);
    const restates = (row.restates ?? "").trim();
    if (restates && !/^[a-z0-9_]+$/.test(restates)) at(`restates "${restates}" of "${id}" is not a figure id`);
    const converts = (row.converts ?? "").trim();
    if (converts && !/^[a-z0-9_]+$/.test(converts)) at(`converts "${converts}" of "${id}" is not a figure id`);
    if (converts && restates) at(`"${id}" both restates "${restates}" and converts "${converts}": keep one`);
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
      period,
      restates,
      converts,
      label: (row.label ?? "").trim(),
      line
    });
  }
  return figures;
}

export function parseNotFigures(csv: string | undefined, file: string, problems: Problem[]): NotFigure[] {
  return readCsv(csv, file, ["text", "reason"], problems).map(({line, cells}) => ({
    text: cells.text,
    reason: cells.reason,
    line
  }));
}

export type DeriveOp = "rate" | "share" | "usd" | "gdp_share" | "per_person";

export interface DerivationRule {
  op: DeriveOp;
  ids: string[];
  country?: string; // gdp_share and per_person: the World Bank code of the country (or aggregate), "JPN"
}

// "rate:a/b" → {op: "rate", ids: ["a", "b"]}; "usd:a+b" → {op: "usd", ids: ["a", "b"]};
// "gdp_share:a:JPN" → {op: "gdp_share", ids: ["a"], country: "JPN"}
export function parseDerive(rule: string): DerivationRule | undefined {
  const m = DERIVE.exec(rule);
  if (!m) return undefined;
  if (m[1]) return {op: m[1] as "rate" | "share", ids: [m[2], m[3]]};
  if (m[5]) return {op: m[5] as "gdp_share" | "per_person", ids: [m[6]], country: m[7]};
  return {op: "usd", ids: m[4].split("+")};
}
