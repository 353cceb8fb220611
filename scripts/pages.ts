// The pages as Markdown for Framework's page loaders, static first: every cited number is already printed and
// every chart already drawn (as SVG, at the default rate basis) in the published HTML; the JavaScript cells then
// redraw the charts at the reader's width and choice of basis, in place. Charts are drawn here in jsdom, and put
// in the built pages after Framework's build (scripts/static-charts.ts).
import {JSDOM} from "jsdom";
import {FOOTER, pageHead, siteTitle, type PageShell} from "./head.js";
import {STATIC_CHART} from "./static-charts.js";
import {
  chartFigure,
  chartIds,
  conversionTable,
  figureParts,
  followsView,
  type FigureParts
} from "../docs/components/figures.js";
import {annotatedArticle, dataTable} from "../docs/components/story.js";
import {
  PATHS,
  TABLES,
  citationText,
  citationValue,
  computedText,
  footnoteOrder,
  referenceAges,
  WORLD_BANK_SOURCE,
  compareWords,
  formatMoney,
  formatRate,
  formatProblem,
  rateUnit,
  sweepId,
  type Problem,
  type Project,
  type StoryModel
} from "../src/index.js";
import type {Block, Prose} from "../src/prose.js";
import {proseCells} from "../src/cells.js";
import {conversionSentence, figureOf} from "../src/rows.js";

// What a page is made with: the document its static charts and tables are drawn in (a jsdom one, made by the engine
// and kept while it runs) and whether it is for a preview, where the charts are drawn only live and the model comes
// with the page, not as a file fetched after it: the page is made in a fraction of the time, and an edit reaches
// it in one step.
export interface PageContext {
  document: Document;
  preview: boolean;
}

// A document of its own for drawing static pages outside a browser.
export function staticDocument(): Document {
  return new JSDOM("<!DOCTYPE html><body></body>").window.document;
}

// Text for HTML: "<b>" → "&lt;b&gt;", and "$" as an entity, so Framework never reads data as `${…}`.
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\$/g, "&#36;");
}

// An element as one line of HTML (a blank line would end Framework's HTML block), "$" as an entity.
function outer(node: Element): string {
  return node.outerHTML.replace(/\n\s*\n/g, "\n").replace(/\$/g, "&#36;");
}

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC"
  });

function frontMatter(fields: Record<string, string | boolean>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : v}`);
  return `---\n${lines.join("\n")}\n---\n\n`;
}

const js = (code: string) => `\n\`\`\`js\n${code}\n\`\`\`\n`;

// A cited figure as static HTML: its printed value, its quote and source on hover and focus, its footnote number.
// `kind` says what is printed: the figure itself, or (usd, rate, year) a value derived from it, or words shown in
// its place ("seven").
function citation(model: StoryModel, id: string, text: string, notes = model.notes, kind = "figure"): string {
  const f = figureOf(model, id);
  const n = notes.indexOf(id) + 1;
  const draft = f.status === "draft" ? `<span class="draft-mark" title="Not yet checked by a person">draft</span>` : "";
  return (
    `<span class="figure${f.status === "draft" ? " draft" : ""}" data-figure="${id}" data-kind="${kind}" tabindex="0" title="${escapeHtml(f.provenance)}" aria-describedby="note-${id}">` +
    `<span class="figure-value">${escapeHtml(text)}</span>${draft}<sup><a href="#note-${id}" aria-label="note ${n}">${n}</a></sup></span>`
  );
}

// A Markdown block of the prose with each [[citation]] printed.
function proseMarkdown(
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
    out += heading ? escapeHtml(text) : citation(model, t.id, text, notes, t.shown !== undefined ? "shown" : v.kind);
    at = t.end;
  }
  return out + block.text.slice(at);
}

// The widths a chart is drawn at for the static page: a desktop column and a phone (the charts switch layout
// below 560 px). CSS shows the one that fits the screen, at the height the live chart will have, so nothing moves
// when the script redraws it at the reader's width.
const STATIC_WIDTHS = {wide: 640, narrow: 360};

