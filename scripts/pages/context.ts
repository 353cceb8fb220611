// What a page is made with: the document its static charts and tables are drawn in (a jsdom one, made by the engine
// and kept while it runs) and whether it is for a preview, where the charts are drawn only live and the model comes
// with the page, not as a file fetched after it: the page is made in a fraction of the time, and an edit reaches
// it in one step.
import {JSDOM} from "jsdom";

export interface PageContext {
  document: Document;
  preview: boolean;
}

// A document of its own for drawing static pages outside a browser.
export function staticDocument(): Document {
  return new JSDOM("<!DOCTYPE html><body></body>").window.document;
}
