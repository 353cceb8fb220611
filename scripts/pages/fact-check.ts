// The Fact check page (/fact-check): every amount of the article marked by kind, and each figure the story relies
// on checked against its primary source, with the journalist's words above the verdicts (data/fact-check.md).
import {annotatedArticle, dataTable} from "../../docs/components/story.js";
import {computedText, type Project, type StoryModel} from "../../src/index.js";
import {elementHtml, html, joinHtml} from "../../src/story/html.js";
import type {PageContext} from "./context.js";
import {notesSection} from "./notes-section.js";
import type {Page} from "./page.js";
import {proseMarkdown} from "./prose-markdown.js";
import {stacked} from "./stacked.js";

const VERDICT_ORDER = ["discrepancy", "depends on method", "not confirmed", "rounded", "confirmed"];

// The verdicts as a table, the journalist's words above them and their notes below.
function verdicts(project: Project, model: StoryModel, checks: Project["factChecks"], ctx: PageContext): string[] {
  const out: string[] = [];
  const blocks = (project.factCheckProse?.blocks ?? []).filter((b) => b.type === "markdown");
  const notes = [...new Set(blocks.flatMap((b) => b.tokens.map((t) => t.id)))];
  for (const b of blocks) out.push(proseMarkdown(project, model, b, notes), "");
  const count = (...v: string[]) => checks.filter((d) => v.includes(d.verdict)).length;
  // The project's own computation (a share of GDP from World Bank data, say) beside what the sources say.
  const rows = checks.map((c) => ({...c, computed: computedText(project, c.computed)}));
  const computed = rows.some((r) => r.computed);
  const table = dataTable(
    rows as unknown as Record<string, unknown>[],
    [
      {name: "claim", label: "The article says"},
      {name: "primary_source_says", label: "The primary source says"},
      ...(computed ? [{name: "computed", label: "Our computation"}] : []),
      {name: "verdict", label: "Verdict"},
      {name: "source", label: "Source"}
    ],
    ctx.document
  );
  stacked(table);
  const [discrepancies, method] = [count("discrepancy"), count("depends on method")];
  const caption = html`${discrepancies} ${discrepancies === 1 ? "discrepancy" : "discrepancies"}, ${method} that ${method === 1 ? "depends" : "depend"} on the method, ${count("not confirmed")} not confirmed, ${count("confirmed", "rounded")} confirmed or rounded, of ${checks.length} checked.`;
  out.push(
    html`<figure class="chart" id="chart-fact-check">${elementHtml(table)}<figcaption>${caption}</figcaption><div class="chart-tools"><a class="download" href="./data/tables/fact-check.csv" download="fact-check.csv">⬇ Download this data (CSV)</a></div></figure>`
      .text,
    ""
  );
  if (notes.length) out.push(notesSection(model, notes), "");
  return out;
}

export const factCheck: Page = {
  path: "/fact-check",
  title: () => "Fact check",
  description: (_, model) =>
    `Every amount in “${model.meta.title}”, marked by kind, and each figure the story relies on checked against its primary source.`,
  render(project, model, ctx) {
    const m = model.meta;
    const kinds = new Map<string, number>();
    for (const d of project.mentions) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
    const key = joinHtml(
      [...kinds].map(([k, n]) => html`<mark class="kind-${k}">${k}</mark> ${n}`),
      " &nbsp; "
    );
    const article = [m.agency, m.outlet, m.published].filter(Boolean).join(", ");
    const checks = [...project.factChecks].sort(
      (a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict)
    );
    return [
      "# Fact check",
      "",
      html`<p>Every amount the extractor found in “${m.title}” (${article}) is marked below by kind, and each figure the story relies on is checked against its primary source.</p>`
        .text,
      "",
      html`<p class="kind-key">${key}</p>`.text,
      "",
      "## What the primary sources say",
      "",
      ...(checks.length
        ? verdicts(project, model, checks, ctx)
        : [
            `<p class="empty-state">No figure has been checked against a primary source yet. Add a row to <code>data/fact-check.csv</code> for each claim you check.</p>`,
            ""
          ]),
      "## The article, amount by amount",
      "",
      elementHtml(annotatedArticle(project.text, project.mentions, ctx.document)).text
    ].join("\n");
  }
};
