// The generic story of any article, a first draft a desk editor can read: a lead on the largest sum, one chart of
// the money in US$, one rate-basis switch for every conversion (the largest foreign amount with its rate sweep,
// the others in a table), the rates of the currency most amounts are in, and notes. `npm run new-story` writes it
// to data/ for the journalist to edit; the build uses it when data/story.json or data/story.md is absent.
import type {Conversion} from "./conversions.js";
import {CURRENCIES} from "./currencies.js";
import type {Figure} from "./registry.js";
import {isBars, type BarsChart} from "./charts/bars.js";
import type {RatesChart} from "./charts/rates.js";
import type {ConversionConfig, StoryConfig} from "./story.js";

type Registered = Pick<Figure, "id" | "entity" | "kind" | "unit" | "in_article" | "quote"> & {
  mention?: unknown;
  label?: string; // the draft's short label: "Government-guaranteed bonds (2026)"
  usd?: number; // its rough size in US$, to order by
  restates?: string;
  part_of?: string;
};

const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

// A label inside a sentence: its first word in lower case when the article writes it so ("Country's national
// debt" → "country's national debt"), a name as it is ("India's semiconductor market").
function lowerFirst(label: string, text: string): string {
  const first = label.split(/\s+/)[0];
  const lower = first.toLowerCase();
  return first !== lower &&
    new RegExp(`(?:^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text)
    ? `${lower}${label.slice(first.length)}`
    : label;
}

// A bar's label: the draft's, else the entity, else the first words of the quote.
function shortLabel(f: Registered): string {
  if (f.label) return f.label;
  if (f.entity) return f.entity;
  const words = f.quote.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(" ")}…` : f.quote;
}

export const ratesChartId = (currency: string) => `rates-${currency.toLowerCase()}`;
export const MONEY_CHART = "money";

// Largest first, by rough US$ size where known; the order of the article otherwise.
const bySize = (a: Registered, b: Registered) => {
  const [x, y] = [a.usd ?? NaN, b.usd ?? NaN];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  return y - x;
};

// The currency most of the converted amounts are in; of a tie, the one that comes first (the largest amount's):
// ["EUR", "BRL", "BRL"] → "BRL" (a Brazilian story citing the EU's plan charts the real, not the euro).
export function mainCurrency(units: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts].reduce<[string, number] | undefined>(
    (best, c) => (!best || c[1] > best[1] ? c : best),
    undefined
  )?.[0];
}

export function genericStory(figures: Registered[], pairs: Conversion[]): StoryConfig {
  const money = figures.filter((f) => f.kind === "reported" && f.in_article && isMoney(f.unit) && !f.restates);
  const byMention = new Map(money.filter((f) => f.mention).map((f) => [f.mention, f]));
  // A bracketed conversion ("$2 billion (£1.5 billion)", "¥3.9 trillion (US$25.44 billion)") is the article's
  // restatement of the amount before it: never drawn or converted beside it.
  const bracketed = new Set(pairs.map((p) => byMention.get(p.to)?.id).filter(Boolean));
  const conversions: ConversionConfig[] = [...money]
    .filter((f) => f.unit !== "USD" && !bracketed.has(f.id))
    .sort(bySize)
    .map((f) => {
      const pair = pairs.find((p) => p.from === f.mention && p.to.unit === "USD");
      const usd = pair && byMention.get(pair.to);
      return {figure: f.id, ...(usd ? {article_usd: usd.id} : {})};
    });
  // Parts are not drawn beside their wholes, nor a bracketed conversion beside its amount.
  const bars = money
    .filter((f) => !bracketed.has(f.id) && !f.part_of)
    .sort(bySize)
    .map((f) => ({figure: f.id, label: shortLabel(f)}));
  const main = mainCurrency(conversions.map((c) => money.find((f) => f.id === c.figure)!.unit));
  const charts: (BarsChart | RatesChart)[] = [
    ...(bars.length
      ? [{id: MONEY_CHART, type: "bars" as const, title: "The money in the article, in US dollars", bars}]
      : []),
    ...(main
      ? [
          {
            id: ratesChartId(main),
            type: "rates" as const,
            title: `${CURRENCIES[main]?.name ?? main} per US dollar`,
            currency: main
          }
        ]
      : [])
  ];
  const everyPairPrinted = conversions.length > 0 && conversions.every((c) => c.article_usd);
  // Each amount at the rates of its own time, unless the article prints a conversion of every one.
  return {default_basis: everyPairPrinted ? "article" : "mean", conversions, charts};
}

