// The story's corrections, dated, with a download of them all; or a line saying there are none.
import type {Project} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {longDate} from "./long-date.js";

export function correctionsSection(project: Project): string {
  const rows = project.corrections ?? [];
  if (!rows.length)
    return `<h2 id="corrections">Corrections</h2>\n<p class="empty-state">There are no corrections to this story.</p>`;
  const items = rows.map((c) => {
    const figure = c.figure_id && html` (figure <code>${c.figure_id}</code>)`;
    return html`<li><time datetime="${c.date}">${longDate(c.date)}</time>: ${c.was} It now says: ${c.now}${figure}</li>`;
  });
  return `<h2 id="corrections">Corrections</h2>\n<ol class="corrections">\n${items.join("\n")}\n</ol>\n<p><a href="./data/tables/corrections.csv" download="corrections.csv">Download the corrections (CSV)</a></p>`;
}
