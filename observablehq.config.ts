// See https://observablehq.com/framework/config for documentation.
// @ts-expect-error: a plain JavaScript module shared with the loaders
import {fetchOutput} from "./scripts/loader.js";
import {UNTITLED} from "./scripts/head.js";

// The site's title and the story's extra pages (data/pages/<slug>.md), from the build's engine:
// {title: "Japan seeks to reclaim tech edge, by the numbers", pages: [{name: "Background", path: "/background"}]}.
// Each page's head and footer (link previews, the site's address) are in its own front matter: scripts/head.ts.
// The desk (no story: scripts/desk-engine.ts) has its list of stories and its Data page.
const site: {title: string; desk?: boolean; pages: {name: string; path: string}[]} = await fetchOutput(
  "site.json"
).then(({body, error}: {body?: Buffer; error?: string}) =>
  error === undefined ? JSON.parse(body!.toString()) : {title: UNTITLED, pages: []}
);

export default {
  // A preview of the desk gives each story a root of its own, of links to docs/ (scripts/desk-preview.ts).
  root: process.env.TECH_EDGE_ROOT ?? "docs",
  // `npm run build` builds into a scratch folder and moves it to dist/ only when the build succeeds.
  output: process.env.TECH_EDGE_BUILD_OUTPUT ?? "dist",
  title: site.title,
  pages: site.desk
    ? [
        {name: "Stories", path: "/"},
        {name: "Data", path: "/data"}
      ]
    : [
        {name: "The story", path: "/"},
        ...site.pages,
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
    for (const page of site.pages) yield page.path;
  }
};
