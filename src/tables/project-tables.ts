// The story's tidy tables, built with arquero. Column order and meaning live in catalog.ts.
import {from, op, type ColumnTable} from "arquero";
import {toUsd, type Basis} from "../money/basis.js";
import {chartIndicators} from "../charts/story-charts.js";
import {deflate} from "../money/cpi.js";
import {scaleSentence} from "../money/scale.js";
import {formatFigure} from "../story/figure-text.js";
import {roundRate} from "../story/format.js";
import {resolveLabel, sweepRange} from "../story/model.js";
import {lineOf} from "../inputs/lines.js";
import {defaultBasisOf} from "../project/rate-bases.js";
import type {Project} from "../project/types.js";

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

function fxColumns(value: number, unit: string, basis: Basis | undefined) {
  const money = /^[A-Z]{3}$/.test(unit);
  const converted = money && unit !== "USD" && basis !== undefined;
  return {
    value_usd: money && (converted || unit === "USD") ? Math.round(toUsd(value, unit, basis!)) : null,
    fx_basis: converted ? basis.basis : "",
    fx_rate: converted ? roundRate(basis.rate) : null,
    fx_date: converted ? basis.date : "",
    fx_window: converted && basis.window_start ? `${basis.window_start}..${basis.window_end}` : "",
    fx_source: converted ? basis.source : ""
  };
}

