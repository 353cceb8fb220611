// The live parts of a story page, each called in one line by a cell of the page (scripts/pages/): a chart, the
// conversion sentence and the conversion table drawn in place of their static versions, and kept in step with the
// reader's view by the page's store until the cell is invalidated. An embed page's chart has a fixed view.
import type {StoryModel} from "../lib/story/model.js";
import type {View} from "../lib/charts/chart-type.js";
import {
  chartFigure,
  conversionTable,
  figureParts,
  followsView,
  redrawFigure,
  replaceConversionTable,
  replaceFigure,
  sized
} from "./figures.js";
import {updateSentence, type ViewStore} from "./view.js";

// Framework's resize(): a box that draws its chart again at each width it is given.
type Resize = (draw: (width: number) => Element) => Element;

// A chart drawn at the reader's width under the store's view; only a chart that follows the rate basis is redrawn
// on a change of view, so a basis change redraws it alone.
export function liveChart(model: StoryModel, id: string, store: ViewStore, invalidation: Promise<unknown>): void {
  const follows = followsView(model, id);
  const parts = figureParts(model, id, follows ? store.get() : {});
  replaceFigure(
    chartFigure(
      parts,
      sized((width) => parts.draw(width))
    )
  );
  if (follows) void invalidation.then(store.subscribe((view) => redrawFigure(model, id, view)));
}

// An embed page's chart, under the view in its address (?basis=mean), without embed code of its own.
export function embedChart(model: StoryModel, id: string, view: View, resize: Resize): void {
  const parts = figureParts(model, id, followsView(model, id) ? view : {});
  replaceFigure(
    chartFigure(
      parts,
      resize((width) => parts.draw(width)),
      {embed: false}
    )
  );
}

// The sentence under the switch, rewritten on each change of view: "At 127.27 yen per US dollar, …".
export function liveSentence(model: StoryModel, id: string, store: ViewStore, invalidation: Promise<unknown>): void {
  updateSentence(model, id, store.get());
  void invalidation.then(store.subscribe((view) => updateSentence(model, id, view)));
}

// The table of every converted amount, rewritten on each change of view.
export function liveConversionTable(model: StoryModel, store: ViewStore, invalidation: Promise<unknown>): void {
  replaceConversionTable(conversionTable(model, store.get()));
  void invalidation.then(store.subscribe((view) => replaceConversionTable(conversionTable(model, view))));
}
