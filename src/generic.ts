// The generic story of any article: every money figure charted in US$, a conversion section for each amount in
// another currency, and plain prose around them. `npm run new-story` writes it to data/ for the journalist to edit;
// the build uses it when data/story.json or data/story.md is absent.
import type {Conversion} from "./conversions.js";
import {CURRENCIES} from "./currencies.js";
import type {Figure} from "./registry.js";
import type {ChartConfig, ConversionConfig, StoryConfig} from "./story.js";

type Registered = Pick<Figure, "id" | "entity" | "kind" | "unit" | "in_article" | "quote"> & {mention?: unknown};

const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

// "Amazon Web Services Inc is spending US$14 billion to expand…" → "Amazon Web Services Inc is spending US$14…"
function shortLabel(f: Registered): string {
  if (f.entity) return f.entity;
  const words = f.quote.split(/\s+/);
  return words.length > 9 ? `${words.slice(0, 9).join(" ")}…` : f.quote;
}

export const ratesChartId = (currency: string) => `rates-${currency.toLowerCase()}`;

export function genericStory(figures: Registered[], pairs: Conversion[]): StoryConfig {
  const money = figures.filter((f) => f.kind === "reported" && f.in_article && isMoney(f.unit));
  const byMention = new Map(money.filter((f) => f.mention).map((f) => [f.mention, f]));
  const conversions: ConversionConfig[] = money
    .filter((f) => f.unit !== "USD")
    .map((f) => {
      const pair = pairs.find((p) => p.from === f.mention && p.to.unit === "USD");
      const usd = pair && byMention.get(pair.to);
      return {figure: f.id, ...(usd ? {article_usd: usd.id} : {})};
    });
  const printedConversions = new Set(conversions.map((c) => c.article_usd));
  const bars = money.filter((f) => !printedConversions.has(f.id)).map((f) => ({figure: f.id, label: shortLabel(f)}));
  const currencies = [...new Set(conversions.map((c) => money.find((f) => f.id === c.figure)!.unit))];
  const charts: ChartConfig[] = [
    ...(bars.length
      ? [{id: "money", type: "bars" as const, title: "The money in the article, in US dollars", bars}]
      : []),
    ...currencies.map((c) => ({
      id: ratesChartId(c),
      type: "rates" as const,
      title: `${CURRENCIES[c]?.name ?? c} per US dollar`,
      currency: c
    }))
  ];
  const everyPairPrinted = conversions.length > 0 && conversions.every((c) => c.article_usd);
  return {default_basis: everyPairPrinted ? "article" : "spot", conversions, charts};
}

// Plain prose around the generic story's charts, citing every money figure: Markdown for data/story.md.
export function genericProse(
  meta: {title: string; standfirst?: string},
  story: StoryConfig,
  figures: Pick<Figure, "id" | "unit">[]
): string {
  const lines = [`# ${meta.title || "Untitled story"}`, ""];
  if (meta.standfirst) lines.push(meta.standfirst, "");
  const bars = story.charts.find((c) => c.id === "money");
  if (bars) {
    lines.push("## The money in the article", "", "::: figures money", "", "::: chart money", "");
  }
  for (const c of story.conversions) {
    lines.push(
      `## [[${c.figure}]] in US dollars`,
      "",
      c.article_usd
        ? `The article converts [[${c.figure}]] into [[${c.article_usd}]], a rate of [[${c.figure}:rate@article]] per US dollar. Other rates give other sums: choose one.`
        : `The article gives [[${c.figure}]] without a US$ conversion. Its value in US dollars depends on the rate: choose one.`,
      "",
      `::: conversion ${c.figure}`,
      ""
    );
    const unit = figures.find((f) => f.id === c.figure)?.unit ?? "";
    const rates = story.charts.find((d) => d.type === "rates" && d.currency === unit);
    if (rates && !lines.includes(`::: chart ${rates.id}`)) lines.push(`::: chart ${rates.id}`, "");
  }
  lines.push("::: corrections", "", "::: notes", "");
  return lines.join("\n");
}
