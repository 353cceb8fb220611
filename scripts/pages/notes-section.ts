// The footnotes: each cited figure's quote and source, numbered in reading order.
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {figureOf} from "../../src/story/rows.js";

export function notesSection(model: StoryModel, notes = model.notes): string {
  if (!notes.length) return "";
  const items = notes.map((id) => {
    const f = figureOf(model, id);
    // A draft figure shows what new-story could not settle (a restatement, a period read from words) as a task.
    const task = f.note && html` <span class="draft-task">${f.note}.</span>`;
    const draft = f.status === "draft" && html` <strong class="draft-mark">Draft: not yet checked.</strong>${task}`;
    return html`<li id="note-${id}">${`${f.text}: ${f.provenance}`}${draft}</li>`;
  });
  return `<h3 id="notes">Notes</h3>\n<ol class="notes">\n${items.join("\n")}\n</ol>`;
}
