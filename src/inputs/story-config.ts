// The story's shape (data/story.json): which figures each chart shows and how they are labelled, which amounts
// are converted to US$, the default rate basis and the averaging window. Pages hold none of it.
import {BASIS_KINDS, type PublishedBasis} from "../money/basis.js";
import type {ChartConfig, Need} from "../charts/chart-type.js";
import {CHART_TYPES, assertChartTypes} from "../charts/chart-types.js";
import type {Problem} from "./errors.js";
import {lineOfJsonValue, lineOfMatch} from "./lines.js";
import {scanTokens} from "./tokens.js";

// A chart's entry: {"id", "type", "title", "note"?, …the fields of its type (src/charts/<type>.ts)}.
export type {ChartConfig} from "../charts/chart-type.js";
export {chartFigures} from "../charts/defaults.js";

// An amount the page converts to US$, with the article's own US$ conversion of it when it prints one. Not written in
// story.json: the project derives them from the registry (every foreign amount of the article; `converts`).
export interface ConversionConfig {
  figure: string; // a foreign-currency amount
  article_usd?: string; // the article's own US$ conversion of it: the row whose `converts` names it
}

export interface StoryConfig {
  default_basis: PublishedBasis;
  mean_window?: {start: string; end: string};
  dollars_of?: string; // "2024-04": the month whose dollars constant-dollar sums are in; else the publication month
  lead?: string; // the figure the story is about: its sweep, slider and summary follow it
  conversions: ConversionConfig[]; // derived from the registry by the project, the lead's first
  charts: ChartConfig[];
}

// A chart's figures by rule instead of by list: {"figures": "money"}. "money": every money amount of
// the article that restates and converts nothing; "foreign": those of them in a currency other than the US$.
export const FIGURE_RULES = ["money", "foreign"] as const;
export type FigureRule = (typeof FIGURE_RULES)[number];

// What the config is checked against: the registry's own ids (a restating row's id names the figure it restates)
// and the figures a rule selects.
export interface RegistryLookup {
  canonical(id: string): string;
  select(rule: FigureRule): string[];
}

