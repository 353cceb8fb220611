// Each of the journalist's cells in a block of Markdown marked with where it is written: a hidden marker before a
// ```js fence, a span around an inline ${…}. A cell that throws on the page can then be named by its file and
// line (test/e2e/site.test.ts): "data/story.md:12". Citations keep the lines of the text, so lines still count.
import {proseCells} from "../../src/story/cells.js";

export function markCells(markdown: string, file: string, firstLine: number): string {
  const cells = proseCells({blocks: [{type: "markdown", text: markdown, line: firstLine, tokens: []}]});
  if (!cells.length) return markdown;
  const lines = markdown.split("\n");
  for (const c of [...cells].reverse()) {
    const i = c.line - firstLine;
    const at = `${file}:${c.line}`;
    if (c.inline) lines[i] = lines[i].replace(`\${${c.code}}`, `<span data-source="${at}">\${${c.code}}</span>`);
    else lines.splice(i, 0, `<div class="cell-source" data-source="${at}" hidden></div>`, "");
  }
  return lines.join("\n");
}
