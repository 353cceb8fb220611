// A Markdown block of the prose with each [[citation]] printed: "spent [[chip_subsidies]]" → "spent <span
// class="figure" …>¥3.9 trillion</span>".
import {citationText, citationValue, type Project, type StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import type {Block} from "../../src/inputs/prose.js";
import {citation} from "./citation.js";

export function proseMarkdown(
  project: Project,
  model: StoryModel,
  block: Extract<Block, {type: "markdown"}>,
  notes = model.notes
): string {
  let out = "";
  let at = 0;
  for (const t of block.tokens) {
    out += block.text.slice(at, t.start);
    const f = project.figures.find((d) => d.id === t.id)!;
    const v = citationValue(project, f, t);
    const text = citationText(project, f, t);
    if ("error" in v || typeof text !== "string") throw new Error(`${t.raw}: cannot print`);
    const lineStart = block.text.lastIndexOf("\n", t.start - 1) + 1;
    const heading = /^\s*#/.test(block.text.slice(lineStart, t.start));
    // A heading carries the number alone: no badge, no footnote mark.
    out += heading ? html`${text}` : citation(model, t.id, text, notes, t.shown !== undefined ? "shown" : v.kind);
    at = t.end;
  }
  return out + block.text.slice(at);
}
