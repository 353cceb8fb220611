// The charts a first draft of a story gives it (src/draft/generic.ts): the article's money in US$ by rule, so they follow
// the registry, and the rates of its main currency.
import {CURRENCIES} from "../amounts/currencies.js";
import rates from "./rates.js";

export const MONEY_CHART = "money";
export const ratesChartId = (currency: string) => `rates-${currency.toLowerCase()}`;

// A chart as the draft's story.json writes it: rules, not lists, so a correction in figures.csv is the only edit.
export type DraftChart =
  | {id: string; type: "bars"; title: string; figures: "money"}
  | {id: string; type: "rates"; title: string; currency: string};

// The draft's charts: its money when it has any, the rates of `currency` when it has one. "JPY" → rates-jpy.
export function draftCharts(money: boolean, currency?: string): DraftChart[] {
  return [
    ...(money
      ? [{id: MONEY_CHART, type: "bars", title: "The money in the article, in US dollars", figures: "money"} as const]
      : []),
    ...(currency
      ? [
          {
            id: ratesChartId(currency),
            type: "rates" as const,
            title: `${CURRENCIES[currency]?.name ?? currency} per US dollar`,
            currency
          }
        ]
      : [])
  ];
}

// The chart of a story's rates, for the draft's prose to place: its first rates chart.
export const ratesChartIn = <C extends {type: string}>(charts: C[]): C | undefined =>
  charts.find((c) => c.type === rates.type);
