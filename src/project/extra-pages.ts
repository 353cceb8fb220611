// The story's extra pages, data/pages/<slug>.md, each published at /<slug>: the same Markdown, citations, directives
// and cells as the story.
import {checkCells, proseCells} from "../story/cells.js";
import type {Problem} from "../inputs/errors.js";
import {inputText} from "../inputs/input-text.js";
import {parseProse} from "../inputs/prose.js";
import type {ExtraPage, ProjectFiles} from "./types.js";

// The addresses the site's own pages take: an extra page may not take one.
const RESERVED = new Set([
  "index",
  "fact-check",
  "methodology",
  "data",
  "embed",
  "_file",
  "_import",
  "_npm",
  "_observablehq",
  "_node"
]);

// [{slug: "background", text: "# Background\n…"}] → the page at /background; a slug that cannot be an address is a
// problem, and so is the page's own text.
// `docsFiles`: the files under docs/, the images a page may show.
export function readExtraPages(
  pages: ProjectFiles["pages"],
  problems: Problem[],
  docsFiles?: ReadonlySet<string>
): ExtraPage[] {
  return (pages ?? []).flatMap(({slug, text}) => {
    const file = `data/pages/${slug}.md`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || RESERVED.has(slug)) {
      problems.push({
        file,
        message: `"${slug}" cannot be a page's address: use lower-case letters, digits and hyphens, and none of ${[...RESERVED].slice(0, 4).join(", ")}`
      });
      return [];
    }
    const body = inputText(text, file, problems);
    if (body === undefined) return [];
    const page = {slug, file, prose: parseProse(body, file, problems, docsFiles)};
    checkCells(proseCells(page.prose), file, problems);
    return [page];
  });
}
