// The journalist's prose (data/story.md): Markdown with citations `[[id]]` and one directive per line that
// places a chart or a section: `::: chart investment`, `::: conversion chip_subsidies`, `::: notes`.
import type {Problem} from "./errors.js";
import {checkHtml} from "./html-policy.js";
import {controlIn, controlProblem} from "./input-text.js";
import {scanTokens, type Token} from "./tokens.js";

export const DIRECTIVES = ["chart", "conversion", "conversions", "figures", "notes", "corrections", "summary"] as const;
export type DirectiveName = (typeof DIRECTIVES)[number];

export type Block =
  | {type: "markdown"; text: string; line: number; tokens: Token[]}
  | {type: "directive"; name: DirectiveName; arg: string; line: number};

export interface Prose {
  headline: string; // the first "# " heading, without its hashes
  headlineLine: number;
  blocks: Block[]; // everything after the headline
}

const DIRECTIVE = /^:::\s*([a-z]+)(?:\s+(\S+))?\s*$/;

// "# Title\n\nText [[a]].\n\n::: chart x\n" → {headline: "Title", blocks: [markdown, directive chart x]}
// `docsFiles`: the files under docs/, so that an image that is not there is refused; `headline`: the page's own,
// for a file that has none (fact-check.md): its first "# " line is then text, and its lines keep their numbers.
export function parseProse(
  text: string,
  file: string,
  problems: Problem[],
  docsFiles?: ReadonlySet<string>,
  headline = ""
): Prose {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  let headlineLine = 0;
  let chunk: string[] = [];
  let chunkLine = 1;
  const flush = () => {
    const body = chunk.join("\n");
    if (body.trim()) {
      const block = {type: "markdown" as const, text: body, line: chunkLine, tokens: scanTokens(body)};
      for (const t of block.tokens) if (t.error) problems.push({file, line: tokenLine(block, t), message: t.error});
      blocks.push(block);
    }
    chunk = [];
  };
  let fence = ""; // the open code fence, whose lines are text, never directives
  lines.forEach((raw, i) => {
    const line = i + 1;
    // Word's line break (U+000B) pasted in a headline prints as nothing and stops the social card.
    const control = controlIn(raw);
    if (control) problems.push({file, line, message: `the line ${controlProblem(control)}`});
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence || marker) {
      if (!fence) fence = marker!;
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length && !raw.trim().slice(marker.length))
        fence = "";
      if (!chunk.length) chunkLine = line;
      chunk.push(raw);
      return;
    }
    if (!headline && /^#\s+\S/.test(raw)) {
      flush();
      headline = raw.replace(/^#\s+/, "").trim();
      headlineLine = line;
      chunkLine = line + 1;
      return;
    }
    const d = DIRECTIVE.exec(raw);
    if (raw.startsWith(":::")) {
      flush();
      chunkLine = line + 1;
      if (!d || !DIRECTIVES.includes(d[1] as DirectiveName)) {
        problems.push({
          file,
          line,
          message: `unknown directive "${raw.trim()}": use ${DIRECTIVES.map((n) => `::: ${n}`).join(", ")}`
        });
        return;
      }
      const name = d[1] as DirectiveName;
      const arg = d[2] ?? "";
      if ((name === "chart" || name === "conversion") && !arg)
        problems.push({file, line, message: `"::: ${name}" needs an id: ::: ${name} <id>`});
      // A chart's elements have ids of their own: a second copy would share them, and only one would follow the reader.
      const first = blocks.find((b) => b.type === "directive" && b.name === name && b.arg === arg && arg);
      if (first && (name === "chart" || name === "conversion"))
        problems.push({
          file,
          line,
          message: `"::: ${name} ${arg}" is placed twice on the page (first on line ${first.line}): place it once`
        });
      blocks.push({type: "directive", name, arg, line});
      return;
    }
    if (!chunk.length) {
      if (!raw.trim()) return; // a block starts at its first line of text
      chunkLine = line;
    }
    chunk.push(raw);
  });
  flush();
  // The whole file at once, headline included: a reference-style image may be defined in another block.
  checkHtml(text, file, 1, problems, docsFiles);
  if (!headline) problems.push({file, line: 1, message: `has no headline: start it with a line "# Your headline"`});
  return {headline, headlineLine, blocks};
}

// The line of each token in a markdown block: for messages.
export function tokenLine(block: Extract<Block, {type: "markdown"}>, token: Token): number {
  return block.line + block.text.slice(0, token.start).split("\n").length - 1;
}
