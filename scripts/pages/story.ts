// The story (/): the headline and prose of data/story.md with its standfirst, citations, charts, conversions and
// notes (scripts/pages/prose-page.ts).
import {PATHS} from "../../src/index.js";
import type {Page} from "./page.js";
import {prosePage} from "./prose-page.js";
import {storyDescription} from "./story-description.js";

export const story: Page = {
  path: "/index",
  title: (project) => project.prose.headline,
  description: (project, model, ctx) => storyDescription(project, model, ctx),
  frontMatter: {toc: false},
  render: (project, model, ctx) =>
    prosePage(project, model, project.prose, ctx, {notes: model.notes, standfirst: true, file: PATHS.prose})
};
