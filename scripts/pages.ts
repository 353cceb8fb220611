// The built-in pages, each one file of scripts/pages/ (its path, title, description and Markdown), found through
// this one list as chart types are through src/charts/chart-types.ts; in the order of the site's sidebar. The
// pages are static first: every cited number is already printed and every chart already drawn in the published
// HTML; their cells, which only call the typed modules of docs/components/, then redraw the charts at the reader's
// width and choice of basis, in place.
import type {Project, StoryModel} from "../src/index.js";
import {footerOf, type PageShell} from "./head.js";
import {pageHead} from "./pages/page-head.js";
import type {PageContext} from "./pages/context.js";
import {data} from "./pages/data.js";
import {embed} from "./pages/embed.js";
import {extra} from "./pages/extra.js";
import {factCheck} from "./pages/fact-check.js";
import {frontMatter} from "./pages/front-matter.js";
import {methodology} from "./pages/methodology.js";
import type {Page} from "./pages/page.js";
import {story} from "./pages/story.js";

export const PAGES: readonly Page[] = [story, extra, factCheck, methodology, data, embed];

// A page's paths: "/fact-check"; "/embed/:chart" → "/embed/investment", "/embed/rank"…
const pathsOf = (page: Page, project: Project, model: StoryModel) =>
  page.params ? page.params(project, model).map((p) => page.path.replace(/:[a-z]+$/, p)) : [page.path];

// Every page's Framework path, in the sidebar's order: "/index", "/background", "/fact-check"…, "/embed/rank".
export const pagePaths = (project: Project, model: StoryModel) =>
  PAGES.flatMap((page) => pathsOf(page, project, model));

// The page at a Framework path, and its parameter: "/embed/rank" → the embed page, "rank".
function pageAt(project: Project, model: StoryModel, path: string): {page: Page; param: string} {
  for (const page of PAGES)
    if (pathsOf(page, project, model).includes(path))
      return {page, param: page.params ? path.slice(page.path.lastIndexOf(":")) : ""};
  throw new RangeError(`no page "${path}"`);
}

// What a page adds to Framework's shell (scripts/head.ts), by its Framework path: its head (link previews for its
// own address) and its footer (an embed none).
export function pageShell(project: Project, model: StoryModel, path: string, ctx: PageContext): PageShell {
  const {page, param} = pageAt(project, model, path);
  const title = page.title(project, model, param);
  return {
    head: pageHead(model, path, title, page.description(project, model, ctx, param)),
    footer: page.bare ? "" : footerOf()
  };
}

// A page's Markdown for Framework, by its Framework path: its front matter (its title, no header, and its shell
// while previewing), then the page. A build adds the shell to the built page instead (scripts/publish.ts), since
// Framework passes a page's head and footer through a jsdom window of their own twice per page: some 30 windows a
// build.
export function renderPage(project: Project, model: StoryModel, path: string, ctx: PageContext): string {
  const {page, param} = pageAt(project, model, path);
  const shell = ctx.preview ? pageShell(project, model, path, ctx) : {head: "", footer: ""};
  const fields = {title: page.title(project, model, param), header: "", ...page.frontMatter, ...shell};
  return `${frontMatter(fields)}\n${page.render(project, model, ctx, param)}`;
}
