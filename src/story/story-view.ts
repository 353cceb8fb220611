// The story as a view over the registry (data/figures.csv): one fact, one cell. A restating row is its figure, the
// article's own US$ amount (`converts`) is a conversion, a chart's rule selects its figures, a label left out is
// the registry's, and the conversions and the lead follow the registry, so a correction there is one edit.
import type {Problem} from "../inputs/errors.js";
import {nearestId} from "../draft/nearest.js";
import {isMoney, type Figure} from "../inputs/registry.js";
import type {ConversionConfig, FigureRule, RegistryLookup, StoryConfig} from "../inputs/story-config.js";

type Row = Pick<Figure, "id" | "kind" | "unit" | "in_article" | "restates" | "converts" | "label" | "entity" | "quote">;
type Located = Row & Pick<Figure, "line" | "value">;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// The money the article states, each once: reported, in the article, neither a restatement nor a conversion.
export const isStoryMoney = (f: Row) =>
  f.kind === "reported" && f.in_article && isMoney(f.unit) && !f.restates && !f.converts;

// Every restating row → the figure it restates: "krw_30tn_2" → "krw_30tn". A row that restates a restatement, an
// absent id or a different amount is a problem at its line; a restating row leaves `figures`.
export function restatements<F extends Located>(
  figures: F[],
  file: string,
  problems: Problem[],
  complete = true
): Map<string, string> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const aliases = new Map<string, string>();
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (!f.restates) continue;
    const at = (message: string) => problems.push({file, line: f.line, message});
    const target = byId.get(f.restates);
    const others = () => [...byId.keys()].filter((id) => id !== f.id);
    // A registry read only in part (a broken quote) cannot show that an id is absent.
    if (!target) {
      if (complete)
        at(`"${f.id}" restates "${f.restates}", which is not in ${file}${didYouMean(f.restates, others())}`);
    } else if (target.restates)
      at(`"${f.id}" restates "${f.restates}", which itself restates "${target.restates}": name "${target.restates}"`);
    else if (target.id === f.id) at(`"${f.id}" restates itself`);
    else if (target.unit !== f.unit || !roundedTo(target.value, f.value))
      at(
        `"${f.id}" restates "${target.id}", but says ${f.value} ${f.unit} where "${target.id}" says ${target.value} ${target.unit}, and is not that amount rounded: clear "restates" if they are different amounts`
      );
    else aliases.set(f.id, target.id);
    figures.splice(i, 1);
  }
  return aliases;
}

// Whether `said` is `value`, or `value` rounded to the digits `said` shows (two at least): a headline's "EUR 10 bn"
// for the body's EUR 9.9 billion, "$1.2bn" for $1.24 billion; not 9 for 9.9, nor 10 for 9.4.
export function roundedTo(value: number | null, said: number | null): boolean {
  if (value === said) return true;
  if (value === null || said === null || !(said > 0) || !(value > 0)) return false;
  const digits = Math.max(
    2,
    String(said)
      .replace(/e.*$/, "")
      .replace(/\./, "")
      .replace(/^0+|0+$/g, "").length
  );
  const step = 10 ** (Math.floor(Math.log10(said)) - digits + 1);
  return Math.abs(value - said) <= step / 2;
}

// "; did you mean "aws_cloud"?" for an id one or two letters off one of `ids`; "" when none is near.
export function didYouMean(id: string, ids: Iterable<string>): string {
  const near = nearestId(id, ids);
  return near ? `; did you mean "${near}"?` : "";
}