// What the draft's prose says of an article with no money: what was read, and what to do next.
function noMoney(found: {mentions: number; text: string}): string[] {
  const letters = found.text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /[A-Za-z\u00C0-\u024F]/.test(c)).length;
  const english = letters.length === 0 || latin / letters.length > 0.5;
  return [
    english
      ? `No sum of money was found in this article (the extractor read ${found.mentions} other ${found.mentions === 1 ? "quantity" : "quantities"}: counts, years, percentages), so there is nothing to chart yet.`
      : `No sum of money was found in this article. The extractor reads English text, and most of this article is in another script, so its amounts were not read.`,
    "",
    "To add one, add a row to `data/figures.csv` with its value, its currency and its words from the article, then cite it here as `[[its_id]]`. Or write the story around the article's other facts: this page is yours to edit, in `data/story.md`.",
    ""
  ];
}

// Plain prose around the generic story's charts: Markdown for data/story.md. The lead cites the largest sum.
export function genericProse(
  meta: {title: string; standfirst?: string},
  story: StoryConfig,
  figures: (Pick<Figure, "id" | "unit"> & {label?: string})[],
  found: {mentions: number; text: string} = {mentions: 0, text: ""}
): string {
  const lines = [`# ${meta.title || "Untitled story"}`, ""];
  if (meta.standfirst) lines.push(meta.standfirst, "");
  const bars = story.charts.find((c): c is BarsChart => c.id === MONEY_CHART && isBars(c));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const largest = bars?.bars[0];
  if (!largest) lines.push(...noMoney(found));
  else {
    const f = byId.get(largest.figure);
    const what = largest.label.replace(/ \([^)]*\)$/, "");
    const inUsd = f && f.unit !== "USD" ? `, about [[${largest.figure}@${story.default_basis}]]` : "";
    const n = bars?.bars.length ?? 0;
    const units = new Set((bars?.bars ?? []).map((b) => byId.get(b.figure)?.unit));
    const converted = story.conversions.length > 0;
    const currencies = units.size > 1 ? ` in ${units.size} currencies` : "";
    const lead = what
      ? `The largest sum in the article is [[${largest.figure}]] (${lowerFirst(what, found.text)})${inUsd}.`
      : `The largest sum in the article is [[${largest.figure}]]${inUsd}.`;
    lines.push(
      lead +
        (n > 1
          ? ` The article names ${n} sums of money${currencies}; the chart shows each in US dollars${converted ? ", converted at the exchange rates of the time each one refers to" : ""}.`
          : ""),
      "",
      `### ${bars!.title}`,
      "",
      `::: chart ${MONEY_CHART}`,
      ""
    );
  }
  if (story.conversions.length) {
    lines.push(
      "## What the dollar figures depend on",
      "",
      "An amount in another currency is worth more or fewer dollars depending on the exchange rate. Each one here is converted at the average rate of its own time: the years it was spent over, or, for money yet to be spent, the latest rates before publication. Choose another basis to see how much the sums depend on it.",
      "",
      "::: conversions",
      ""
    );
    const rates = story.charts.find((d) => d.type === "rates");
    if (rates) lines.push(`### ${rates.title}`, "", `::: chart ${rates.id}`, "");
  }
  lines.push("::: corrections", "", "::: notes", "");
  return lines.join("\n");
}
