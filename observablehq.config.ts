// See https://observablehq.com/framework/config for documentation.
import {readFileSync} from "node:fs";
// @ts-expect-error: a plain JavaScript module shared with the loaders
import {fetchOutput} from "./scripts/loader.js";

// Where the site is published: the one place its address is set, for link previews (og:url, og:image) and the
// canonical link. Set TECH_EDGE_SITE_URL when building for the real address; the placeholder is not a real site.
const SITE_URL = (process.env.TECH_EDGE_SITE_URL ?? "https://example.org/tech-edge").replace(/\/+$/, "");

// The site is named after the article it reads (data/article.json); a broken file is reported by the build.
function articleTitle(): string {
  try {
    return JSON.parse(readFileSync("data/article.json", "utf-8")).title || "A data story";
  } catch {
    return "A data story";
  }
}

// Each page's description (scripts/pages.ts), from the build's engine: "/index" → "American tech giants are…".
const descriptions: Record<string, string> = await fetchOutput("descriptions.json").then(
  ({body, error}: {body?: Buffer; error?: string}) => (error === undefined ? JSON.parse(body!.toString()) : {})
);

// The story's extra pages (data/pages/<slug>.md), listed after it: [{name: "Background", path: "/background"}].
const extraPages: {name: string; path: string}[] = await fetchOutput("pages.json").then(
  ({body, error}: {body?: Buffer; error?: string}) => (error === undefined ? JSON.parse(body!.toString()) : [])
);

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const siteTitle = `${articleTitle()}, by the numbers`;

// Link previews for every page: its title and description and the
// social card made at build time from the data (card.png, 1200×630, beside the pages).
function socialTags({title, path}: {title: string | null; path: string}): string {
  const url = `${SITE_URL}${path.replace(/(^|\/)index$/, "$1")}`;
  const description = descriptions[path] ?? siteTitle;
  const pageTitle = title && title !== siteTitle ? `${title} | ${siteTitle}` : siteTitle;
  return [
    `<link rel="canonical" href="${attr(url)}">`,
    `<meta name="description" content="${attr(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${attr(siteTitle)}">`,
    `<meta property="og:title" content="${attr(pageTitle)}">`,
    `<meta property="og:description" content="${attr(description)}">`,
    `<meta property="og:url" content="${attr(url)}">`,
    `<meta property="og:image" content="${attr(`${SITE_URL}/card.png`)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${attr(`The story’s headline and its first chart`)}">`,
    `<meta name="twitter:card" content="summary_large_image">`
  ].join("\n");
}

export default {
  root: "docs",
  // `npm run build` builds into a scratch folder and moves it to dist/ only when the build succeeds.
  output: process.env.TECH_EDGE_BUILD_OUTPUT ?? "dist",
  title: siteTitle,
  pages: [
    {name: "The story", path: "/"},
    ...extraPages,
    {name: "Fact check", path: "/fact-check"},
    {name: "Methodology", path: "/methodology"},
    {name: "Data", path: "/data"}
  ],
  // No third-party requests: the default theme's Google Fonts stylesheet is dropped (system serif instead).
  globalStylesheets: [],
  // Air by day, Near Midnight by night, plus the story's own styles (docs/style.css).
  style: "style.css",
  search: true,
  // An embed page for every chart: /embed/investment, /embed/conversion-chip_subsidies…
  async *dynamicPaths() {
    const {body, error} = await fetchOutput("charts.json");
    if (error !== undefined) throw new Error(error);
    for (const id of JSON.parse(body.toString()) as string[]) yield `/embed/${id}`;
    for (const page of extraPages) yield page.path;
  },
  // An empty icon, so browsers do not ask the server for /favicon.ico; and three fixes to Framework's page
  // shell for screen readers: the page language, a name for the sidebar toggle, and the sidebar's close
  // button moved out of its list (a list may hold only list items).
  head: (page: {title: string | null; path: string}) => `${socialTags(page)}
<link rel="icon" href="data:,">
<script>document.documentElement.lang = "en";
addEventListener("DOMContentLoaded", () => {
  document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", "Toggle sidebar");
  const close = document.getElementById("observablehq-sidebar-close");
  if (close) close.closest("nav")?.prepend(close);
});</script>`,
  footer: "Data and sources: see the Data and Fact check pages."
};
