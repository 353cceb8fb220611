// Step 4, rates: the rate bases of every amount in a foreign currency: the article's own rate for its currency (when
// the article prints a pair), the rate at publication, and the mean over the window of the amount's own time.
import {BASIS_KINDS, type Basis, type PublishedBasis} from "../money/basis.js";
import type {Conversion} from "../amounts/conversions.js";
import {isCurrency} from "../amounts/currencies.js";
import {isIsoDate} from "../inputs/dates.js";
import type {Problem} from "../inputs/errors.js";
import {formatRate} from "../story/format.js";
import {
  articleBasis,
  articleElsewhen,
  articleUnprinted,
  outsideArticleTime,
  publicationBasis,
  windowMeanBasis
} from "../money/fx.js";
import type {FxSeries} from "../money/fx-series.js";
import {parsePeriod} from "../money/period.js";
import {rateWindow} from "../money/rate-window.js";
import type {Figure} from "../inputs/registry.js";
import type {StoryConfig} from "../inputs/story-config.js";
import type {Pair} from "./join.js";
import {PATHS} from "./paths.js";
import type {CurrencyBases, Project, ResolvedFigure} from "./types.js";

// Each foreign amount's bases, by figure id. A pair the article prints is checked here: that it is printed
// (`complete`: the registry and the article were read whole), and that its rate is near the market's.
export function rateBases(
  {figures, pairs, conversions}: {figures: ResolvedFigure[]; pairs: Pair[]; conversions: Conversion[]},
  story: Pick<StoryConfig, "conversions" | "mean_window">,
  series: FxSeries[],
  published: string,
  complete: boolean,
  problems: Problem[]
): Project["fx"] {
  const fx: Project["fx"] = {};
  // An unknown currency is already a problem of the registry; a bad publication date, of the metadata.
  const foreign = figures.filter((f) => isCurrency(f.unit) && f.unit !== "USD" && isIsoDate(published));
  // Each row's `converts` names an amount the article prints it beside: "¥3.9 trillion (US$25.44 billion)".
  const printed = pairs.filter((p) => {
    const found = conversions.some(
      (c) => (c.from === p.of.mention && c.to === p.row.mention) || (c.from === p.row.mention && c.to === p.of.mention)
    );
    if (!found && complete)
      problems.push({
        file: PATHS.figures,
        line: p.row.line,
        message: `"${p.row.id}" converts "${p.row.converts}", but the article prints no "${p.of.mention?.text ?? p.of.id} (${p.row.mention?.text ?? "…"})" pair joining them: clear "converts" if it is not the article's own conversion`
      });
    return found;
  });
  // The article's rate of each currency it prints a US$ pair for, in units per US$ whichever way it is printed.
  const articleRates = new Map<string, {rate: number}>();
  for (const p of printed)
    if (p.usd && !articleRates.has(p.foreign.unit))
      articleRates.set(p.foreign.unit, {rate: p.foreign.value / p.usd.value});
  const paired = new Set(pairs.flatMap((p) => [p.foreign.id, ...(p.usd ? [p.usd.id] : [])]));
  const converted = new Set(story.conversions.map((c) => c.figure));
  // One problem for each missing rate, naming the amounts that need it.
  const failed = new Map<string, {ids: string[]; line?: number}>();
  for (const f of foreign) {
    const bases: CurrencyBases = {};
    const attempt = (kind: PublishedBasis, make: () => Basis) => {
      try {
        bases[kind] = make();
      } catch (error) {
        const key = `${kind} basis: ${(error as Error).message}`;
        const entry = failed.get(key) ?? {ids: [], line: f.line};
        entry.ids.push(f.id);
        failed.set(key, entry);
      }
    };
    attempt("spot", () => publicationBasis(series, f.unit, published));
    const w = windowOf(f, story, published);
    attempt("mean", () => {
      const b = windowMeanBasis(series, f.unit, w.start, w.end);
      return {...b, note: [w.why, b.note].filter(Boolean).join("; ")};
    });
    const found = articleRates.get(f.unit);
    // The article's rate is of the article's time: money of another time is at the mean of its own.
    const elsewhen = !paired.has(f.id) && outsideArticleTime(f.period, published);
    if (found && elsewhen && bases.mean) bases.article = articleElsewhen(bases.mean, elsewhen);
    else if (found) attempt("article", () => articleBasis(f.unit, found.rate, published));
    else if (converted.has(f.id) && bases.spot) bases.article = articleUnprinted(bases.spot);
    // In the order the pages list them: the article's, publication time, the mean.
    fx[f.id] = Object.fromEntries(BASIS_KINDS.flatMap((k) => (bases[k] ? [[k, bases[k]]] : [])));
  }
  // The article's own rate within a factor of three of the market's at publication: 0.00069 naira a dollar is a pair
  // in the wrong currency or the wrong way round.
  for (const p of printed) {
    const spot = p.usd ? fx[p.foreign.id]?.spot?.rate : undefined;
    const rate = p.usd ? p.foreign.value / p.usd.value : NaN;
    if (spot && Math.max(rate / spot, spot / rate) > 3)
      problems.push({
        file: PATHS.figures,
        line: p.row.line,
        message: `"${p.row.id}" converts "${p.row.converts}" at ${Number(rate.toPrecision(4))} ${p.foreign.unit} per US$, but the rate at publication was ${formatRate(spot)}: check each amount's currency and value`
      });
  }
  for (const [message, {ids, line}] of failed)
    problems.push({
      file: PATHS.figures,
      ...(ids.length === 1 ? {line} : {}),
      message: `${ids.map((id) => `"${id}"`).join(", ")}: ${message}`
    });
  return fx;
}

// The window of rates an amount's mean basis averages: the window of its own period (figures.csv), else the story's
// mean_window, else that of the publication date.
export function windowOf(
  f: Pick<Figure, "id" | "period">,
  story: Pick<StoryConfig, "mean_window">,
  published: string
): {start: string; end: string; why: string} {
  const period = f.period ? parsePeriod(f.period) : undefined;
  if (!period && story.mean_window) return {...story.mean_window, why: ""};
  const w = rateWindow(period, published);
  return {start: w.start, end: w.end, why: w.why};
}

// The basis an amount is stated under by default: the story's default, or publication time.
export function defaultBasisOf(p: Pick<Project, "fx" | "defaultBasis">, figure: string): Basis {
  const bases = p.fx[figure] ?? {};
  const basis = bases[p.defaultBasis] ?? bases.spot;
  if (!basis) throw new RangeError(`no rate basis for "${figure}"`);
  return basis;
}
