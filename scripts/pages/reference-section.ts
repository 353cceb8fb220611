// The Methodology page's section on reference data: how old each series is beside the story's date; a story dated
// past a series' end names the command that brings it up to date.
import {dataTable} from "../../docs/components/story.js";
import {referenceAges, type Project} from "../../src/index.js";
import {elementHtml} from "../../src/story/html.js";
import type {PageContext} from "./context.js";
import {stacked} from "./stacked.js";

export function referenceSection(project: Project, ctx: PageContext): string[] {
  const published = project.meta.published;
  // A yearly series (GDP) is published a year or more late: it is current when it reaches the year before the story.
  const current = (last: string) =>
    last.length === 4 ? Number(last) >= Number(published.slice(0, 4)) - 1 : last >= published.slice(0, last.length);
  const rows = referenceAges(project).map((r) => ({
    ...r,
    age: !current(r.last)
      ? `ends before the story’s date (${published})`
      : r.last.length === 4
        ? "reaches the year before the story’s"
        : "covers the story’s date"
  }));
  if (!rows.length) return [];
  const stale = rows.filter((r) => !current(r.last));
  return [
    "## Reference data and its age",
    "",
    elementHtml(
      stacked(
        dataTable(
          rows,
          [
            {name: "series", label: "Series"},
            {name: "file", label: "File"},
            {name: "first", label: "From"},
            {name: "last", label: "To"},
            {name: "age", label: "Against the story"}
          ],
          ctx.document
        )
      )
    ).text,
    "",
    stale.length
      ? `<p class="fx-note">${stale.length} series end${stale.length === 1 ? "s" : ""} before the story’s date: run <code>npm run update-reference</code> to fetch the newest values from their publishers, then build again.</p>`
      : `<p>Every series reaches the story’s date. <code>npm run update-reference</code> fetches the newest values from their publishers.</p>`,
    ""
  ];
}
