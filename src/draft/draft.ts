// A new article → the draft of its story, file by file for data/: the article and its metadata, one draft figure
// per money amount with its quote, the generic story, empty checks and the sources table. `npm run new-story`
// writes them; a person then checks each figure and edits the prose.
import {toUsd} from "../money/basis.js";
import {splitByline} from "./byline.js";
import {linkConversions} from "../amounts/conversions.js";
import {draftMentions, type DraftMention} from "./draft-mentions.js";
import {draftNote} from "./draft-note.js";
import {figuresCsv} from "./draft-figures-csv.js";
import {sourcesCsv} from "./draft-sources.js";
import {extractAmounts} from "../amounts/extract-amounts.js";
import {publicationBasis} from "../money/fx.js";
import type {FxSeries} from "../money/fx-series.js";
import {genericProse, genericStory, storyJson, type StoryJson} from "./generic.js";
import {isFragment} from "./fragment.js";
import {leadOf} from "./lead-of.js";
import {describePeriod, formatPeriod} from "../money/period.js";
import type {ArticleMeta} from "../inputs/meta.js";
import {labelTime} from "./label-time.js";
import {uniqueLabels} from "./unique-labels.js";

// The files a draft writes into data/, and those of the previous story it removes (they stay in git history).
export const DRAFT_FILES = [
  "article.txt",
  "article.json",
  "figures.csv",
  "not-figures.csv",
  "fact-check.csv",
  "story.json",
  "story.md",
  "sources.csv"
] as const;
// The previous story's own words, which cite its figures: removed (they stay in git history). "pages" is the folder
// of its extra pages, data/pages/.
export const RETIRED_FILES = ["fact-check.md", "corrections.csv", "pages"] as const;
export type DraftFile = (typeof DRAFT_FILES)[number];

export interface DraftFigure {
  id: string;
  text: string; // the amount as printed: "2.8 trillion won"
  value: number;
  unit: string;
  quote: string;
  period: string; // "2026", "" for the publication date
  restates?: string; // the id of the figure it mentions again
  converts?: string; // the id of the amount it is the article's own conversion of
  label: string; // what the money is: "Government-guaranteed bonds"
}

export interface DraftPair {
  from: string; // figure ids
  to: string;
  text: string; // "2.8 trillion won (US$2 billion)"
  rate: number; // units of one currency per the other: 1400 (KRW per US$)
  pair: string; // "KRW per US$", "AUD per GBP"
}

export interface Draft {
  files: Record<DraftFile, string>;
  meta: ArticleMeta;
  figures: DraftFigure[];
  pairs: DraftPair[];
  story: StoryJson;
}

export interface DraftInput {
  text: string; // the article, normalised (normaliseText in input-text.ts)
  title: string;
  outlet: string;
  published: string; // YYYY-MM-DD
  byline?: string;
  url?: string;
  sources?: string; // the current data/sources.csv: its rows for files that stay are kept
  keptFiles?: string[]; // the files of data/ the draft leaves in place ("fx-monthly-fred.csv")
  series?: FxSeries[]; // the rates in data/, to order the amounts by size in US$
  home?: string; // the currency of the article's country, when known: "AUD" makes a bare "$" Australian
}

