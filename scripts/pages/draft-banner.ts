// A banner above a story some of whose cited figures no person has checked yet.
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";

export function draftBanner(model: StoryModel): string {
  const drafts = model.figures.filter((f) => f.status === "draft" && model.notes.includes(f.id));
  if (!drafts.length) return "";
  return html`<p class="draft-banner" role="note"><strong>Draft.</strong> ${drafts.length} of the figures below ${drafts.length === 1 ? "is" : "are"} not yet checked by a person (marked “draft”). Mark each one <code>checked</code> in <code>data/figures.csv</code> once you have checked it.</p>`
    .text;
}
