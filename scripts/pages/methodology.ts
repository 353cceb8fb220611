// The Methodology page (/methodology): how every number gets from the article, or a primary source, to a table and
// a chart: extraction, reported and derived figures, rate bases, constant dollars and scale, reference data.
import {dataTable} from "../../docs/components/story.js";
import {TABLES, formatRate, type Project, type StoryModel} from "../../src/index.js";
import {elementHtml, html} from "../../src/story/html.js";
import {figureOf} from "../../src/story/rows.js";
import type {PageContext} from "./context.js";
import {measuresSection} from "./measures-section.js";
import type {Page} from "./page.js";
import {referenceSection} from "./reference-section.js";

// How many figures of each kind, reported in the article or from primary sources.
function kindTable(project: Project, ctx: PageContext): HTMLElement {
  const counts = new Map<string, number>();
  for (const f of project.figures) {
    const key = `${f.kind}|${f.in_article ? "in the article" : "from primary sources"}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return dataTable(
    [...counts].map(([key, n]) => ({kind: key.split("|")[0], where: key.split("|")[1], n})),
    [
      {name: "kind", label: "Kind"},
      {name: "where", label: "From"},
      {name: "n", label: "Figures"}
    ],
    ctx.document
  );
}

// How other currencies become dollars: each converted amount's rate bases, or a line saying nothing is converted.
function basesSection(model: StoryModel, ctx: PageContext): string[] {
  const basisRows = model.conversions.flatMap(({figure, currency}) =>
    Object.values(model.fx[figure] ?? {}).map((b) => ({
      figure: figureOf(model, figure).text,
      currency,
      basis: b!.basis,
      rate: formatRate(b!.rate),
      label: b!.label,
      source: b!.source,
      note: b!.note
    }))
  );
  if (!basisRows.length) return ["<p>Every amount in this story is in US dollars: nothing is converted.</p>", ""];
  const basisTable = dataTable(
    basisRows,
    [
      ...(model.conversions.length > 1 ? [{name: "figure", label: "Amount"}] : []),
      {name: "currency", label: "Currency"},
      {name: "basis", label: "Basis"},
      {name: "rate", label: "Per US$"},
      {name: "label", label: "Meaning"},
      {name: "source", label: "Source"},
      {name: "note", label: "Note"}
    ],
    ctx.document
  );
  return [
    html`Each amount in another currency is stated in US dollars under a rate basis: the article’s own rate (when it prints a US$ conversion), the rate at publication (the daily rate on the day, or on the last trading day before it; the month’s average where no daily rate exists), the mean over a window (\`mean_window\` in \`data/story.json\`), or a rate the reader chooses. The tables use the **${model.default_basis}** basis unless \`default_basis\` in \`data/story.json\` says otherwise.`
      .text,
    "",
    elementHtml(basisTable).text,
    ""
  ];
}

export const methodology: Page = {
  path: "/methodology",
  title: () => "Methodology",
  description: (_, model) =>
    `How every number in “${model.headline}” gets from the article, or a primary source, to a table and a chart.`,
  render(project, model, ctx) {
    const money = project.mentions.filter((d) => d.kind === "money").length;
    return [
      "# Methodology",
      "",
      "How every number in the story gets from the article, or a primary source, to a table and a chart.",
      "",
      "## How amounts were extracted",
      "",
      html`The article text (\`data/article.txt\`) is kept as published, in UTF-8, with any byte-order mark removed and line ends normalised before positions are counted. An extractor (\`src/amounts/extract-amounts.ts\`) reads it once, left to right, and finds every quantity with its exact position: money with its currency, scale words such as *billion* or *bn*, hyphenated forms, ranges, counts, percentages, ranks and years. It found ${project.mentions.length} quantities, ${money} of them sums of money.`
        .text,
      "",
      "Each figure the story uses is a row of the figure registry (`data/figures.csv`) with the verbatim words of the article that state it. A build fails if a quote is not in the article word for word, if the quote does not contain the registered amount, if the prose cites a figure that is not registered, or if any sum of money in the article is neither in the registry nor listed, with a reason, in `data/not-figures.csv`.",
      "",
      "## Reported and derived figures",
      "",
      elementHtml(kindTable(project, ctx)).text,
      "",
      "*Reported* figures are printed in the article or in a primary source. *Derived* figures are computed from them by a rule stated in the registry’s `derive` column: an implied exchange rate (`rate:a/b`), a share (`share:a/b`) or a sum in US dollars (`usd:a+b`).",
      "",
      "## How other currencies become dollars",
      "",
      ...basesSection(model, ctx),
      ...measuresSection(project, ctx),
      ...referenceSection(project, ctx),
      "## Reproduce it",
      "",
      // (wrapped, not scrolled: a desk's story names its article by a long path, and a phone's column is narrow)
      html`<pre class="commands"><code># the site, into dist/
npm ci &amp;&amp; npm run build
# every check, including these numbers
npm test
# the amounts in any text, as CSV
npm run --silent extract -- data/article.txt</code></pre>`.text,
      "",
      html`Every table on the [Data](./data) page is rebuilt from \`data/\` on each build: ${TABLES.map((t) => `\`${t.name}\``).join(", ")}.`
        .text
    ].join("\n");
  }
};
