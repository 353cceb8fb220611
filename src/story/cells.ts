// The journalist's own reactive cells in the prose: ```js fences, which Framework runs as cells, and inline ${…}
// expressions in the text. Each is found with its line, and its syntax checked as Framework will read it, so a
// typo fails the build at data/story.md:<line> rather than on a reader's screen.
import {parse, parseExpressionAt, type Node} from "acorn";
import type {Problem} from "../inputs/errors.js";
import type {Prose} from "../inputs/prose.js";
import {inlineExpressions} from "./inline-expressions.js";

export interface Cell {
  line: number; // the line of the fence (or of the ${) in its file
  code: string;
  inline: boolean; // ${…} in the text, not a fenced cell
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*(js|javascript)\b[^\n]*\n([\s\S]*?)^ {0,3}\2[`~]*\s*$/gm;

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

// Whether Framework can read a cell: a program (declarations, statements, imports), else one expression; and
// whether it imports code from another host or loops for good. A problem names the line in the file:
// "data/story.md:12: js cell: Unexpected token".
export function checkCells(cells: Cell[], file: string, problems: Problem[]): void {
  for (const c of cells) {
    const what = c.inline ? `\${${c.code.slice(0, 40)}}` : "js cell";
    const at = (line: number, message: string) =>
      problems.push({file, line: c.line + (c.inline ? 0 : 1) + Math.max(0, line - 1), message: `${what}: ${message}`});
    const error = syntaxError(c);
    if (error) at(error.loc?.line ?? 1, error.message.replace(/\s*\(\d+:\d+\)$/, ""));
    else for (const p of unsafe(c)) at(p.line, p.message);
  }
}

// A module specifier a page may import: a bare name, a path on the site, or npm:… (bundled at build time).
// "npm:d3" and "./lib/x.js" → true; "https://esm.sh/d3", "//cdn.example/x.js", "data:text/javascript,…" → false.
const localModule = (specifier: string) => /^npm:/.test(specifier) || !/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(specifier);

// A loop whose test is always true: `while (true)`, `for (;;)`, `do … while (1)`.
const endless = (node: AnyNode) =>
  (node.type === "WhileStatement" || node.type === "DoWhileStatement" || node.type === "ForStatement") &&
  (!node.test || (node.test.type === "Literal" && Boolean(node.test.value)));
// What can leave a loop or hand the page back to the browser: break, return, throw, yield, await.
const EXITS = new Set(["BreakStatement", "ReturnStatement", "ThrowStatement", "YieldExpression", "AwaitExpression"]);

type AnyNode = Node & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function* nodes(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value])
      if (child && typeof child === "object" && typeof child.type === "string") yield* nodes(child);
}

// What a readable cell must not do: import code from another host (a literal one; a computed address, or a
// fetch, is stopped by the page's Content-Security-Policy), or loop for good on the page's main thread, where
// Framework runs every cell, so that the reader's tab freezes: `while (true) {}`.
function unsafe(c: Cell): {line: number; message: string}[] {
  const options = {...OPTIONS, locations: true};
  let root: AnyNode;
  try {
    root = parse(c.code, options) as AnyNode;
  } catch {
    root = parseExpressionAt(c.code, 0, options) as AnyNode;
  }
  const out: {line: number; message: string}[] = [];
  for (const node of nodes(root)) {
    const source =
      node.type === "ImportDeclaration" ||
      node.type === "ExportAllDeclaration" ||
      node.type === "ExportNamedDeclaration"
        ? node.source
        : node.type === "ImportExpression"
          ? node.source
          : undefined;
    const specifier =
      source?.type === "Literal"
        ? String(source.value)
        : source?.type === "TemplateLiteral" && !source.expressions.length
          ? String(source.quasis[0].value.cooked)
          : undefined;
    if (specifier !== undefined && !localModule(specifier))
      out.push({
        line: node.loc!.start.line,
        message: `imports "${specifier}" from another host: the page loads nothing from another host; install the package and import it as "npm:<name>"`
      });
    if (endless(node) && ![...nodes(node.body)].some((n) => EXITS.has(n.type)))
      out.push({
        line: node.loc!.start.line,
        message:
          "a loop that never ends (no break, return, throw, yield or await in it) would freeze the reader's page: Framework runs cells on the page's main thread"
      });
  }
  return out;
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
