// A page's head for link previews (og:, twitter: and a canonical link), with an empty icon and fixes to Framework's
// page shell; scripts/head.ts puts it in the built page.
import type {StoryModel} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {siteTitle} from "../head.js";

// Where the site is published: the one place its address is set, for link previews (og:url, og:image) and the
// canonical link. Set TECH_EDGE_SITE_URL when building for the real address; the placeholder is not a real site.
const siteUrl = () => (process.env.TECH_EDGE_SITE_URL ?? "https://example.org/tech-edge").replace(/\/+$/, "");

// An empty icon, so browsers do not ask the server for /favicon.ico; and three fixes to Framework's page shell for
// screen readers: the page language, a name for the sidebar toggle, and the sidebar's close button moved out of its
// list (a list may hold only list items).
export const SHELL_FIXES = `<link rel="icon" href="data:,">
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
