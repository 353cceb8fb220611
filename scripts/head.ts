// What every page adds to Framework's shell: its head (link previews, an empty icon, fixes for screen readers:
// scripts/pages/page-head.ts) and the footer. While previewing it is in each page's front matter (scripts/pages.ts,
// renderPage); a build adds it to the built pages (`addShell`, from scripts/publish.ts), so that Framework does not
// pass it through jsdom twice per page. The build runner loads this module: it imports nothing of src/ but types.
import type {StoryModel} from "../src/index.js";

// What a site is called before its article is known (an article without a title, or inputs with problems).
export const UNTITLED = "A data story";

// The site is named after the article it reads: "Japan seeks to reclaim tech edge, by the numbers".
export const siteTitle = (model: StoryModel) => `${model.meta.title || UNTITLED}, by the numbers`;

export const FOOTER = "Data and sources: see the Data and Fact check pages.";

// A story built as part of the desk (scripts/desk.ts sets TECH_EDGE_DESK) leads back to the desk's list, one folder up.
export const footerOf = (inDesk = Boolean(process.env.TECH_EDGE_DESK)) =>
  inDesk ? `${FOOTER} <a href="../">All the desk's stories</a>.` : FOOTER;

// A page's part of the shell: its head's extra elements, and its footer's text ("" for none).
export interface PageShell {
  head: string;
  footer: string;
}

// A built page with its shell where Framework would have put it from the front matter: the head's elements last
// in the head, before the page's module script; the footer's text last in the footer, after the pager (a footer
// made if the page has no pager). `file` names the page in the error if Framework's page is not as expected.
export function addShell(html: string, shell: PageShell, file: string): string {
  const script = html.indexOf('\n<script type="module">');
  const main = html.indexOf("</main>");
  if (script < 0 || script > html.indexOf("</head>") || main < 0)
    throw new Error(`${file}: no module script in the head or no <main>: is this a page Framework built?`);
  const out = shell.head ? `${html.slice(0, script)}\n${shell.head}${html.slice(script)}` : html;
  if (!shell.footer) return out;
  const div = `\n<div>${shell.footer}</div>`;
  const footer = out.indexOf('<footer id="observablehq-footer">');
  const [at, insert] =
    footer >= 0
      ? [out.indexOf("\n</footer>", footer), div]
      : [out.indexOf("</main>") + "</main>".length, `\n<footer id="observablehq-footer">${div}\n</footer>`];
  return `${out.slice(0, at)}${insert}${out.slice(at)}`;
}