// The registry joined to the article's amounts, with foreign money stated in US$ at the default basis.
export function figuresTable(p: Project): ColumnTable {
  return from(
    p.figures.map((f) => ({
      id: f.id,
      entity: f.entity,
      category: f.category,
      kind: f.kind,
      status: f.status,
      value: f.value,
      unit: f.unit,
      as_of: f.as_of,
      ...fxColumns(f.value, f.unit, p.fx[f.id] ? defaultBasisOf(p, f.id) : undefined),
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

// Each converted amount under each published basis, then across a sweep of rates (basis "sweep").
export function conversionsTable(p: Project): ColumnTable {
  const rows = p.story.conversions.flatMap((c) => {
    const f = p.figures.find((d) => d.id === c.figure)!;
    const bases = Object.values(p.fx[f.id] ?? {}) as Basis[];
    const {min, max, step} = sweepRange(bases.map((b) => b.rate));
    const sweep = Array.from({length: Math.round((max - min) / step) + 1}, (_, i) =>
      Number((min + i * step).toPrecision(12))
    );
    const row = (basis: string, label: string, rate: number, b?: Basis) => ({
      figure_id: f.id,
      currency: f.unit,
      value: f.value,
      basis,
      label,
      rate: roundRate(rate),
      value_usd: Math.round(f.value / rate),
      date: b?.date ?? "",
      window_start: b?.window_start ?? "",
      window_end: b?.window_end ?? "",
      days: b?.days ?? null,
      note: b?.note ?? "",
      source: b?.source ?? ""
    });
    return [...bases.map((b) => row(b.basis, b.label, b.rate, b)), ...sweep.map((rate) => row("sweep", "sweep", rate))];
  });
  return from(rows);
}

// Each rank and share the story charts: rank 32 of 64, 7 of 1,200 unicorns, 3 M of 125 M people, with the share.
export function indicatorsTable(p: Project): ColumnTable {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  const texts = new Map(p.figures.map((f) => [f.id, {text: formatFigure(f)}]));
  return from(
    chartIndicators(p.story.charts).map(({figure: id, of, label}) => {
      const [a, b] = [byId.get(id)!, byId.get(of)!];
      return {
        id,
        label: resolveLabel(label, texts),
        value: a.value,
        of: b.value,
        unit: a.unit,
        quote: a.quote,
        of_source: b.in_article ? "article" : b.source,
        source: a.in_article ? "article" : a.source,
        share: Math.round((a.value / b.value) * 1e6) / 1e6
      };
    })
  );
}

// Every rate the charts draw: daily or monthly units of each currency per US dollar.
export function ratesTable(p: Project): ColumnTable {
  const seen = new Set<string>();
  const rows = Object.values(p.chartSeries).flatMap((s) =>
    s.points
      .filter((d) => !seen.has(`${s.currency}${d.date}`) && seen.add(`${s.currency}${d.date}`))
      .map((d) => ({currency: s.currency, frequency: s.frequency, date: d.date, per_usd: d.rate}))
  );
  return from(rows);
}

// Yearly mean of the rates the charts draw: JPY 2021 → 109.84 over 249 trading days.
export function annualRatesTable(p: Project): ColumnTable {
  const rates = ratesTable(p);
  // A story with no rates chart (all in US$, or no money) has no rates to average, and no columns to derive from.
  if (!rates.numRows()) return rates;
  return rates
    .derive({year: (d: {date: string}) => op.parse_int(op.substring(d.date, 0, 4), 10)})
    .groupby("currency", "frequency", "year")
    .rollup({mean: op.mean("per_usd"), days: op.count()})
    .derive({mean: (d: {mean: number}) => op.round(d.mean * 10000) / 10000})
    .orderby("currency", "year");
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
        computed: computedText(p, c.computed),
        verdict: c.verdict,
        source: c.source
      };
    })
  );
}

// Each sum of money in US$, under each basis it has, restated in the story's constant dollars from the mean CPI of
// the months it is in: ¥3.9 tn at the 2021–23 mean, US$30.6 bn, from 2021–23 CPI (289.44) to April 2024 (313.548)
// is US$33.2 bn in April 2024 dollars.
export function constantDollarsTable(p: Project): ColumnTable {
  const d = p.dollars;
  const rows = p.figures.flatMap((f) =>
    Object.entries(d ? (p.deflators[f.id] ?? {}) : {}).flatMap(([kind, from]) => {
      const basis = kind === "usd" ? undefined : p.fx[f.id]?.[kind as keyof (typeof p.fx)[string]];
      if (kind !== "usd" && !basis) return [];
      const usd = basis ? toUsd(f.value, f.unit, basis) : f.value;
      return [
        {
          figure_id: f.id,
          currency: f.unit,
          value: f.value,
          basis: kind,
          rate: basis ? roundRate(basis.rate) : null,
          value_usd: Math.round(usd),
          cpi_from: `${from!.start}..${from!.end}`,
          cpi_then: Math.round(from!.cpi * 1000) / 1000,
          dollars_of: d!.month,
          cpi_now: d!.cpi,
          value_constant_usd: Math.round(deflate(usd, from!.cpi, d!.cpi)),
          note: d!.note,
          source: d!.source
        }
      ];
    })
  );
  return from(rows);
}

// Each sum measured against a country: as a share of its GDP or per person, with the World Bank values used.
export function scaleTable(p: Project): ColumnTable {
  return from(
    Object.entries(p.scales).map(([id, s]) => ({
      figure_id: id,
      of: s.of,
      measure: s.op,
      country: s.country,
      country_name: s.name,
      aggregate: s.aggregate,
      years: s.from === s.to ? String(s.from) : `${s.from}..${s.to}`,
      latest_year: s.latest,
      value_usd: s.usd,
      basis: s.basis,
      rate: s.rate,
      denominator: s.denominator,
      indicator: s.indicator,
      value: s.value,
      source: s.source
    }))
  );
}

// The project's own computation beside a fact-check: "0.68% of Japan’s yearly GDP (mean of 2021–2023; World Bank…)".
export function computedText(p: Project, ids: string[]): string {
  return ids
    .map((id) => {
      const f = p.figures.find((d) => d.id === id)!;
      const s = p.scales[id];
      return s ? scaleSentence(s, formatFigure(f)) : `${formatFigure(f)} (${f.derive || f.source})`;
    })
    .join("; ");
}

// Every correction to the story, oldest first: what was wrong and what it says now.
export function correctionsTable(p: Project): ColumnTable {
  return from(p.corrections, ["date", "figure_id", "was", "now"]);
}
