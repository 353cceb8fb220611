// A page of prose, the story's or an extra page's: its Markdown with each citation printed, the directives
// (`::: chart`, `::: conversion`, `::: notes`…) as static HTML, and the cells that make it live: the model, the
// reader's view (one rate basis for every converted amount, read from and kept in the address) and its switch.
// `view`, `basis`, `readerView` and, with cells of the journalist's own, `tables` and `figures` are the page's
// values, for those cells too.
import type {Project, StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import type {Prose} from "../../src/inputs/prose.js";
import {cellScope} from "./cell-scope.js";
import {chartSection} from "./chart-section.js";
import type {PageContext} from "./context.js";
import {conversionSection, conversionsSection} from "./conversion-section.js";
import {correctionsSection} from "./corrections-section.js";
import {draftBanner} from "./draft-banner.js";
import {figuresList} from "./figures-list.js";
import {jsCell} from "./js-cell.js";
import {markCells} from "./mark-cells.js";
import {modelCell} from "./model-cell.js";
import {notesSection} from "./notes-section.js";
import {proseMarkdown} from "./prose-markdown.js";
import {rateSwitch} from "./rate-switch.js";
import {standfirst} from "./standfirst.js";

export interface ProsePage {
  notes: string[]; // the cited figures in the order of their footnotes
  standfirst: boolean;
  file: string; // where the prose is written: "data/story.md"
}

export function prosePage(
  project: Project,
  model: StoryModel,
  prose: Prose,
  ctx: PageContext,
  {notes, standfirst: withStandfirst, file}: ProsePage
): string {
  const out: string[] = [modelCell("", model, ctx)];
  out.push(
    jsCell(`import {liveChart, liveConversionTable, liveSentence} from "./components/live-page.js";
import {readView, viewStore, writeView} from "./components/view.js";
import {basisRadio, dollarsRadio, rateSlider} from "./components/controls.js";`)
  );
  // The switch stands where the prose first places a conversion; without one the page keeps the default view.
  const switched = prose.blocks.some(
    (b) => b.type === "directive" && (b.name === "conversion" || b.name === "conversions") && model.conversions.length
  );
  out.push(
    jsCell(`// The reader's view: one rate basis (and rate) for every converted amount, read from and kept in the address;
// the store tells the charts of each change in the reader's own input event.
const initial = readView(model, location.search);
const store = viewStore(initial);`)
  );
  out.push(
    // Not "view": that name is Framework's own view(), which a cell would get instead of this variable.
    jsCell(
      switched
        ? `const readerView = {basis, rate${model.dollars ? ", dollars" : ""}};\nwriteView(model, readerView);`
        : `const basis = initial.basis;\nconst readerView = {basis};`
    )
  );
  out.push(cellScope(prose));
  if (withStandfirst) out.push(standfirst(model), "");
  out.push(html`# ${prose.headline}`.text, "", draftBanner(model), "");
  let placed = false;
  const switchOnce = () => (placed || !switched ? "" : ((placed = true), rateSwitch(model)));
  for (const b of prose.blocks) {
    if (b.type === "markdown") out.push(markCells(proseMarkdown(project, model, b, notes), file, b.line), "");
    else if (b.name === "chart") out.push(chartSection(model, b.arg, `./data/tables/charts/${b.arg}.csv`, ctx), "");
    else if (b.name === "conversion") out.push(switchOnce(), conversionSection(model, b.arg, ctx), "");
    else if (b.name === "conversions") out.push(switchOnce(), conversionsSection(model, ctx), "");
    else if (b.name === "notes") out.push(notesSection(model, notes), "");
    else if (b.name === "figures") out.push(figuresList(model, b.arg || "money"), "");
    else if (b.name === "corrections") out.push(correctionsSection(project), "");
  }
  return out.join("\n");
}
