// The page's one data cell, the story model; `up` is the way from the page to the site's root ("../" for an embed
// page).
import type {StoryModel} from "../../src/index.js";
import type {PageContext} from "./context.js";
import {jsCell} from "./js-cell.js";

export const modelCell = (up: string, model: StoryModel, ctx: PageContext) =>
  jsCell(
    ctx.preview
      ? `// Data: the story model (src/story/model.ts); while previewing it comes with the page.
const model = JSON.parse(${JSON.stringify(JSON.stringify(model))});`
      : `// Data: the story model: every figure with its provenance, the rate bases, the charts (src/story/model.ts).
const model = FileAttachment("${up}data/tables/model.json").json();`
  );