// Geometry to a tenth of a pixel, which no screen shows, in a static chart: "M12.3456,78.9012" → "M12.3,78.9".
// The page is lighter, and so quicker for Framework to read and for a browser to load.
const GEOMETRY = new Set(["d", "points", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r"]);
function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")])
    for (const attr of el.attributes)
      if (GEOMETRY.has(attr.name) && /\d\.\d\d/.test(attr.value))
        attr.value = attr.value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

// A chart's static box, left empty in the page Framework reads and filled in dist/ once the build is done
// (scripts/static-charts.ts). While previewing it stays empty for good: the charts are drawn live.
function staticBox(id: string, ctx: PageContext): Element {
  const box = ctx.document.createElement("div");
  box.className = "chart-static";
  if (!ctx.preview) box.setAttribute(STATIC_CHART, id);
  return box;
}

// Every chart's static drawing, by id, as the inner HTML of its box: drawn once for every page that shows it.
export function staticCharts(model: StoryModel, ctx: PageContext): Record<string, string> {
  return Object.fromEntries(
    chartIds(model).map((id) => {
      const parts = figureParts(model, id, {});
      const box = ctx.document.createElement("div");
      for (const [name, width] of Object.entries(STATIC_WIDTHS)) {
        const chart = parts.draw(width, ctx.document);
        const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
        // "width: 100%; height: 320px": the live chart's box; the drawing keeps its proportions inside it.
        if (svg) svg.setAttribute("style", `width: 100%; height: ${svg.getAttribute("height")}px`);
        roundGeometry(chart);
        chart.classList.add(`chart-${name}`);
        box.append(chart);
      }
      return [id, box.innerHTML.replace(/\n\s*\n/g, "\n")];
    })
  );
}

// A chart's static figure, then the cell that redraws it live in its place.
// On a story page a chart that follows the view is redrawn by the page's view store, in the reader's own input event
// (`store`); an embed page has a fixed view, `readerView`.
function chartSection(
  model: StoryModel,
  id: string,
  href: string,
  ctx: PageContext,
  {embed = true, view: source = "store"}: {embed?: boolean; view?: "store" | "readerView"} = {}
): string {
  const parts = figureParts(model, id, {});
  // While previewing, no static link: each file a page links is one more watcher that reruns the page on an edit.
  const figure = chartFigure(parts, staticBox(id, ctx), {href: ctx.preview ? undefined : href, embed});
  const options = embed ? "" : ", {embed: false}";
  // Only a chart that follows the rate basis depends on the reader's view, so a basis change redraws it alone.
  const follows = followsView(model, id);
  const view = !follows ? "{}" : source === "store" ? "store.get()" : "readerView";
  const redraw =
    follows && source === "store"
      ? `\n  invalidation.then(store.subscribe((view) => redrawFigure(model, ${JSON.stringify(id)}, view${options})));`
      : "";
  const draw = source === "store" ? "sized" : "resize";
  return `${outer(figure)}\n${js(`{\n  const parts = figureParts(model, ${JSON.stringify(id)}, ${view});\n  replaceFigure(chartFigure(parts, ${draw}((width) => parts.draw(width))${options}));${redraw}\n}`)}`;
}

// The page's one rate-basis switch and the reader's own rate: every conversion, chart and table follows them.
function controls(model: StoryModel): string {
  const first = model.conversions[0]?.figure ?? "";
  return [
    `<div class="controls" data-controls="${first}">\n`,
    js(`const basis = view(basisRadio(model, initial.basis, store));`),
    js(`const rate = view(rateSlider(model, initial.rate, store));`),
    ...(model.dollars ? [js(`const dollars = view(dollarsRadio(model, initial.dollars, store));`)] : []),
    `\n</div>\n`
  ].join("\n");
}

// A converted amount: the sentence, the sweep chart, and how far the bases differ.
function conversionSection(model: StoryModel, id: string, ctx: PageContext): string {
  const s = conversionSentence(model, id);
  const f = figureOf(model, id);
  const bases = model.fx[f.id] ?? {};
  const notes = Object.values(bases)
    .map((b) => b!.note)
    .filter(Boolean);
  const compare =
    bases.mean && (bases.article ?? bases.spot)
      ? (() => {
          const ref = (bases.article ?? bases.spot)!;
          const [atMean, atRef] = [f.value / bases.mean!.rate, f.value / ref.rate];
          return `<p class="conversion-compare">At the ${escapeHtml(bases.mean.label)} of ${formatRate(bases.mean.rate)}, ${escapeHtml(f.text)} was worth ${formatMoney(atMean, "USD")}, ${compareWords(atMean, atRef)} at ${escapeHtml(ref.label)} (${formatMoney(atRef, "USD")}).</p>`;
        })()
      : "";
  return [
    `<p class="conversion-sentence" aria-live="polite" data-sentence="${id}">At <strong>${s.rate}</strong> ${escapeHtml(rateUnit(f.unit))}, ${escapeHtml(s.label)}, ${escapeHtml(s.amount)} was worth <strong data-value-usd="${s.value_usd}">${escapeHtml(s.usd)}</strong>${s.constant ? `, or <strong>${escapeHtml(s.constant)}</strong>` : ""}.</p>`,
    js(
      `updateSentence(model, ${JSON.stringify(id)}, store.get());\ninvalidation.then(store.subscribe((view) => updateSentence(model, ${JSON.stringify(id)}, view)));`
    ),
    chartSection(model, sweepId(id), `./data/tables/charts/${sweepId(id)}.csv`, ctx),
    notes.length ? `<p class="fx-note">${notes.map((n) => `Note: ${escapeHtml(n)}.`).join(" ")}</p>` : "",
    compare
  ].join("\n");
}

// Every converted amount: the largest's sentence and sweep, then the table of them all under the same switch.
function conversionsSection(model: StoryModel, ctx: PageContext): string {
  const [featured] = model.conversions;
  if (!featured) return "";
  return [
    conversionSection(model, featured.figure, ctx),
    outer(conversionTable(model, {}, ctx.document)),
    js(
      `replaceConversionTable(conversionTable(model, store.get()));\ninvalidation.then(store.subscribe((view) => replaceConversionTable(conversionTable(model, view))));`
    )
  ].join("\n");
}

// HTML as one line of plain text, footnote numbers and draft marks left out: for the pages' descriptions
// (og:description).
function plainText(html: string, document: Document): string {
  const text = html
    .replace(/<sup>.*?<\/sup>/g, "")
    .replace(/<span class="draft-mark"[^>]*>.*?<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return document.createRange().createContextualFragment(`<p>${text}</p>`).textContent ?? text;
}

// The story's description for link previews: the first paragraph of its prose with every number printed, cut at
// a sentence end near 300 characters: "American tech giants are pouring money into Japan: US$14 billion…".
export function storyDescription(project: Project, model: StoryModel, ctx: PageContext): string {
  // The first paragraph that cites a figure; in a story without figures, its first paragraph of text.
  const prose = (b: Block) =>
    b.type === "markdown" && b.text.split(/\n\s*\n/).some((p) => p.trim() && !/^\s*#/.test(p));
  const block =
    project.prose.blocks.find((b) => b.type === "markdown" && b.tokens.length) ?? project.prose.blocks.find(prose);
  if (!block || block.type !== "markdown") return model.headline;
  const paragraph = proseMarkdown(project, model, block)
    .split(/\n\s*\n/)
    .find((p) => p.trim() && !/^\s*#/.test(p));
  const text = plainText(paragraph ?? "", ctx.document);
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300).match(/^.*[.!?](?=\s)/)?.[0];
  return cut ?? `${text.slice(0, 297).replace(/\s+\S*$/, "")}…`;
}

// A page's description for link previews (og:description), by its Framework path: "/index", "/embed/rank"…; an
// extra page has the site's title.
function pageDescription(project: Project, model: StoryModel, path: string, ctx: PageContext): string {
  const m = model.meta;
  const chart = path.match(/^\/embed\/(.+)$/)?.[1];
  if (path === "/index") return storyDescription(project, model, ctx);
  if (path === "/fact-check")
    return `Every amount in “${m.title}”, marked by kind, and each figure the story relies on checked against its primary source.`;
  if (path === "/methodology")
    return `How every number in “${model.headline}” gets from the article, or a primary source, to a table and a chart.`;
  if (path === "/data")
    return "Every table behind the story, as CSV and JSON, with its schema, and all of them as a Frictionless data package.";
  if (chart) {
    // A chart's title, then its source line: "The money in the article, in US dollars. Sources: …"
    const parts = figureParts(model, chart, {});
    return `${parts.title.replace(/[.!?]?$/, ".")} ${parts.source}`;
  }
  return siteTitle(model);
}

// A page's title, by its Framework path: "/fact-check" → "Fact check"; the story and each extra page, its headline;
// a chart's embed page, the chart's title.
function pageTitle(project: Project, model: StoryModel, path: string): string {
  const fixed: Record<string, string> = {"/fact-check": "Fact check", "/methodology": "Methodology", "/data": "Data"};
  const chart = path.match(/^\/embed\/(.+)$/)?.[1];
  if (path === "/index") return project.prose.headline;
  if (fixed[path]) return fixed[path];
  if (chart) return figureParts(model, chart, {}).title;
  const page = project.pages.find((p) => `/${p.slug}` === path);
  if (!page) throw new RangeError(`no page "${path}"`);
  return page.prose.headline;
}

// What a page adds to Framework's shell (scripts/head.ts), by its Framework path: its head (link previews for its
// own address) and its footer (an embed none).
export function pageShell(project: Project, model: StoryModel, path: string, ctx: PageContext): PageShell {
  const title = pageTitle(project, model, path);
  return {
    head: pageHead(model, path, title, pageDescription(project, model, path, ctx)),
    footer: path.startsWith("/embed/") ? "" : FOOTER
  };
}

// A page's front matter: its title, no header, and its shell while previewing. A build adds the shell to the built
// page instead (scripts/publish.ts), since Framework passes a page's head and footer through a jsdom window of
// their own twice per page: some 30 windows a build.
function pageFrontMatter(
  project: Project,
  model: StoryModel,
  ctx: PageContext,
  path: string,
  fields: Record<string, string | boolean> = {}
): string {
  const shell = ctx.preview ? pageShell(project, model, path, ctx) : {head: "", footer: ""};
  return frontMatter({title: pageTitle(project, model, path), header: "", ...fields, ...shell});
}

function notesSection(model: StoryModel, notes = model.notes): string {
  if (!notes.length) return "";
  const items = notes.map((id) => {
    const f = figureOf(model, id);
    // A draft figure shows what new-story could not settle (a restatement, a period read from words) as a task.
    const draft =
      f.status === "draft"
        ? ` <strong class="draft-mark">Draft: not yet checked.</strong>${f.note ? ` <span class="draft-task">${escapeHtml(f.note)}.</span>` : ""}`
        : "";
    return `<li id="note-${id}">${escapeHtml(`${f.text}: ${f.provenance}`)}${draft}</li>`;
  });
  return `<h3 id="notes">Notes</h3>\n<ol class="notes">\n${items.join("\n")}\n</ol>`;
}

function figuresList(model: StoryModel, filter: string): string {
  const money = model.figures.filter((f) =>
    filter === "money" ? /^[A-Z]{3}$/.test(f.unit) && f.in_article && f.kind === "reported" : true
  );
  const items = money.map((f) => `<li>${citation(model, f.id, f.text)}: “${escapeHtml(f.quote)}”</li>`);
  return `<ul class="figure-list">\n${items.join("\n")}\n</ul>`;
}

function correctionsSection(project: Project): string {
  const rows = project.corrections ?? [];
  if (!rows.length)
    return `<h2 id="corrections">Corrections</h2>\n<p class="empty-state">There are no corrections to this story.</p>`;
  const items = rows.map(
    (c) =>
      `<li><time datetime="${c.date}">${longDate(c.date)}</time>: ${escapeHtml(c.was)} It now says: ${escapeHtml(c.now)}${c.figure_id ? ` (figure <code>${escapeHtml(c.figure_id)}</code>)` : ""}</li>`
  );
  return `<h2 id="corrections">Corrections</h2>\n<ol class="corrections">\n${items.join("\n")}\n</ol>\n<p><a href="./data/tables/corrections.csv" download="corrections.csv">Download the corrections (CSV)</a></p>`;
}

function standfirst(model: StoryModel): string {
  const m = model.meta;
  const by = m.authors?.length ? ` by ${m.authors.join(" and ")}` : "";
  const dates = `Published <time datetime="${m.published}">${longDate(m.published)}</time>${m.updated ? `, updated <time datetime="${m.updated}">${longDate(m.updated)}</time>` : ""}.`;
  const source = m.url ? `<a href="${escapeHtml(m.url)}">${escapeHtml(m.title)}</a>` : escapeHtml(m.title);
  return `<p class="standfirst">A data reading of “${source}”${escapeHtml(by)}, ${escapeHtml([m.agency, m.outlet].filter(Boolean).join(", "))}. ${dates} Every number below is drawn from the tables on the <a href="./data">Data</a> page; hover over or tab to one to see the sentence it comes from.</p>`;
}

function draftBanner(model: StoryModel): string {
  const drafts = model.figures.filter((f) => f.status === "draft" && model.notes.includes(f.id));
  if (!drafts.length) return "";
  return `<p class="draft-banner" role="note"><strong>Draft.</strong> ${drafts.length} of the figures below ${drafts.length === 1 ? "is" : "are"} not yet checked by a person (marked “draft”). Mark each one <code>checked</code> in <code>data/figures.csv</code> once you have checked it.</p>`;
}

// The page's one data cell; `up` is the way from the page to the site's root ("../" for an embed page).
const dataCell = (up: string, model: StoryModel, ctx: PageContext) =>
  ctx.preview
    ? `// Data: the story model (src/model.ts); while previewing it comes with the page.
const model = JSON.parse(${JSON.stringify(JSON.stringify(model))});`
    : `// Data: the story model: every figure with its provenance, the rate bases, the charts (src/model.ts).
const model = FileAttachment("${up}data/tables/model.json").json();`;

// Each of the journalist's cells in a block of Markdown marked with where it is written: a hidden marker before a
// ```js fence, a span around an inline ${…}. A cell that throws on the page can then be named by its file and
// line (test/e2e/site.test.ts): "data/story.md:12". Citations keep the lines of the text, so lines still count.
function markCells(markdown: string, file: string, firstLine: number): string {
  const cells = proseCells({blocks: [{type: "markdown", text: markdown, line: firstLine, tokens: []}]});
  if (!cells.length) return markdown;
  const lines = markdown.split("\n");
  for (const c of [...cells].reverse()) {
    const i = c.line - firstLine;
    const at = `${file}:${c.line}`;
    if (c.inline) lines[i] = lines[i].replace(`\${${c.code}}`, `<span data-source="${at}">\${${c.code}}</span>`);
    else lines.splice(i, 0, `<div class="cell-source" data-source="${at}" hidden></div>`, "");
  }
  return lines.join("\n");
}

// The names the journalist's own cells may use, with no import (README, "Cells in the story"): the published
// tables (FileAttachment names must be literal, so each is written out), the figures among them, the pages' Plot and
// the story's formats. `basis` and `model` are cells of the page itself. Only a page with cells loads them.
function cellScope(prose: Prose): string {
  if (!proseCells(prose).length) return "";
  const files = TABLES.map(
    (t) => `  [${JSON.stringify(t.name)}, FileAttachment(${JSON.stringify(`data/tables/${t.name}.json`)})]`
  );
  return [
    js(`// For the story's own cells: every published table by name, and the figures table among them.
const tables = Object.fromEntries(await Promise.all([
${files.join(",\n")}
].map(async ([name, file]) => [name, await file.json()])));
const figures = tables.figures;`),
    js(`import * as Plot from "@observablehq/plot";
import {formatCount, formatMoney, formatOrdinal, formatRate, formatShare} from "./lib/format.js";`)
  ].join("\n");
}

export function storyPage(project: Project, model: StoryModel, ctx: PageContext): string {
  return prosePage(project, model, project.prose, ctx, {
    path: "/index",
    notes: model.notes,
    standfirst: true,
    file: PATHS.prose
  });
}

// An extra page (data/pages/<slug>.md): the story's Markdown, citations, directives and cells, its own footnotes.
export function extraPage(project: Project, model: StoryModel, slug: string, ctx: PageContext): string {
  const page = project.pages.find((p) => p.slug === slug);
  if (!page) throw new RangeError(`no page "${slug}" in data/pages`);
  return prosePage(project, model, page.prose, ctx, {
    path: `/${slug}`,
    notes: footnoteOrder(project, page.prose, false),
    standfirst: false,
    file: page.file
  });
}

function prosePage(
  project: Project,
  model: StoryModel,
  prose: Prose,
  ctx: PageContext,
  {path, notes, standfirst: withStandfirst, file}: {path: string; notes: string[]; standfirst: boolean; file: string}
): string {
  const out: string[] = [pageFrontMatter(project, model, ctx, path, {toc: false})];
  out.push(js(dataCell("", model, ctx)));
  out.push(
    js(`import {chartFigure, conversionTable, figureParts, redrawFigure, replaceConversionTable, replaceFigure, sized} from "./components/figures.js";
import {readView, updateSentence, viewStore, writeView} from "./components/view.js";
import {basisRadio, dollarsRadio, rateSlider} from "./components/controls.js";`)
  );
  // The switch stands where the prose first places a conversion; without one the page keeps the default view.
  const switched = prose.blocks.some(
    (b) => b.type === "directive" && (b.name === "conversion" || b.name === "conversions") && model.conversions.length
  );
  out.push(
    js(`// The reader's view: one rate basis (and rate) for every converted amount, read from and kept in the address;
// the store tells the charts of each change in the reader's own input event.
const initial = readView(model, location.search);
const store = viewStore(initial);`)
  );
  out.push(
    // Not "view": that name is Framework's own view(), which a cell would get instead of this variable.
    js(
      switched
        ? `const readerView = {basis, rate${model.dollars ? ", dollars" : ""}};\nwriteView(model, readerView);`
        : `const basis = initial.basis;\nconst readerView = {basis};`
    )
  );
  out.push(cellScope(prose));
  if (withStandfirst) out.push(standfirst(model), "");
  out.push(`# ${escapeHtml(prose.headline)}`, "", draftBanner(model), "");
  let placed = false;
  const switchOnce = () => (placed || !switched ? "" : ((placed = true), controls(model)));
  for (const b of prose.blocks) {
    if (b.type === "markdown") out.push(markCells(proseMarkdown(project, model, b, notes), file, b.line), "");
    else if (b.name === "chart") out.push(chartSection(model, b.arg, `./data/tables/charts/${b.arg}.csv`, ctx), "");
    else if (b.name === "conversion") out.push(switchOnce(), conversionSection(model, b.arg, ctx), "");
    else if (b.name === "conversions") out.push(switchOnce(), conversionsSection(model, ctx), "");
    else if (b.name === "notes") out.push(notesSection(model, notes), "");
    else if (b.name === "figures") out.push(figuresList(model, b.arg || "money"), "");
    else if (b.name === "corrections") out.push(correctionsSection(project), "");
  }
  return out.join("\n");
}

const VERDICT_ORDER = ["discrepancy", "depends on method", "not confirmed", "rounded", "confirmed"];

export function factCheckPage(project: Project, model: StoryModel, ctx: PageContext): string {
  const m = model.meta;
  const out: string[] = [pageFrontMatter(project, model, ctx, "/fact-check")];
  out.push(
    "# Fact check",
    "",
    `<p>Every amount the extractor found in “${escapeHtml(m.title)}” (${escapeHtml([m.agency, m.outlet, m.published].filter(Boolean).join(", "))}) is marked below by kind, and each figure the story relies on is checked against its primary source.</p>`,
    ""
  );
  const kinds = new Map<string, number>();
  for (const d of project.mentions) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  out.push(
    `<p class="kind-key">${[...kinds].map(([k, n]) => `<mark class="kind-${k}">${k}</mark> ${n}`).join(" &nbsp; ")}</p>`,
    ""
  );
  out.push("## What the primary sources say", "");
  const checks = [...project.factChecks].sort(
    (a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict)
  );
  if (!checks.length) {
    out.push(
      `<p class="empty-state">No figure has been checked against a primary source yet. Add a row to <code>data/fact-check.csv</code> for each claim you check.</p>`,
      ""
    );
  } else {
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
    out.push(
      `<figure class="chart" id="chart-fact-check">${outer(table)}<figcaption>${count("discrepancy")} ${count("discrepancy") === 1 ? "discrepancy" : "discrepancies"}, ${count("depends on method")} that ${count("depends on method") === 1 ? "depends" : "depend"} on the method, ${count("not confirmed")} not confirmed, ${count("confirmed", "rounded")} confirmed or rounded, of ${checks.length} checked.</figcaption><div class="chart-tools"><a class="download" href="./data/tables/fact-check.csv" download="fact-check.csv">⬇ Download this data (CSV)</a></div></figure>`,
      ""
    );
    if (notes.length) out.push(notesSection(model, notes), "");
  }
  out.push("## The article, amount by amount", "");
  out.push(outer(annotatedArticle(project.text, project.mentions, ctx.document)));
  return out.join("\n");
}

export function methodologyPage(project: Project, model: StoryModel, ctx: PageContext): string {
  const out: string[] = [pageFrontMatter(project, model, ctx, "/methodology")];
  const money = project.mentions.filter((d) => d.kind === "money").length;
  const counts = new Map<string, number>();
  for (const f of project.figures) {
    const key = `${f.kind}|${f.in_article ? "in the article" : "from primary sources"}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kindTable = dataTable(
    [...counts].map(([key, n]) => ({kind: key.split("|")[0], where: key.split("|")[1], n})),
    [
      {name: "kind", label: "Kind"},
      {name: "where", label: "From"},
      {name: "n", label: "Figures"}
    ],
    ctx.document
  );
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
  out.push(
    "# Methodology",
    "",
    "How every number in the story gets from the article, or a primary source, to a table and a chart.",
    "",
    "## How amounts were extracted",
    "",
    `The article text (\`data/article.txt\`) is kept as published, in UTF-8, with any byte-order mark removed and line ends normalised before positions are counted. An extractor (\`src/extract.ts\`) reads it once, left to right, and finds every quantity with its exact position: money with its currency, scale words such as *billion* or *bn*, hyphenated forms, ranges, counts, percentages, ranks and years. It found ${project.mentions.length} quantities, ${money} of them sums of money.`,
    "",
    "Each figure the story uses is a row of the figure registry (`data/figures.csv`) with the verbatim words of the article that state it. A build fails if a quote is not in the article word for word, if the quote does not contain the registered amount, if the prose cites a figure that is not registered, or if any sum of money in the article is neither in the registry nor listed, with a reason, in `data/not-figures.csv`.",
    "",
    "## Reported and derived figures",
    "",
    outer(kindTable),
    "",
    "*Reported* figures are printed in the article or in a primary source. *Derived* figures are computed from them by a rule stated in the registry’s `derive` column: an implied exchange rate (`rate:a/b`), a share (`share:a/b`) or a sum in US dollars (`usd:a+b`).",
    "",
    "## How other currencies become dollars",
    ""
  );
  if (!basisRows.length) out.push("<p>Every amount in this story is in US dollars: nothing is converted.</p>", "");
  else
    out.push(
      `Each amount in another currency is stated in US dollars under a rate basis: the article’s own rate (when it prints a US$ conversion), the rate at publication (the daily rate on the day, or on the last trading day before it; the month’s average where no daily rate exists), the mean over a window (\`mean_window\` in \`data/story.json\`), or a rate the reader chooses. The tables use the **${escapeHtml(model.default_basis)}** basis unless \`default_basis\` in \`data/story.json\` says otherwise.`,
      "",
      outer(basisTable),
      ""
    );
  out.push(...measuresSection(project, ctx), ...referenceSection(project, ctx));
  out.push(
    "## Reproduce it",
    "",
    "```sh\nnpm ci && npm run build     # the site, into dist/\nnpm test                    # every check, including these numbers\nnpm run --silent extract -- data/article.txt   # the amounts in any text, as CSV\n```",
    "",
    `Every table on the [Data](./data) page is rebuilt from \`data/\` on each build: ${TABLES.map((t) => `\`${t.name}\``).join(", ")}.`
  );
  return out.join("\n");
}

// Constant dollars and scale: how a sum is restated in one month's dollars, and measured against a country.
function measuresSection(project: Project, ctx: PageContext): string[] {
  const d = project.dollars;
  const scales = Object.values(project.scales);
  if (!d && !scales.length) return [];
  const out = ["## Constant dollars, shares of GDP and sums per person", ""];
  if (d)
    out.push(
      `Sums in US dollars can also be read in **${escapeHtml(d.label)}**${d.note ? ` (${escapeHtml(d.note)})` : ""}: each is multiplied by the US consumer price index of that month (${escapeHtml(d.source)}), ${d.cpi}, and divided by the mean index of the months the sum is in. A sum converted at the mean rate of a window is in that window’s dollars; one at the rate of a day, in that month’s; one at the article’s or the reader’s rate, in the publication month’s; an amount reported in US$, in those of its period or else of its date. The table \`constant-dollars\` on the [Data](./data) page gives every sum with both indexes.`,
      ""
    );
  if (scales.length)
    out.push(
      `A figure with the rule \`gdp_share:<figure>:<country code>\` is a sum divided by the country’s mean yearly GDP in current US$ over the years of the sum’s own time (its period, else the window of its mean rate, else the year of its date); \`per_person:<figure>:<country code>\` divides by the mean population. A sum in another currency is taken at the mean rate of those years, as the World Bank’s GDP in US$ is at each year’s mean rate. Where those years are past the data, its latest year stands in, and the table says so. Aggregates such as the World (\`WLD\`) or the European Union (\`EUU\`) are marked as such. Source: ${WORLD_BANK_SOURCE}; the table \`scale\` gives every input.`,
      "",
      outer(
        dataTable(
          scales.map((s) => ({
            figure: computedText(project, [Object.keys(project.scales).find((k) => project.scales[k] === s)!])
          })),
          [{name: "figure", label: "Computed"}],
          ctx.document
        )
      ),
      ""
    );
  return out;
}

// A wide table that becomes one card per row on a phone (style.css, .stack).
function stacked(table: HTMLElement): HTMLElement {
  table.classList.add("stack");
  return table;
}

// How old each reference series is beside the story's date; a story dated past a series' end names the command
// that brings it up to date.
function referenceSection(project: Project, ctx: PageContext): string[] {
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
    outer(
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
    ),
    "",
    stale.length
      ? `<p class="fx-note">${stale.length} series end${stale.length === 1 ? "s" : ""} before the story’s date: run <code>npm run update-reference</code> to fetch the newest values from their publishers, then build again.</p>`
      : `<p>Every series reaches the story’s date. <code>npm run update-reference</code> fetches the newest values from their publishers.</p>`,
    ""
  ];
}

// The Data page: every table with a preview, its schema and its downloads; FileAttachment names must be literal,
// so they are written out from the catalog here.
export function dataPage(project: Project, model: StoryModel, ctx: PageContext): string {
  const files = TABLES.map(
    (t) =>
      `  ${JSON.stringify(t.name)}: {csv: FileAttachment(${JSON.stringify(`data/tables/${t.name}.csv`)}), json: FileAttachment(${JSON.stringify(`data/tables/${t.name}.json`)})}`
  );
  return [
    pageFrontMatter(project, model, ctx, "/data"),
    js(`// Data: the catalog of published tables (name, description, schema), then every table itself.
const catalog = FileAttachment("data/tables/catalog.json").json();
const files = {
${files.join(",\n")}
};
const tables = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([name, f]) => [name, csvTable(await f.csv.text())])));`),
    js(`import {csvTable, tableSection} from "./components/data-page.js";`),
    "# Data",
    "",
    "Every table behind the story, rebuilt from the raw files in `data/` on each build. The CSV files are UTF-8, comma-separated with CRLF line ends, numbers without separators or currency symbols; a text cell that a spreadsheet would run as a formula starts with an apostrophe.",
    "",
    // The zip is a file of the build (Framework copies it); datapackage.json is written beside the pages after the
    // build, with paths to the built tables, so Framework must neither copy nor check it (rel="external").
    `<p class="data-package"><a href="./data/tables.zip" download="tables.zip">Download all (zip)</a>: every table as CSV and JSON, with <code>datapackage.json</code> · <a href="./datapackage.json" rel="external" download="datapackage.json">Data package (datapackage.json)</a>: every table's path, schema, sources and licences, in the Frictionless Data Package format.</p>`,
    "",
    js(
      `for (const spec of catalog) for (const node of tableSection(spec, tables[spec.name], files[spec.name], Inputs.table)) display(node);`
    )
  ].join("\n");
}

// One chart alone, for an <iframe> in another site: the chart, its title and source line, a link to its data, and
// a script that tells the host page its height.
export function embedPage(project: Project, model: StoryModel, id: string, ctx: PageContext): string {
  if (!chartIds(model).includes(id)) throw new Error(`no chart "${id}"`);
  const parts: FigureParts = figureParts(model, id, {});
  return [
    pageFrontMatter(project, model, ctx, `/embed/${id}`, {
      sidebar: false,
      toc: false,
      pager: false
    }),
    js(dataCell("../", model, ctx)),
    js(`import {chartFigure, figureParts, replaceFigure} from "../components/figures.js";
import {readView} from "../components/view.js";
import {reportHeight} from "../components/embed.js";`),
    js(`const readerView = readView(model, location.search);
reportHeight();`),
    `<h1 class="embed-title">${escapeHtml(parts.title)}</h1>`,
    "",
    chartSection(model, id, `../data/tables/charts/${id}.csv`, ctx, {embed: false, view: "readerView"}),
    `<p class="embed-credit">From <a href="../" target="_top">${escapeHtml(model.headline)}</a> · <a href="../data" target="_top">All the data</a></p>`
  ].join("\n");
}

// In preview, bad input becomes one panel on the page listing every problem, not scattered errors.
export function problemsPage(title: string, problems: Problem[]): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`);
  return [
    frontMatter({title, toc: false}),
    `<div class="problems-panel" role="alert">`,
    `<h2>${problems.length} problem${problems.length === 1 ? "" : "s"} in the inputs</h2>`,
    `<p>The story cannot be built until these are fixed. Fix the file and save: this page updates by itself.</p>`,
    `<ol>\n${items.join("\n")}\n</ol>`,
    `</div>`
  ].join("\n");
}
