// A cited figure as static HTML: its printed value, its quote and source on hover and focus, its footnote number.
// `kind` says what is printed: the figure itself, or (usd, rate, year) a value derived from it, or words shown in
// its place ("seven").
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {figureOf} from "../../src/story/rows.js";

export function citation(model: StoryModel, id: string, text: string, notes = model.notes, kind = "figure") {
  const f = figureOf(model, id);
  const n = notes.indexOf(id) + 1;
  const draft = f.status === "draft" && html`<span class="draft-mark" title="Not yet checked by a person">draft</span>`;
  return html`<span class="figure${f.status === "draft" ? " draft" : ""}" data-figure="${id}" data-kind="${kind}" tabindex="0" title="${f.provenance}" aria-describedby="note-${id}"><span class="figure-value">${text}</span>${draft}<sup><a href="#note-${id}" aria-label="note ${n}">${n}</a></sup></span>`;
}
