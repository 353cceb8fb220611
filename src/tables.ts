// The story's tidy tables, built with arquero. Column order and meaning live in catalog.ts.
import {escape, from, op, type ColumnTable} from "arquero";
import {toUsd, type Basis} from "./fx.js";
import {basisOf, lineOf, type Project} from "./project.js";
import {RATE_SWEEP, SUBSIDY} from "./settings.js";

const sentenceOf = (text: string, span?: {start: number; end: number}) =>
  span ? text.slice(span.start, span.end) : "";

// Every quantity in the article: "US$14 billion" → money, 14000000000, USD, its sentence, the figures citing it.
export function mentionsTable(p: Project): ColumnTable {
  return from(
    p.mentions.map((m, i) => ({
      n: i + 1,
      start: m.start,
      end: m.end,
      line: lineOf(p.text, m.start),
      text: m.text,
      kind: m.kind,
      value: m.value,
      unit: m.unit,
      range: m.range ?? "",
      figure_ids: m.figure_ids.join(" "),
      not_a_figure: m.excused,
      sentence: sentenceOf(p.text, m.sentence)
    }))
  );
}

function fxColumns(value: number, unit: string, basis: Basis) {
  const money = unit === "USD" || unit === "JPY";
  const converted = unit === "JPY";
  return {
    value_usd: money ? Math.round(toUsd(value, unit, basis)) : null,
    fx_basis: converted ? basis.basis : "",
    fx_rate: converted ? Math.round(basis.rate * 10000) / 10000 : null,
    fx_date: converted ? basis.date : "",
    fx_window: converted && basis.window_start ? `${basis.window_start}..${basis.window_end}` : "",
    fx_source: converted ? basis.source : ""
  };
}

// The registry joined to the article's amounts, with yen stated in US$ under `basis` (default: the project's).
export function figuresTable(p: Project, basis: Basis = p.defaultBasis): ColumnTable {
  return from(
    p.figures.map((f) => ({
      id: f.id,
      entity: f.entity,
      category: f.category,
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      as_of: f.as_of,
      ...fxColumns(f.value, f.unit, basis),
      in_article: f.in_article,
      mention: f.mention?.text ?? "",
      mention_start: f.mention?.start ?? null,
      mention_end: f.mention?.end ?? null,
      quote: f.quote,
      sentence: sentenceOf(p.text, f.mention?.sentence),
      derive: f.derive,
      source: f.source,
      note: f.note
    }))
  );
}

// The ¥3.9 trillion subsidy under each basis, then across a sweep of rates (basis "sweep").
export function subsidyFxTable(p: Project): ColumnTable {
  const jpy = p.figures.find((f) => f.id === SUBSIDY.id)!.value;
  const bases = [p.bases.article, p.bases.spot, p.bases.mean];
  const sweep: Basis[] = [];
  for (let rate = RATE_SWEEP.min; rate <= RATE_SWEEP.max; rate += RATE_SWEEP.step) {
    sweep.push({...basisOf(p, "custom", rate), basis: "custom", label: "sweep"});
  }
  return from(
    [...bases, ...sweep].map((b) => ({...b, basis: b.label === "sweep" ? "sweep" : b.basis, value_jpy: jpy}))
  ).derive({
    rate: escape((d: {rate: number}) => Math.round(d.rate * 10000) / 10000),
    value_usd: escape((d: {value_jpy: number; rate: number}) => Math.round(d.value_jpy / d.rate))
  });
}

const INDICATORS = [
  {id: "imd_rank", of: "imd_economies", label: "Japan’s rank in the IMD World Digital Competitiveness Ranking"},
  {id: "unicorns_japan", of: "unicorns_total", label: "Japanese firms among the world’s tech unicorns"},
  {id: "ai_training", of: "population", label: "People Microsoft plans to train in AI"}
];

// Rank 32 of 64, 7 of 1,200 unicorns, 3 M of 125 M people — and each as a share.
export function indicatorsTable(p: Project): ColumnTable {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  return from(
    INDICATORS.map(({id, of, label}) => {
      const [a, b] = [byId.get(id)!, byId.get(of)!];
      return {
        id,
        label,
        value: a.value,
        of: b.value,
        unit: a.unit,
        quote: a.quote,
        of_source: b.in_article ? "article" : b.source,
        source: a.in_article ? "article" : a.source
      };
    })
  ).derive({share: (d: {value: number; of: number}) => op.round((d.value / d.of) * 1e6) / 1e6});
}

// Daily yen per US dollar, trading days only.
export function ratesTable(p: Project): ColumnTable {
  return from(p.rates.map((r) => ({date: r.date, jpy_per_usd: r.rate})));
}

// Yearly mean of the daily rates: 2021 → 109.84 over 249 trading days.
export function annualRatesTable(p: Project): ColumnTable {
  return from(p.rates.map((r) => ({year: Number(r.date.slice(0, 4)), rate: r.rate})))
    .groupby("year")
    .rollup({mean: op.mean("rate"), days: op.count()})
    .derive({mean: (d: {mean: number}) => op.round(d.mean * 10000) / 10000})
    .orderby("year");
}

export function sourcesTable(p: Project): ColumnTable {
  return from(p.sources);
}

// What the article claims, what the primary source says, and the verdict, beside the article's own wording.
export function factCheckTable(p: Project): ColumnTable {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  return from(
    p.factChecks.map((c) => {
      const f = byId.get(c.figure_id)!;
      return {
        figure_id: c.figure_id,
        claim: c.claim,
        article_says: f.mention?.text ?? "",
        quote: f.quote,
        primary_source_says: c.primary_source_says,
        verdict: c.verdict,
        source: c.source
      };
    })
  );
}
