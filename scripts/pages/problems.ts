// In preview, bad input becomes one panel on the page listing every problem, not scattered errors: this page
// stands in for any page while the inputs have problems.
import {formatProblem, type Problem} from "../../src/index.js";
import {html} from "../../src/story/html.js";
import {frontMatter} from "./front-matter.js";

// `names` puts each input where it is: "data/figures.csv" → "stories/<slug>/figures.csv".
export function problemsPage(title: string, problems: Problem[], names = (text: string) => text): string {
  const items = problems.map((p) => html`<li><code>${names(formatProblem(p))}</code></li>`);
  return [
    frontMatter({title, toc: false}),
    `<div class="problems-panel" role="alert">`,
    `<h2>${problems.length} problem${problems.length === 1 ? "" : "s"} in the inputs</h2>`,
    `<p>The story cannot be built until these are fixed. Fix the file and save: this page updates by itself.</p>`,
    `<ol>\n${items.join("\n")}\n</ol>`,
    `</div>`
  ].join("\n");
}
