// One chart alone (/embed/<chart id>), for an <iframe> in another site: the chart, its title and source line, a
// link to its data, and a script that tells the host page its height (docs/components/embed.ts).
import {chartIds, figureParts} from "../../docs/components/figures.js";
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {chartSection} from "./chart-section.js";
import {jsCell} from "./js-cell.js";
import {modelCell} from "./model-cell.js";
import type {Page} from "./page.js";

const partsOf = (model: StoryModel, id: string) => {
  if (!chartIds(model).includes(id)) throw new Error(`no chart "${id}"`);
  return figureParts(model, id, {});
};

export const embed: Page = {
  path: "/embed/:chart",
  params: (_, model) => chartIds(model),
  title: (_, model, id) => partsOf(model, id).title,
  // A chart's title, then its source line: "The money in the article, in US dollars. Sources: …"
  description(_, model, __, id) {
    const parts = partsOf(model, id);
    return `${parts.title.replace(/[.!?]?$/, ".")} ${parts.source}`;
  },
  frontMatter: {sidebar: false, toc: false, pager: false},
  bare: true,
  render: (_, model, ctx, id) =>
    [
      modelCell("../", model, ctx),
      jsCell(`import {embedChart} from "../components/live-page.js";
import {readView} from "../components/view.js";
import {reportHeight} from "../components/embed.js";`),
      jsCell(`const readerView = readView(model, location.search);
reportHeight();`),
      html`<h1 class="embed-title">${partsOf(model, id).title}</h1>`.text,
      "",
      chartSection(model, id, `../data/tables/charts/${id}.csv`, ctx, {page: "embed"}),
      html`<p class="embed-credit">From <a href="../" target="_top">${model.headline}</a> · <a href="../data" target="_top">All the data</a></p>`
        .text
    ].join("\n")
};