// The draft of a story for `input.text`, every file as text.
export function draftStory(input: DraftInput): Draft {
  const {text, title, outlet, published} = input;
  const meta: ArticleMeta = {
    title,
    authors: splitByline(input.byline ?? ""),
    agency: "",
    outlet,
    published,
    dateline: "",
    source: input.url ?? "supplied by the journalist",
    ...(input.url ? {url: input.url} : {}),
    // The home goes with the article's metadata, so the build reads the article's "$" the same way.
    ...(input.home ? {currency: input.home} : {})
  };
  const mentions = extractAmounts(text, {published, home: input.home});
  const drafted = draftMentions(text, published, mentions);
  const conversions = linkConversions(text, mentions);
  // Each amount's rough size in US$, at the latest rate before publication, to order the story by: the largest
  // leads. An amount with no rate in the data sorts by its own value, after those that have one.
  const usd = (d: DraftMention) => {
    if (d.mention.unit === "USD") return d.mention.value;
    try {
      return input.series
        ? toUsd(d.mention.value, d.mention.unit, publicationBasis(input.series, d.mention.unit, published))
        : NaN;
    } catch {
      return NaN;
    }
  };
  const converted = new Set(conversions.map((c) => c.to));
  const primary = drafted.filter((d) => !d.restates && !converted.has(d.mention));
  const size = new Map(drafted.map((d) => [d.id, usd(d)]));
  const labels = uniqueLabels(
    primary.map((d) => {
      // A label that is a name of its own needs no subject: "Ministry of Digital", not "Ministry of Communications:
      // Ministry of Digital" (a one-word place keeps it: "Acme: Ohio").
      const named =
        d.label &&
        d.entity &&
        !d.label.toLowerCase().includes(d.entity.toLowerCase()) &&
        !/^\p{Lu}\S*\s+(?:(?:of|for|and|de|&)\s+)?\p{Lu}/u.test(d.label)
          ? `${d.entity}: ${d.label}`
          : d.label || d.entity;
      // A fragment is never a label: the subject alone, else nothing (the amount).
      const own = named && isFragment(named) ? (d.entity && !isFragment(d.entity) ? d.entity : "") : named;
      const when = d.period ? ` (${describePeriod(formatPeriod(d.period.period))})` : "";
      // A time said with the amount is part of what it is: "Infrastructure fund, next three years".
      const time = own ? labelTime(own, d.mention.end, d.period) : "";
      const label = own && time ? `${own}, ${time}` : own;
      return {label: label ? `${label[0].toUpperCase()}${label.slice(1)}` : "", text: `${d.mention.text}${when}`};
    })
  );
  const labelOf = new Map(primary.map((d, i) => [d.id, labels[i]]));
  // A bracketed US$ conversion has its amount's label.
  for (const c of conversions) {
    const [from, to] = [drafted.find((d) => d.mention === c.from), drafted.find((d) => d.mention === c.to)];
    if (from && to) labelOf.set(to.id, labelOf.get(from.id) ?? "");
  }
  // The bracketed amount of a pair converts the amount before it: "728 trillion won ($523 billion)".
  const convertsOf = new Map<string, string>();
  for (const c of conversions) {
    const [from, to] = [drafted.find((d) => d.mention === c.from), drafted.find((d) => d.mention === c.to)];
    if (from && to && !from.restates && !to.restates) convertsOf.set(to.id, from.id);
  }
  const figures = drafted.map((d) => ({
    id: d.id,
    text: d.mention.text,
    value: d.mention.value,
    unit: d.mention.unit,
    quote: d.quote,
    period: d.period ? formatPeriod(d.period.period) : "",
    restates: d.restates?.id ?? "",
    converts: convertsOf.get(d.id) ?? "",
    label: labelOf.get(d.id) ?? labelOf.get(d.restates?.id ?? "") ?? "",
    usd: size.get(d.id) ?? NaN,
    mention: d.mention
  }));
  const registered = figures.map((f) => ({
    ...f,
    entity: "",
    kind: "reported" as const,
    in_article: true
  }));
  const story = genericStory(registered, leadOf(title, registered, input.home));
  const pairs = figures
    .filter((f) => f.converts)
    .map((f) => {
      const from = figures.find((g) => g.id === f.converts)!;
      const [first, second] = from.mention.start < f.mention.start ? [from, f] : [f, from];
      // Units per US$ when one side is the US$; else the first currency per the bracketed one.
      const [per, of] = f.unit === "USD" ? [from, f] : from.unit === "USD" ? [f, from] : [first, second];
      return {
        from: first.id,
        to: second.id,
        text: text.slice(first.mention.start, text.indexOf(")", second.mention.end) + 1),
        rate: per.value / of.value,
        pair: `${per.unit} per ${of.unit === "USD" ? "US$" : of.unit}`
      };
    });

  const source = `article (${outlet} ${published})`;
  const notes = new Map(drafted.map((d) => [d.id, draftNote(d, drafted, convertsOf)]));

  const files: Record<DraftFile, string> = {
    "article.txt": text,
    "article.json": `${JSON.stringify({file: "article.txt", ...meta}, null, 2)}\n`,
    "figures.csv": figuresCsv(figures, notes, source, published),
    "not-figures.csv": "text,reason\n",
    "fact-check.csv": "figure_id,claim,primary_source_says,verdict,source\n",
    "story.json": storyJson(story),
    "story.md": genericProse(meta, story, {mentions: mentions.length, text}),
    "sources.csv": sourcesCsv(meta, input.sources ?? "", input.keptFiles ?? [])
  };
  return {
    files,
    meta,
    figures: figures.map((f) => ({
      id: f.id,
      text: f.text,
      value: f.value,
      unit: f.unit,
      quote: f.quote,
      period: f.period,
      ...(f.restates ? {restates: f.restates} : {}),
      ...(f.converts ? {converts: f.converts} : {}),
      label: f.label
    })),
    pairs,
    story
  };
}
