// The story's standfirst: the article it reads, by whom and where, its dates, and where its numbers come from.
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {longDate} from "./long-date.js";

export function standfirst(model: StoryModel): string {
  const m = model.meta;
  const by = m.authors?.length ? ` by ${m.authors.join(" and ")}` : "";
  const updated = m.updated && html`, updated <time datetime="${m.updated}">${longDate(m.updated)}</time>`;
  const dates = html`Published <time datetime="${m.published}">${longDate(m.published)}</time>${updated}.`;
  const source = m.url ? html`<a href="${m.url}">${m.title}</a>` : m.title;
  const where = [m.agency, m.outlet].filter(Boolean).join(", ");
  return html`<p class="standfirst">A data reading of “${source}”${by}, ${where}. ${dates} Every number below is drawn from the tables on the <a href="./data">Data</a> page; hover over or tab to one to see the sentence it comes from.</p>`
    .text;
}
