// What a citation prints: [[aws_cloud]] → "US$14 billion", [[chip_subsidies:rate@article]] → "153.30", and a text
// with each of its citations printed as words.
import {toUsd} from "../money/basis.js";
import {CPI_FILE, deflate} from "../money/cpi.js";
import {formatFigure} from "../story/figure-text.js";
import {formatMoney, formatRate} from "../story/format.js";
import {isMoney} from "../inputs/registry.js";
import {mapCitable} from "../inputs/story-config.js";
import {scanTokens, type Token} from "../inputs/tokens.js";
import type {Project, ResolvedFigure} from "./types.js";

// What a citation prints: [[aws_cloud]] → "US$14 billion"; [[chip_subsidies@mean]] → "US$30.6 billion";
// [[chip_subsidies:rate@article]] → 153.30; [[chip_subsidies:from@mean]] → "2021". An error says why not.
export function citationValue(
  p: Pick<Project, "fx" | "dollars" | "deflators" | "defaultBasis">,
  f: Pick<ResolvedFigure, "id" | "value" | "unit">,
  t: Pick<Token, "field" | "basis">
): {value: number | string; kind: "figure" | "usd" | "rate" | "year"} | {error: string} {
  if (t.field === "value") return {value: f.value, kind: "figure"};
  if (t.field === "constant") {
    if (!isMoney(f.unit)) return {error: `"${f.id}" is in ${f.unit}, not money: only money has constant dollars`};
    if (!p.dollars) return {error: `constant dollars need US CPI-U in ${CPI_FILE} for the publication month`};
    const kind = f.unit === "USD" ? "usd" : (t.basis ?? p.defaultBasis);
    const basis = f.unit === "USD" ? undefined : p.fx[f.id]?.[t.basis ?? p.defaultBasis];
    const from = p.deflators[f.id]?.[kind];
    if ((f.unit !== "USD" && !basis) || !from)
      return {error: `"${f.id}" has no ${kind} rate basis to put it in US$ before it is put in constant dollars`};
    const usd = basis ? toUsd(f.value, f.unit, basis) : f.value;
    return {value: deflate(usd, from.cpi, p.dollars.cpi), kind: "usd"};
  }
  const basis = f.unit === "USD" ? undefined : p.fx[f.id]?.[t.basis!];
  if (!basis)
    return {
      error: `"${f.id}" is in ${f.unit}: it has no ${t.basis} rate basis${f.unit === "USD" ? " (it is already in US$)" : ""}`
    };
  if (t.field === "usd") return {value: toUsd(f.value, f.unit, basis), kind: "usd"};
  if (t.field === "rate") return {value: basis.rate, kind: "rate"};
  const day = t.field === "from" ? basis.window_start : basis.window_end;
  if (!day) return {error: `the ${t.basis} basis of "${f.id}" has no window: use ${t.field}@mean`};
  return {value: Number(day.slice(0, 4)), kind: "year"};
}

// The text a citation prints: [[aws_cloud]] → "US$14 billion"; [[chip_subsidies:rate@article]] → "153.30";
// [[unicorns_japan|seven]] → "seven". The pages print the prose's citations with it, and the headline's and the
// charts' are replaced by it.
export function citationText(
  p: Pick<Project, "fx" | "dollars" | "deflators" | "defaultBasis">,
  f: ResolvedFigure,
  t: Pick<Token, "field" | "basis" | "shown">
): string | {error: string} {
  const v = citationValue(p, f, t);
  if ("error" in v) return v;
  if (t.shown !== undefined) return t.shown;
  if (v.kind === "figure") return formatFigure(f);
  if (v.kind === "usd") return formatMoney(v.value as number, "USD");
  if (v.kind === "rate") return formatRate(v.value as number);
  return String(v.value);
}

// A text with each citation printed as words: "Japan spends [[chip_subsidies]] on chips" → "Japan spends ¥3.9
// trillion on chips". For a headline, a <title>, a chart's title or label: text that carries no footnote.
export function printCitations(p: Project, text: string): string {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  let out = "";
  let at = 0;
  for (const t of scanTokens(text)) {
    const f = byId.get(t.id);
    const printed = f && !t.error ? citationText(p, f, t) : undefined;
    out += text.slice(at, t.start) + (typeof printed === "string" ? printed : t.raw);
    at = t.end;
  }
  return out + text.slice(at);
}

// The headlines and the charts' words carry no footnotes: their citations are printed as words.
export function printHeadlines(p: Project): void {
  for (const prose of [p.prose, p.factCheckProse, ...p.pages.map((page) => page.prose)])
    if (prose) prose.headline = printCitations(p, prose.headline);
  p.story.charts = p.story.charts.map((c) => mapCitable(c, (s) => printCitations(p, s)));
}
