// What every page adds to Framework's shell: link previews, an empty icon, fixes for screen readers, and the
// footer. While previewing it is in each page's front matter (scripts/pages.ts, renderPage); a build adds it to the
// built pages (`addShell`, from scripts/publish.ts), so that Framework does not pass it through jsdom twice per page.
import type {StoryModel} from "../src/index.js";
import {html} from "../src/html.js";

// Where the site is published: the one place its address is set, for link previews (og:url, og:image) and the
// canonical link. Set TECH_EDGE_SITE_URL when building for the real address; the placeholder is not a real site.
const siteUrl = () => (process.env.TECH_EDGE_SITE_URL ?? "https://example.org/tech-edge").replace(/\/+$/, "");

// What a site is called before its article is known (an article without a title, or inputs with problems).
export const UNTITLED = "A data story";

// The site is named after the article it reads: "Japan seeks to reclaim tech edge, by the numbers".
export const siteTitle = (model: StoryModel) => `${model.meta.title || UNTITLED}, by the numbers`;

export const FOOTER = "Data and sources: see the Data and Fact check pages.";

// An empty icon, so browsers do not ask the server for /favicon.ico; and three fixes to Framework's page shell for
// screen readers: the page language, a name for the sidebar toggle, and the sidebar's close button moved out of its
// list (a list may hold only list items).
const SHELL_FIXES = `<link rel="icon" href="data:,">
<script>document.documentElement.lang = "en";
addEventListener("DOMContentLoaded", () => {
  document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", "Toggle sidebar");
  const close = document.getElementById("observablehq-sidebar-close");
  if (close) close.closest("nav")?.prepend(close);
});</script>`;

// A page's head, by its Framework path ("/index", "/embed/rank"): its title and description for link previews, and
// the social card made at build time from the data (card.png, 1200×630, beside the pages).
export function pageHead(model: StoryModel, path: string, title: string, description: string): string {
  const site = siteTitle(model);
  const url = `${siteUrl()}${path.replace(/(^|\/)index$/, "$1")}`;
  const pageTitle = title && title !== site ? `${title} | ${site}` : site;
  return `${[
    html`<link rel="canonical" href="${url}">`,
    html`<meta name="description" content="${description}">`,
    `<meta property="og:type" content="article">`,
    html`<meta property="og:site_name" content="${site}">`,
    html`<meta property="og:title" content="${pageTitle}">`,
    html`<meta property="og:description" content="${description}">`,
    html`<meta property="og:url" content="${url}">`,
    html`<meta property="og:image" content="${siteUrl()}/card.png">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="The story’s headline and its first chart">`,
    `<meta name="twitter:card" content="summary_large_image">`
  ].join("\n")}
${SHELL_FIXES}`;
}

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
