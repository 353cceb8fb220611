// The story's figures as a list, each cited with its quote (`::: figures money`: the article's own sums of money).
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {citation} from "./citation.js";

export function figuresList(model: StoryModel, filter: string): string {
  const money = model.figures.filter((f) =>
    filter === "money" ? /^[A-Z]{3}$/.test(f.unit) && f.in_article && f.kind === "reported" : true
  );
  const items = money.map((f) => html`<li>${citation(model, f.id, f.text)}: “${f.quote}”</li>`);
  return `<ul class="figure-list">\n${items.join("\n")}\n</ul>`;
}