// The article's own conversions: each row whose `converts` names another amount in another currency, checked. A
// pair with the US$ on one side ("¥3.9 trillion (US$25.44 billion)") gives the article's rate of its currency;
// one of two other currencies ("A$2 billion (£1.06 billion)") only says the bracketed row is the same money.
export function articlePairs<F extends Located>(
  figures: F[],
  aliases: Map<string, string>,
  file: string,
  problems: Problem[],
  complete = true
): {row: F; of: F; foreign: F; usd?: F}[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const pairs: {row: F; of: F; foreign: F; usd?: F}[] = [];
  for (const f of figures) {
    if (!f.converts) continue;
    const at = (message: string) => problems.push({file, line: f.line, message});
    const target = byId.get(aliases.get(f.converts) ?? f.converts);
    if (!target) {
      const others = [...byId.keys()].filter((id) => id !== f.id);
      if (complete) at(`"${f.id}" converts "${f.converts}", which is not in ${file}${didYouMean(f.converts, others)}`);
      continue;
    }
    if (target.id === f.id) at(`"${f.id}" converts itself`);
    else if (target.converts) at(`"${f.id}" converts "${target.id}", which itself converts "${target.converts}"`);
    else if (!isMoney(f.unit) || !isMoney(target.unit) || f.unit === target.unit)
      at(
        `"${f.id}" (${f.unit}) converts "${target.id}" (${target.unit}): a conversion joins two amounts of money in different currencies`
      );
    else if (f.unit === "USD") pairs.push({row: f, of: target, foreign: target, usd: f});
    else if (target.unit === "USD") pairs.push({row: f, of: target, foreign: f, usd: target});
    else pairs.push({row: f, of: target, foreign: target});
  }
  return pairs;
}

// What the story's config is checked against and selects from.
export function registryLookup(figures: Row[], aliases: Map<string, string>): RegistryLookup {
  return {
    canonical: (id) => aliases.get(id) ?? id,
    select: (rule: FigureRule) =>
      figures.filter((f) => isStoryMoney(f) && (rule === "money" || f.unit !== "USD")).map((f) => f.id)
  };
}

// The currency most of `units` are in; of a tie, the one that comes first: ["EUR", "BRL", "BRL"] → "BRL".
export function mainCurrency(units: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts].reduce<[string, number] | undefined>(
    (best, c) => (!best || c[1] > best[1] ? c : best),
    undefined
  )?.[0];
}

// The story's lead: story.json's, the amount a conversion row converts standing for it; else the first money of the
// registry, said as a note.
export function leadOf(
  story: Pick<StoryConfig, "lead">,
  figures: Row[],
  notes: Problem[],
  storyFile: string
): string | undefined {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const named = story.lead ? byId.get(story.lead) : undefined;
  if (named) return named.converts && byId.has(named.converts) ? named.converts : named.id;
  const first = figures.find(isStoryMoney);
  if (first && !story.lead)
    notes.push({
      file: storyFile,
      message: `no "lead": the story leads on "${first.id}", the registry's first sum; name the figure the story is about as "lead"`
    });
  return first?.id;
}

// Every foreign amount of the article, once, with the article's own US$ amount of it: the lead first (or, with a
// lead in US$, the first amount in the currency most of them are in), then in the registry's order.
export function storyConversions(
  figures: Row[],
  pairs: {foreign: Row; usd?: Row}[],
  lead: string | undefined,
  notes: Problem[],
  storyFile: string
): ConversionConfig[] {
  const usdOf = new Map(pairs.flatMap((p) => (p.usd?.converts ? [[p.foreign.id, p.usd.id]] : [])));
  const foreign = figures.filter((f) => isStoryMoney(f) && f.unit !== "USD");
  const main = mainCurrency(foreign.map((f) => f.unit));
  const leadFigure = figures.find((f) => f.id === lead);
  const first =
    foreign.find((f) => f.id === lead) ?? (main ? foreign.find((f) => f.unit === main) : undefined) ?? foreign[0];
  if (leadFigure && leadFigure.unit === "USD" && first)
    notes.push({
      file: storyFile,
      message: `the lead "${leadFigure.id}" is in US$: the rate slider and sweep are in ${first.unit}, the currency most of the article's foreign amounts are in ("${first.id}")`
    });
  return [first, ...foreign.filter((f) => f !== first)]
    .filter((f): f is Row => f !== undefined)
    .map((f) => ({figure: f.id, ...(usdOf.has(f.id) ? {article_usd: usdOf.get(f.id)} : {})}));
}

