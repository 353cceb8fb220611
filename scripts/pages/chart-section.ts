// A chart's static figure, then the cell that draws it live in its place (docs/components/live-page.ts). On a story
// page a chart that follows the view is redrawn by the page's view store, in the reader's own input event; an
// embed page has a fixed view, `readerView`, and no embed code of its own.
import {chartFigure, figureParts} from "../../docs/components/figures.js";
import type {StoryModel} from "../../src/index.js";
import {elementHtml} from "../../src/story/html.js";
import type {PageContext} from "./context.js";
import {jsCell} from "./js-cell.js";
import {staticBox} from "./static-box.js";

export function chartSection(
  model: StoryModel,
  id: string,
  href: string,
  ctx: PageContext,
  {page = "story"}: {page?: "story" | "embed"} = {}
): string {
  const parts = figureParts(model, id, {});
  // While previewing, no static link: each file a page links is one more watcher that reruns the page on an edit.
  const figure = chartFigure(parts, staticBox(id, ctx), {
    href: ctx.preview ? undefined : href,
    embed: page === "story"
  });
  const live =
    page === "story"
      ? `liveChart(model, ${JSON.stringify(id)}, store, invalidation);`
      : `embedChart(model, ${JSON.stringify(id)}, readerView, resize);`;
  return `${elementHtml(figure)}\n${jsCell(live)}`;
}
