// The desk's own pages: the home page (/) lists every story, newest first, and the desk's Data page (/data) offers
// every story's figures in one table. Static HTML in Markdown: they need no script.
import {TABLES, toCsv, type Column} from "../../src/index.js";
import {html, joinHtml} from "../../src/story/html.js";
import type {DeskEntry} from "../desk-entries.js";
import {frontMatter} from "./front-matter.js";
import {longDate} from "./long-date.js";
import {SHELL_FIXES} from "./page-head.js";

// The desk's pages' shell: the story pages' fixes for screen readers, and a footer of its own (no link out).
const shell = {head: SHELL_FIXES, footer: "Each story's data and sources are on its own Data and Fact check pages."};

// (2, "story") → "2 stories"; (1, "sum") → "1 sum"
const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;

// One story of the list: its card, headline, outlet and date, lead figure, and what is left to check. The links
// lead out of this build into the story's own (rel="external": Framework neither copies nor checks them).
function storyItem(e: DeskEntry) {
  const href = `./${e.slug}/`;
  if (e.problems)
    return html`<article class="desk-story desk-broken"><h2>${e.slug}</h2><p>This story cannot be built yet:</p><pre>${e.problems}</pre></article>`;
  const status = `${plural(e.figures, "sum")} of money · ${e.drafts ? `${plural(e.drafts, "figure")} still draft` : "every figure checked"}`;
  return html`<article class="desk-story">
<a href="${href}" rel="external" tabindex="-1" aria-hidden="true"><img src="./${e.slug}/card.png" rel="external" alt="" width="1200" height="630" loading="lazy"></a>
<h2><a href="${href}" rel="external">${e.headline}</a></h2>
<p class="desk-meta">${[e.outlet, e.published && longDate(e.published)].filter(Boolean).join(" · ")}</p>
${e.lead ? html`<p class="desk-lead">${e.lead.label ? `${e.lead.label}: ` : ""}<strong>${e.lead.text}</strong></p>` : ""}
<p class="desk-status${e.drafts ? " desk-drafts" : ""}">${status}</p>
</article>`;
}

export function deskIndex(entries: DeskEntry[], notes: string[]): string {
  return [
    frontMatter({title: "Stories", toc: false, ...shell}),
    "# Stories",
    "",
    `<p class="desk-count">${plural(entries.length, "story")}, newest first. Each is a data reading of a news article: every figure traced to its sentence, its source and its conversion.</p>`,
    "",
    `<div class="desk-list">\n${joinHtml(entries.map(storyItem), "\n")}\n</div>`,
    "",
    notes.length
      ? `<section class="desk-notes"><h2>One fact, two ways?</h2><p>Figures that match another story's in entity, category and period, but not in amount:</p><ul>${joinHtml(
          notes.map((n) => html`<li><code>${n}</code></li>`)
        )}</ul></section>`
      : ""
  ].join("\n");
}

// The desk's figures table: the `story` column, then the figures table of each story.
export const DESK_COLUMNS: Column[] = [
  {name: "story", type: "string", meaning: "The story's slug: its folder in stories/ and its address on the site"},
  ...TABLES.find((t) => t.name === "figures")!.columns
];

export const deskFiguresCsv = (entries: DeskEntry[]) =>
  toCsv(
    entries.flatMap((e) => e.rows),
    DESK_COLUMNS.map((c) => c.name)
  );

export function deskData(entries: DeskEntry[]): string {
  const rows = entries.reduce((n, e) => n + e.rows.length, 0);
  return [
    frontMatter({title: "Data", toc: false, ...shell}),
    "# Data",
    "",
    `Every figure of every story on the desk in one table: ${plural(rows, "row")} from ${plural(entries.length, "story")}, the column <code>story</code> naming each row's story. Each story's own Data page has its other tables.`,
    "",
    `<p class="data-package"><a href="./data/desk-figures.csv" download="desk-figures.csv">Figures (CSV)</a> · <a href="./data/desk-figures.json" download="desk-figures.json">Figures (JSON)</a></p>`,
    "",
    "## Columns",
    "",
    "| column | type | meaning |",
    "|---|---|---|",
    ...DESK_COLUMNS.map((c) => `| <code>${c.name}</code> | ${c.type} | ${c.meaning.replace(/\|/g, "\\|")} |`)
  ].join("\n");
}
