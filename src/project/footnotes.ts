// The order of the footnotes: the figures a page cites or places, in reading order.
import type {Prose} from "../inputs/prose.js";
import {chartFigures, type StoryConfig} from "../inputs/story-config.js";
import type {Project} from "./types.js";

// Footnotes, in reading order: the figures each block of the prose cites or places (a chart's, a conversion's), in
// the order the page shows them, then (with `all`) those of charts and conversions the prose does not place.
export function footnoteOrder(p: Project, prose: Pick<Prose, "blocks"> = p.prose, all = true): string[] {
  const ids: string[] = [];
  const conversionFigures = (c: StoryConfig["conversions"][number]) => [
    c.figure,
    ...(c.article_usd ? [c.article_usd] : [])
  ];
  for (const b of prose.blocks) {
    if (b.type === "markdown") ids.push(...b.tokens.map((t) => t.id));
    else if (b.name === "chart") ids.push(...p.story.charts.filter((c) => c.id === b.arg).flatMap(chartFigures));
    else if (b.name === "conversion")
      ids.push(...p.story.conversions.filter((c) => c.figure === b.arg).flatMap(conversionFigures));
    else if (b.name === "conversions") ids.push(...p.story.conversions.flatMap(conversionFigures));
  }
  if (all) ids.push(...p.story.charts.flatMap(chartFigures), ...p.story.conversions.flatMap(conversionFigures));
  return [...new Set(ids.filter(Boolean))];
}