// What a figure id must be for a place in the config to accept it.
export interface FigureRef {
  id: string;
  line?: number;
  where: string; // "chart \"rank\""
  need?: Need;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// data/story.json's parsed value → a checked config, and every figure id it names (checked against the registry
// by the project). An absent story.json is the generic story: every money figure, every conversion.
export function parseStoryConfig(
  value: unknown,
  text: string,
  file: string,
  problems: Problem[],
  registry?: RegistryLookup
): {config: StoryConfig; refs: FigureRef[]} {
  assertChartTypes(); // a chart type that cannot draw stops the build before the story is read
  const refs: FigureRef[] = [];
  const config: StoryConfig = {default_basis: "article", conversions: [], charts: []};
  if (value === undefined) return {config, refs};
  const at = (message: string, line?: number) => problems.push({file, line, message});
  if (!isObject(value)) {
    at("must be a JSON object with charts, conversions and default_basis", 1);
    return {config, refs};
  }
  const lineOfKey = (key: string) => lineOfMatch(text, new RegExp(`"${key}"\\s*:`));
  // Ids are looked for from where their chart starts, so the same id in two charts names each one's line.
  let from = 0;
  const ref = (id: unknown, where: string, need?: FigureRef["need"], key = "figure") => {
    if (typeof id !== "string" || !id) {
      at(`${where} needs a "${key}" id`, lineOfKey(key));
      return "";
    }
    refs.push({id, where, need, line: lineOfJsonValue(text, key, id, from) ?? lineOfJsonValue(text, key, id)});
    return registry ? registry.canonical(id) : id;
  };
  const str = (v: unknown, where: string, key: string, line?: number): string => {
    if (typeof v === "string" && v.trim()) return v;
    at(`${where} needs a "${key}" text`, line);
    return "";
  };

  if (value.default_basis !== undefined) {
    if (BASIS_KINDS.includes(value.default_basis as PublishedBasis))
      config.default_basis = value.default_basis as PublishedBasis;
    else
      at(
        `default_basis "${value.default_basis}" must be one of: ${BASIS_KINDS.join(", ")}`,
        lineOfKey("default_basis")
      );
  }
  if (value.mean_window !== undefined) {
    const w = value.mean_window;
    if (isObject(w) && ISO_DATE.test(String(w.start)) && ISO_DATE.test(String(w.end)) && w.start! < w.end!)
      config.mean_window = {start: String(w.start), end: String(w.end)};
    else
      at(
        `mean_window must be {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, start before end`,
        lineOfKey("mean_window")
      );
  }
  if (value.dollars_of !== undefined) {
    if (typeof value.dollars_of === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value.dollars_of))
      config.dollars_of = value.dollars_of;
    else at(`dollars_of "${value.dollars_of}" must be a month, "YYYY-MM"`, lineOfKey("dollars_of"));
  }
  const list = (key: string): unknown[] => {
    const v = value[key];
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    at(`"${key}" must be a list`, lineOfKey(key));
    return [];
  };
  if (value.conversions !== undefined)
    at(
      `"conversions" is no longer read: every foreign amount of the article is converted, and the article's own US$ amount is marked in data/figures.csv, its "converts" column naming the amount it converts`,
      lineOfKey("conversions")
    );
  if (value.lead !== undefined) config.lead = ref(value.lead, "lead", "money", "lead") || undefined;
  const ids = new Set<string>();
  for (const c of list("charts")) {
    const line = isObject(c) && typeof c.id === "string" ? lineOfJsonValue(text, "id", c.id) : lineOfKey("charts");
    if (!isObject(c) || typeof c.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(c.id)) {
      at(`each chart needs an "id" of lower-case letters, digits and hyphens`, line);
      continue;
    }
    const where = `chart "${c.id}"`;
    from = Math.max(0, text.search(new RegExp(`"id"\\s*:\\s*"${c.id}"`)));
    if (ids.has(c.id)) at(`duplicate chart id "${c.id}"`, line);
    ids.add(c.id);
    const type = typeof c.type === "string" ? CHART_TYPES.get(c.type) : undefined;
    if (!type) {
      at(`${where} has type "${c.type}": use one of ${[...CHART_TYPES.keys()].join(", ")}`, line);
      continue;
    }
    const base = {
      id: c.id,
      title: str(c.title, where, "title", line),
      ...(typeof c.note === "string" ? {note: c.note} : {})
    };
    // Each type reads its own fields (src/charts/<type>.ts), with these helpers.
    // A list of {"figure", "label"?} (a label left out is the registry's), or a rule: "money". Two items that name
    // one figure (a restating row's id names the figure it restates) are one.
    const labelled = (items: unknown, key: string, need?: FigureRef["need"]) => {
      if (typeof items === "string") {
        if (!FIGURE_RULES.includes(items as FigureRule)) {
          at(
            `${where}: "figures": "${items}" is not a rule: use ${FIGURE_RULES.map((r) => `"${r}"`).join(" or ")}, or a list`,
            line
          );
          return [];
        }
        return (registry?.select(items as FigureRule) ?? []).map((figure) => ({figure, label: ""}));
      }
      if (!Array.isArray(items) || !items.length) {
        at(`${where} needs a non-empty "${key}" list, or "figures": "money"`, line);
        return [];
      }
      const seen = new Set<string>();
      return items.flatMap((item) => {
        const o = isObject(item) ? item : {};
        const figure = ref(o.figure, where, need);
        const label = o.label === undefined ? "" : str(o.label, where, "label", line);
        if (figure && seen.has(figure)) return [];
        seen.add(figure);
        return [{...o, figure, label}];
      });
    };
    const own = type.parse(c, {
      where,
      figure: (v, need, key) => ref(v, where, need, key),
      text: (v, key) => str(v, where, key, line),
      labelled,
      problem: (message) => at(message, line)
    });
    config.charts.push({...base, type: type.type, ...own} as ChartConfig);
  }
  // Citations inside labels and notes name figures too.
  // A citation's line is looked for from where its chart starts: "[[yen_low]]" in two charts names each one's line.
  const cited = (s: string | undefined, where: string, chart: string) => {
    const start = Math.max(0, text.search(new RegExp(`"id"\\s*:\\s*"${chart}"`)));
    for (const t of scanTokens(s ?? "")) {
      const raw = new RegExp(t.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const line = lineOfMatch(text, raw, start) ?? lineOfMatch(text, raw);
      if (t.error) at(`${where}: ${t.error}`, line);
      else refs.push({id: t.id, where, line});
    }
  };
  for (const c of config.charts) for (const text of citable(c)) cited(text, `chart "${c.id}"`, c.id);
  return {config, refs};
}

// The texts of a chart that may cite figures, in order: its title and note, then every "label" and "note" in its own
// fields.
export function citable(chart: ChartConfig): string[] {
  const out: string[] = [chart.title, ...(chart.note === undefined ? [] : [chart.note])];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v))
      for (const [k, x] of Object.entries(v)) {
        if ((k === "label" || k === "note") && typeof x === "string") out.push(x);
        else walk(x);
      }
  };
  for (const [k, v] of Object.entries(chart)) if (!["id", "type", "title", "note"].includes(k)) walk(v);
  return out;
}

// The same texts rewritten: the pages get titles, labels and notes with their citations as text.
export function mapCitable<C extends ChartConfig>(chart: C, f: (text: string) => string): C {
  const walk = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(walk)
      : isObject(v)
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [
              k,
              (k === "label" || k === "note") && typeof x === "string" ? f(x) : walk(x)
            ])
          )
        : v;
  return Object.fromEntries(
    Object.entries(chart).map(([k, v]) => [
      k,
      (k === "note" || k === "title") && typeof v === "string" ? f(v) : ["id", "type"].includes(k) ? v : walk(v)
    ])
  ) as C;
}