// A label for a figure the registry leaves unlabelled: its entity, else the first words of its quote.
export function fallbackLabel(f: Pick<Row, "entity" | "quote" | "id">): string {
  if (f.entity) return f.entity;
  const words = f.quote.split(/\s+/).filter(Boolean);
  if (!words.length) return f.id;
  return words.length > 6 ? `${words.slice(0, 6).join(" ")}…` : words.join(" ");
}

// Each chart item that names a figure and leaves its label out takes the registry's label; a figure without one
// takes a fallback, said as a note at its registry line.
export function fillLabels(
  charts: StoryConfig["charts"],
  figures: (Row & Pick<Figure, "line">)[],
  notes: Problem[],
  file: string
): void {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const said = new Set<string>();
  const walk = (v: unknown, chart: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, chart));
    else if (isObject(v)) {
      const f = typeof v.figure === "string" ? byId.get(v.figure) : undefined;
      if (f && v.label === "") {
        v.label = f.label || fallbackLabel(f);
        if (!f.label && !said.has(f.id)) {
          said.add(f.id);
          notes.push({
            file,
            line: f.line,
            message: `"${f.id}" has no label: chart "${chart}" calls it "${v.label}"; write one in its "label" cell`
          });
        }
      }
      for (const [k, x] of Object.entries(v)) if (k !== "figure" && k !== "label") walk(x, chart);
    }
  };
  for (const c of charts) walk(c, c.id);
}

// A label inside a sentence: its first word in lower case when the article writes it so ("Country's national debt" →
// "country's national debt"), a name as it is ("South Korea: budget").
function lowerFirst(label: string, text: string): string {
  const first = label.split(/\s+/)[0];
  const lower = first.toLowerCase();
  return first !== lower &&
    new RegExp(`(?:^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text)
    ? `${lower}${label.slice(first.length)}`
    : label;
}

// Markdown text, its brackets and emphasis marks escaped: a label set into generated prose.
const markdownText = (s: string) => s.replace(/([\\[\]*_`<>])/g, "\\$1");

// `::: summary`: the sentences that state the story's money, computed from the registry at every build so they never
// go stale: "The story’s main sum is [[krw_728tn]] (South Korea’s 2026 budget), about [[krw_728tn@mean]]. The article
// names 8 sums of money in 2 currencies; the largest is [[krw_1415tn]] (national debt)."
export function summaryMarkdown(
  lead: string | undefined,
  figures: Row[],
  usd: (id: string) => {value: number; cite: string} | undefined, // a figure in US$ at the story's basis
  text = "" // the article, whose own casing a label takes inside a sentence
): string {
  const money = figures.filter(isStoryMoney);
  if (!money.length) return "The article names no sum of money.";
  const label = (f: Row) => markdownText(lowerFirst(f.label || fallbackLabel(f), text));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const leadFigure = lead ? byId.get(lead) : undefined;
  const about = (f: Row) => {
    const u = f.unit === "USD" ? undefined : usd(f.id);
    return u ? `, about ${u.cite}` : "";
  };
  const sentences: string[] = [];
  if (leadFigure && isMoney(leadFigure.unit))
    sentences.push(`The story’s main sum is [[${leadFigure.id}]] (${label(leadFigure)})${about(leadFigure)}.`);
  const size = (f: Row) => usd(f.id)?.value ?? NaN;
  const largest = money
    .filter((f) => Number.isFinite(size(f)))
    .reduce<Row | undefined>((a, f) => (!a || size(f) > size(a) ? f : a), undefined);
  const currencies = new Set(money.map((f) => f.unit)).size;
  const n = money.length;
  const count =
    n === 1
      ? "It is the only sum of money in the article"
      : `The article names ${n} sums of money${currencies > 1 ? ` in ${currencies} currencies` : ""}`;
  const biggest =
    largest && largest !== leadFigure && n > 1
      ? `; the largest is [[${largest.id}]] (${label(largest)})${about(largest)}`
      : largest === leadFigure && n > 1
        ? "; it is the largest"
        : "";
  sentences.push(`${count}${biggest}.`);
  return sentences.join(" ");
}
