// The journalist's own reactive cells in the prose: ```js fences, which Framework runs as cells, and inline ${…}
// expressions in the text. Each is found with its line, and its syntax checked as Framework will read it, so a
// typo fails the build at data/story.md:<line> rather than on a reader's screen.
import {parse, parseExpressionAt} from "acorn";
import type {Problem} from "./errors.js";
import type {Prose} from "./prose.js";
import {codeSpans} from "./tokens.js";

export interface Cell {
  line: number; // the line of the fence (or of the ${) in its file
  code: string;
  inline: boolean; // ${…} in the text, not a fenced cell
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*(js|javascript)\b[^\n]*\n([\s\S]*?)^ {0,3}\2[`~]*\s*$/gm;

// `${` in text (not in code) → the expression up to its matching brace: "a ${x + {a: 1}.a} b" → "x + {a: 1}.a".
export function inlineExpressions(text: string): {at: number; code: string}[] {
  const code = codeSpans(text);
  const out: {at: number; code: string}[] = [];
  for (let i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 2)) {
    if (code.some((s) => i >= s.start && i < s.end)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) {
        end = j;
        break;
      }
    }
    out.push({at: i, code: end < 0 ? text.slice(i + 2) : text.slice(i + 2, end)});
    if (end > 0) i = end - 1;
  }
  return out;
}

// Every cell of the prose, in order.
export function proseCells(prose: Pick<Prose, "blocks">): Cell[] {
  const cells: Cell[] = [];
  for (const b of prose.blocks) {
    if (b.type !== "markdown") continue;
    const lineAt = (offset: number) => b.line + (b.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    for (const m of b.text.matchAll(FENCE)) cells.push({line: lineAt(m.index!), code: m[4], inline: false});
    for (const e of inlineExpressions(b.text)) cells.push({line: lineAt(e.at), code: e.code, inline: true});
  }
  return cells.sort((a, b) => a.line - b.line);
}

const OPTIONS = {ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true} as const;

// Whether Framework can read a cell: a program (declarations, statements, imports), else one expression. A
// problem names the line of the error in the file: "data/story.md:12: cell: Unexpected token (2:7)".
export function checkCells(cells: Cell[], file: string, problems: Problem[]): void {
  for (const c of cells) {
    const error = syntaxError(c);
    if (!error) continue;
    const line = c.line + (c.inline ? 0 : 1) + Math.max(0, (error.loc?.line ?? 1) - 1);
    const what = c.inline ? `\${${c.code.slice(0, 40)}}` : "js cell";
    problems.push({file, line, message: `${what}: ${error.message.replace(/\s*\(\d+:\d+\)$/, "")}`});
  }
}

function syntaxError(c: Cell): {message: string; loc?: {line: number}} | undefined {
  const expression = () => {
    try {
      const node = parseExpressionAt(c.code, 0, OPTIONS);
      if (c.code.slice(node.end).trim())
        return {message: `unexpected text after the expression: "${c.code.slice(node.end).trim().slice(0, 30)}"`};
      return undefined;
    } catch (error) {
      return error as {message: string; loc?: {line: number}};
    }
  };
  if (c.inline) return c.code.trim() ? expression() : {message: "an empty ${}"};
  try {
    parse(c.code, OPTIONS);
    return undefined;
  } catch (error) {
    // A cell may also be one expression (an object literal, say), which a program would misread.
    return expression() ? (error as {message: string; loc?: {line: number}}) : undefined;
  }
}
