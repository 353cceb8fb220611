// The story's description for link previews and the social card: the first paragraph of its prose with every
// number printed, as one line of plain text cut at a sentence end near 300 characters: "American tech giants are
// pouring money into Japan: US$14 billion…".
import type {Project, StoryModel} from "../../src/index.js";
import type {Block} from "../../src/inputs/prose.js";
import type {PageContext} from "./context.js";
import {proseMarkdown} from "./prose-markdown.js";

// HTML as one line of plain text, footnote numbers and draft marks left out.
function plainText(html: string, document: Document): string {
  const text = html
    .replace(/<sup>.*?<\/sup>/g, "")
    .replace(/<span class="draft-mark"[^>]*>.*?<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return document.createRange().createContextualFragment(`<p>${text}</p>`).textContent ?? text;
}

export function storyDescription(project: Project, model: StoryModel, ctx: PageContext): string {
  // The first paragraph that cites a figure; in a story without figures, its first paragraph of text.
  const prose = (b: Block) =>
    b.type === "markdown" && b.text.split(/\n\s*\n/).some((p) => p.trim() && !/^\s*#/.test(p));
  const block =
    project.prose.blocks.find((b) => b.type === "markdown" && b.tokens.length) ?? project.prose.blocks.find(prose);
  if (!block || block.type !== "markdown") return model.headline;
  const paragraph = proseMarkdown(project, model, block)
    .split(/\n\s*\n/)
    .find((p) => p.trim() && !/^\s*#/.test(p));
  const text = plainText(paragraph ?? "", ctx.document);
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300).match(/^.*[.!?](?=\s)/)?.[0];
  return cut ?? `${text.slice(0, 297).replace(/\s+\S*$/, "")}…`;
}
