// See https://observablehq.com/framework/config for documentation.
import {readFileSync} from "node:fs";
// @ts-expect-error: a plain JavaScript module shared with the loaders
import {fetchOutput} from "./scripts/loader.js";

// The site is named after the article it reads (data/article.json); a broken file is reported by the build.
function articleTitle(): string {
  try {
    return JSON.parse(readFileSync("data/article.json", "utf-8")).title || "A data story";
  } catch {
    return "A data story";
  }
}

export default {
  root: "docs",
  // `npm run build` builds into a scratch folder and moves it to dist/ only when the build succeeds.
  output: process.env.TECH_EDGE_BUILD_OUTPUT ?? "dist",
  title: `${articleTitle()}, by the numbers`,
  pages: [
    {name: "The story", path: "/"},
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
  },
  // An empty icon, so browsers do not ask the server for /favicon.ico; and three fixes to Framework's page
  // shell for screen readers: the page language, a name for the sidebar toggle, and the sidebar's close
  // button moved out of its list (a list may hold only list items).
  head: `<link rel="icon" href="data:,">
<script>document.documentElement.lang = "en";
addEventListener("DOMContentLoaded", () => {
  document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", "Toggle sidebar");
  const close = document.getElementById("observablehq-sidebar-close");
  if (close) close.closest("nav")?.prepend(close);
});</script>`,
  footer: "Data and sources: see the Data and Fact check pages."
};
