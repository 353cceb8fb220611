// What a built-in page is: one file of scripts/pages/ with its address, title, description and Markdown, listed in
// scripts/pages.ts. A page at one address per chart or per extra page has a parameter in its path ("/embed/:chart"),
// and says which values it takes (`params`); `param` is then the one of the page asked for ("rank").
import type {Project, StoryModel} from "../../src/index.js";
import type {PageContext} from "./context.js";

export interface Page {
  // Its Framework path: "/fact-check", "/index" for the story, "/embed/:chart" for one page per chart.
  path: string;
  // The values of the path's parameter: every chart's id, every extra page's slug.
  params?(project: Project, model: StoryModel): string[];
  // Its title, "Fact check"; the site's title is added to it for link previews (scripts/head.ts).
  title(project: Project, model: StoryModel, param: string): string;
  // Its description for link previews (og:description): a sentence or two.
  description(project: Project, model: StoryModel, ctx: PageContext, param: string): string;
  // Its own fields of the front matter besides its title and shell: {toc: false}.
  frontMatter?: Record<string, string | boolean>;
  // No site footer (an embed page, which stands in another site).
  bare?: boolean;
  // Its Markdown for Framework, after the front matter.
  render(project: Project, model: StoryModel, ctx: PageContext, param: string): string;
}
