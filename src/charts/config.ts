// A chart as data/story.json gives it, and the reader's view it is drawn under: what the story's tables, the model
// and every chart type share, below them all.
import type {BasisKind} from "../money/basis.js";

// The reader's one choice for every converted amount: a basis, and a rate of their own ({basis: "custom", rate:
// 100}) for the amounts in the featured conversion's currency. `dollars`: "constant" restates every sum in US$ in
// the story's constant dollars; "then" (the default) leaves each in the dollars of its own time.
export type View = {basis?: BasisKind; rate?: number; dollars?: Dollars};
export type Dollars = "then" | "constant";

// A chart as data/story.json gives it: {"id": "investment", "type": "bars", "title": "…", …its own fields}. Labels
// and notes may cite figures ("AWS plan ([[aws_cloud_jpy]])"); the pages get them with the citations as text.
export interface ChartConfig {
  id: string; // "investment" → the embed page /embed/investment
  type: string;
  title: string;
  note?: string; // added to the chart's source line
}

// What a figure id must be where a chart names it.
export type Need = "money" | "foreign" | "usd" | "rank" | "count" | "dated";

// A figure a chart names, with a label that may cite: {"figure": "aws_cloud", "label": "AWS: cloud"}.
export interface Labelled {
  figure: string;
  label: string;
}
