// An extra page (data/pages/<slug>.md at /<slug>): the story's Markdown, citations, directives and cells, with
// footnotes of its own.
import {footnoteOrder, type Project} from "../../src/index.js";
import {siteTitle} from "../head.js";
import type {Page} from "./page.js";
import {prosePage} from "./prose-page.js";

const pageOf = (project: Project, slug: string) => {
  const page = project.pages.find((p) => p.slug === slug);
  if (!page) throw new RangeError(`no page "${slug}" in data/pages`);
  return page;
};

export const extra: Page = {
  path: "/:page",
  params: (project) => project.pages.map((p) => p.slug),
  title: (project, _, slug) => pageOf(project, slug).prose.headline,
  // An extra page has the site's title.
  description: (_, model) => siteTitle(model),
  frontMatter: {toc: false},
  render(project, model, ctx, slug) {
    const page = pageOf(project, slug);
    const notes = footnoteOrder(project, page.prose, false);
    return prosePage(project, model, page.prose, ctx, {notes, standfirst: false, file: page.file});
  }
};
