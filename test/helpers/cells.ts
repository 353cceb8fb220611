// The journalist's cells that failed on a page, each named by where it is written: "data/story.md:12: x is not
// defined". The pages mark every cell with its file and line (scripts/pages/mark-cells.ts); Framework shows a
// failed cell as an element of class observablehq--error where the cell's output goes.
import type {Page} from "playwright-core";

export function cellErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let source = "(a cell of the page itself)";
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.matches(".cell-source[data-source]")) source = node.getAttribute("data-source")!;
      if (node.matches(".observablehq--error")) {
        const inline = node.closest("[data-source]")?.getAttribute("data-source");
        out.push(`${inline ?? source}: ${node.textContent?.trim()}`);
      }
    }
    return out;
  });
}
