// The story as one JSON value for the pages: every figure formatted with its provenance, the rate bases of each
// currency, the charts with their labels resolved, and the rates the charts draw. The browser, the static page
// and the tests all build chart rows from it, through its tables (src/charts/story-tables.ts).
import {formatFigure, provenance} from "./figure-text.js";
import type {Project, ResolvedFigure} from "../project/types.js";
import type {Scale} from "../money/scale.js";
import {mapCitable} from "../inputs/story-config.js";
import type {FigureView, SeriesView, StoryModel} from "./story-model.js";
import {scanTokens} from "../inputs/tokens.js";

export type {ConversionView, FigureView, SeriesView, StoryModel} from "./story-model.js";

// "AWS plan ([[aws_cloud_jpy]])" → "AWS plan (¥2.26 trillion)": a label's citations as plain text.
export function resolveLabel(label: string, byId: Map<string, {text: string}>): string {
  let out = "";
  let at = 0;
  for (const t of scanTokens(label)) {
    out += label.slice(at, t.start) + (t.shown ?? byId.get(t.id)?.text ?? t.raw);
    at = t.end;
  }
  return out + label.slice(at);
}

// 0.986 → 1; 3.7 → 5; 0.0037 → 0.005: a step of 1, 2 or 5 times a power of ten.
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p <= 1 ? 1 : x / p <= 2 ? 2 : x / p <= 5 ? 5 : 10;
  return Number((m * p).toPrecision(12));
}

// The rates a sweep spans, from 80% of the lowest basis to 104% of the highest, in about 60 steps, on round
// bounds: JPY bases 127.27–153.30 → 100 to 160 by 1.
export function sweepRange(rates: number[]): {min: number; max: number; step: number} {
  const lo = Math.min(...rates) * 0.8;
  const hi = Math.max(...rates) * 1.04;
  const step = niceStep((hi - lo) / 60);
  const unit = step * 10;
  const round = (v: number) => Number(v.toPrecision(12));
  return {min: round(Math.floor(lo / unit) * unit), max: round(Math.ceil(hi / unit) * unit), step};
}

// The figures whose sweep chart the prose places: "::: conversion id", and the first conversion for "::: conversions".
function sweptFigures(p: Project): string[] {
  const ids = p.prose.blocks.flatMap((b) =>
    b.type !== "directive"
      ? []
      : b.name === "conversion"
        ? [b.arg]
        : b.name === "conversions"
          ? p.story.conversions.slice(0, 1).map((c) => c.figure)
          : []
  );
  return [...new Set(ids)];
}

function figureView(f: ResolvedFigure, scale?: Scale): FigureView {
  return {
    id: f.id,
    entity: f.entity,
    category: f.category,
    kind: f.kind,
    status: f.status,
    value: f.value,
    unit: f.unit,
    as_of: f.as_of,
    in_article: f.in_article,
    quote: f.quote,
    source: f.source,
    note: f.note,
    period: f.period,
    label: f.label,
    text: formatFigure(f),
    // A share of GDP or a sum per person says how it was computed, with its World Bank series and years.
    provenance: scale ? `${f.source}: ${scale.text}` : provenance(f)
  };
}

export function storyModel(p: Project): StoryModel {
  const figures = p.figures.map((f) => figureView(f, p.scales[f.id]));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const conversions = p.story.conversions.map((c) => {
    const currency = byId.get(c.figure)!.unit;
    const rates = Object.values(p.fx[c.figure] ?? {}).map((b) => b!.rate);
    return {...c, currency, sweep: sweepRange(rates)};
  });
  const charts = p.story.charts.map((c) => mapCitable(c, (text) => resolveLabel(text, byId)));
  const series: Record<string, SeriesView> = {};
  for (const c of p.story.charts) {
    const s = p.chartSeries[c.id];
    if (!s) continue;
    const prior = series[s.currency]?.points ?? [];
    const points = [...prior, ...s.points.map((d): [string, number] => [d.date, d.rate])];
    const unique = [...new Map(points.map((d) => [d[0], d])).values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    series[s.currency] = {currency: s.currency, frequency: s.frequency, source: s.source, points: unique};
  }
  return {
    meta: p.meta,
    headline: p.prose.headline,
    default_basis: p.story.default_basis,
    figures,
    fx: p.fx,
    conversions,
    sweeps: sweptFigures(p),
    charts,
    series,
    notes: p.notes,
    ...(p.dollars ? {dollars: p.dollars} : {}),
    deflators: p.dollars ? p.deflators : {}
  };
}
