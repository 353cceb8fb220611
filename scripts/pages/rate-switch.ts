// The page's one rate-basis switch and the reader's own rate (docs/components/controls.ts): every conversion, chart
// and table follows them. `basis`, `rate` and `dollars` are the page's own values, for the journalist's cells too.
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {jsCell} from "./js-cell.js";

export function rateSwitch(model: StoryModel): string {
  const first = model.conversions[0]?.figure ?? "";
  return [
    `${html`<div class="controls" data-controls="${first}">`}\n`,
    jsCell(`const basis = view(basisRadio(model, initial.basis, store));`),
    jsCell(`const rate = view(rateSlider(model, initial.rate, store));`),
    ...(model.dollars ? [jsCell(`const dollars = view(dollarsRadio(model, initial.dollars, store));`)] : []),
    `\n</div>\n`
  ].join("\n");
}
