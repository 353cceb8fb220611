// The prose as the pages show it, a view over the registry: a citation of a restating row names the figure it
// restates ("[[krw_30tn_2]]" → "[[krw_30tn]]"), and `::: summary` becomes the sentences that state the registry's
// money, as Markdown with citations at the directive's line.
import {toUsd} from "../money/basis.js";
import type {Block} from "../inputs/prose.js";
import {mapCitable} from "../inputs/story-config.js";
import {summaryMarkdown} from "../story/story-view.js";
import {scanTokens} from "../inputs/tokens.js";
import type {Project} from "./types.js";

// Rewrites the blocks of every prose of `p` (the story's, the fact check's, the extra pages') and the citations in
// its charts' words; `aliases`: each restating row → the figure it restates.
export function viewProse(p: Project, aliases: Map<string, string>): void {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  // An amount in US$ and the citation that prints it: at the story's default basis, else publication time.
  const usdAt = (id: string) => {
    const f = byId.get(id);
    if (!f || !Number.isFinite(f.value)) return undefined;
    if (f.unit === "USD") return {value: f.value, cite: `[[${id}]]`};
    const kind = p.fx[id]?.[p.defaultBasis] ? p.defaultBasis : p.fx[id]?.spot ? "spot" : undefined;
    return kind ? {value: toUsd(f.value, f.unit, p.fx[id][kind]!), cite: `[[${id}@${kind}]]`} : undefined;
  };
  for (const prose of [p.prose, p.factCheckProse, ...p.pages.map((page) => page.prose)])
    if (prose)
      prose.blocks = viewBlocks(prose.blocks, aliases, () => summaryMarkdown(p.story.lead, p.figures, usdAt, p.text));
  p.story.charts = p.story.charts.map((c) => mapCitable(c, (s) => canonicalCitations(s, aliases)));
}

// "[[krw_30tn_2]]" → "[[krw_30tn]]": citations of restating rows name the figure they restate.
function canonicalCitations(text: string, aliases: Map<string, string>): string {
  return text.replace(/\[\[([a-z0-9_]+)/g, (m, id: string) => (aliases.has(id) ? `[[${aliases.get(id)}` : m));
}

// The prose's blocks with each citation of a restating row naming its figure, and each `::: summary` the sentences
// that state the registry's money, as Markdown with citations at the directive's line.
function viewBlocks(blocks: Block[], aliases: Map<string, string>, summary: () => string): Block[] {
  return blocks.map((b) => {
    if (b.type === "markdown") {
      for (const t of b.tokens) t.id = aliases.get(t.id) ?? t.id;
      return b;
    }
    if (b.name === "conversion") return {...b, arg: aliases.get(b.arg) ?? b.arg};
    if (b.name !== "summary") return b;
    const text = summary();
    return {type: "markdown", text, line: b.line, tokens: scanTokens(text)};
  });
}
