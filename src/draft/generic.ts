// The generic story of any article, a first draft a desk editor can read: a summary led by the story's money, one
// chart of the article's money in US$ (by rule, so it follows the registry), one rate-basis switch for every
// conversion with the lead's rate sweep, the rates of the lead's currency, and notes. `npm run new-story` writes it
// to data/ for the journalist to edit; the build uses it when data/story.json or data/story.md is absent.
import {MONEY_CHART, draftCharts, ratesChartId, ratesChartIn, type DraftChart} from "../charts/drafts.js";
import type {Figure} from "../inputs/registry.js";
import {isStoryMoney, mainCurrency} from "../story/story-view.js";

type Registered = Pick<
  Figure,
  "id" | "entity" | "kind" | "unit" | "in_article" | "quote" | "restates" | "converts" | "label"
>;

export {MONEY_CHART, ratesChartId};
export {mainCurrency};

// story.json as the generic story writes it: rules, not lists, so a correction in figures.csv is the only edit.
export interface StoryJson {
  default_basis: "article" | "mean";
  lead?: string;
  charts: DraftChart[];
}

// The generic story of a registry: led by `lead` (else its first sum), its money charted by rule; each amount at the
// rates of its own time unless the article prints a conversion of every one.
export function genericStory(figures: Registered[], lead?: string): StoryJson {
  const money = figures.filter(isStoryMoney);
  const foreign = money.filter((f) => f.unit !== "USD");
  const converted = new Set(figures.filter((f) => f.converts).flatMap((f) => [f.id, f.converts]));
  const leadFigure = money.find((f) => f.id === lead) ?? money[0];
  const currency = leadFigure && leadFigure.unit !== "USD" ? leadFigure.unit : mainCurrency(foreign.map((f) => f.unit));
  const everyPairPrinted = foreign.length > 0 && foreign.every((f) => converted.has(f.id));
  return {
    default_basis: everyPairPrinted ? "article" : "mean",
    ...(leadFigure ? {lead: leadFigure.id} : {}),
    charts: draftCharts(money.length > 0, currency)
  };
}

// story.json's text: "{\n  \"default_basis\": …}\n".
export const storyJson = (story: StoryJson) => `${JSON.stringify(story, null, 2)}\n`;

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

// Plain prose around the generic story's charts: Markdown for data/story.md. Its sentences about the money are a
// `::: summary`, computed from the registry at every build.
export function genericProse(
  meta: {title: string; standfirst?: string},
  story: {charts: {id: string; type: string; title: string}[]},
  found: {mentions: number; text: string} = {mentions: 0, text: ""}
): string {
  const lines = [`# ${meta.title || "Untitled story"}`, ""];
  if (meta.standfirst) lines.push(meta.standfirst, "");
  const bars = story.charts.find((c) => c.id === MONEY_CHART);
  if (!bars) lines.push(...noMoney(found));
  else lines.push("::: summary", "", `### ${bars.title}`, "", `::: chart ${MONEY_CHART}`, "");
  const rates = ratesChartIn(story.charts);
  if (rates) {
    lines.push(
      "## What the dollar figures depend on",
      "",
      "An amount in another currency is worth more or fewer dollars depending on the exchange rate. Each one here is converted at the average rate of its own time: the years it was spent over, or, for money yet to be spent, the latest rates before publication. Choose another basis to see how much the sums depend on it.",
      "",
      "::: conversions",
      "",
      `### ${rates.title}`,
      "",
      `::: chart ${rates.id}`,
      ""
    );
  }
  lines.push("::: corrections", "", "::: notes", "");
  return lines.join("\n");
}
