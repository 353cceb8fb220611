// The project's import graph as the TypeScript reads it, type-only imports included, and the cycles in it: for the
// layers test (test/foundation/layers.test.ts).
import {readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {parseAst} from "rolldown/parseAst";
import {projectRoot} from "./site.js";

// A module's syntax tree (ESTree, with TypeScript's nodes): read by Rolldown's native parser, which Vitest already
// loads, rather than by the TypeScript package (some 2 s to load and warm up in a test worker).
export type Program = ReturnType<typeof parseAst>;

// A file's text and its syntax tree, parsed once for every check the layers test makes of it.
export function sourceOf(path: string): {text: string; source: Program} {
  const text = readFileSync(join(projectRoot, path), "utf-8");
  return {text, source: parseAst(text, {lang: path.endsWith(".js") ? "js" : "ts", astType: "ts"}, path)};
}

// Each file's own imports that point into the project, by the path they reach: type-only ones too, read from the
// TypeScript itself (esbuild's output has lost them).
export function importsOf(path: string, {text, source} = sourceOf(path)): string[] {
  const out: string[] = [];
  for (const node of source.body)
    if (
      (node.type === "ImportDeclaration" ||
        node.type === "ExportNamedDeclaration" ||
        node.type === "ExportAllDeclaration") &&
      node.source
    )
      out.push(node.source.value);
  for (const m of text.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)) out.push(m[1]);
  return out
    .filter((s) => s.startsWith("."))
    .map((s) => relative(projectRoot, resolve(projectRoot, dirname(path), s)).replace(/\.js$/, ".ts"));
}

// The import cycles among `files`, each as its files in import order back to the first: ["a.ts", "b.ts", "a.ts"].
// One cycle for each knot of files that import one another (a strongly connected component, found by Tarjan's
// algorithm), the shortest through its first file.
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const knots: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const knot: string[] = [];
      let w: string;
      do knot.push((w = stack.pop()!));
      while (w !== v);
      if (knot.length > 1 || graph.get(v)!.includes(v)) knots.push(knot.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  // Within a knot, the shortest way from its first file back to itself (breadth first).
  return knots.map((knot) => {
    const start = knot[0];
    const from = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v)!.filter((x) => knot.includes(x))) {
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(from.get(path[0])!);
          return [...path, start];
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}
