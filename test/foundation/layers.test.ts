// The flow of the code, as the guide's Layout tells it: the pure library (src/), then the rendering the static
// and live pages share (docs/components/), then the build and its engine (scripts/), then Framework's loaders in
// docs/. Imports run only that way and never in a circle, and no module keeps state of its own or installs a
// global when imported.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {importCycles, importsOf, sourceOf, type Program} from "../helpers/imports.js";
import {projectRoot} from "../helpers/site.js";

const LAYERS = ["src", "docs/components", "scripts", "docs"] as const; // in the order imports may run
// The commands: programs whose own state is that of the run (their flags, their progress).
const PROGRAMS = ["extract", "framework", "new-story", "update-reference", "screenshots", "serve", "publish"].map(
  (name) => `scripts/${name}.ts`
);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(join(projectRoot, dir))) {
    const path = join(dir, entry);
    if (entry.startsWith(".") || entry === "lib") continue; // docs/lib is src/ under the Framework root
    if (statSync(join(projectRoot, path)).isDirectory()) yield* files(path);
    else if (/\.(ts|js)$/.test(entry) && !entry.endsWith(".d.ts")) yield path;
  }
}

// The layer a file is in: "docs/components/figures.ts" → "docs/components"; docs/lib/x → src.
const layerOf = (path: string) =>
  path.startsWith("docs/lib/") ? "src" : (LAYERS.find((l) => path === l || path.startsWith(`${l}/`)) ?? "outside");

type Statement = Program["body"][number];
type Expression = NonNullable<Extract<Statement, {type: "VariableDeclaration"}>["declarations"][number]["init"]>;

// `(new Map() as Map<K, V>)` → `new Map()`: the expression as it runs, its types and parentheses dropped.
function runtime(e: Expression): Expression {
  while (
    e.type === "TSAsExpression" ||
    e.type === "TSSatisfiesExpression" ||
    e.type === "TSTypeAssertion" ||
    e.type === "TSNonNullExpression" ||
    e.type === "ParenthesizedExpression"
  )
    e = e.expression;
  return e;
}

// `export const x = …` → `const x = …`: the statement an export makes.
const declared = (node: Statement) =>
  node.type === "ExportNamedDeclaration" && node.declaration ? node.declaration : node;

const all = LAYERS.flatMap((l) => [...files(l)]).filter((f, i, a) => a.indexOf(f) === i && layerOf(f) !== "outside");

// Each file read and parsed once, for all three checks of it.
const parsed = new Map(all.map((f) => [f, sourceOf(f)]));
const graph = new Map(all.map((f) => [f, importsOf(f, parsed.get(f))]));

describe("the layers", () => {
  it("import only their own layer and those before it", () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = LAYERS.indexOf(layerOf(file) as (typeof LAYERS)[number]);
      for (const target of graph.get(file)!) {
        const to = LAYERS.indexOf(layerOf(target) as (typeof LAYERS)[number]);
        if (to > from) wrong.push(`${file} → ${target}`);
      }
    }
    expect(all.length).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it("import no module that imports them back, type-only imports included", () => {
    expect(importCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("see type-only imports, and find a cycle as its files in order", () => {
    expect(importsOf("src/charts/chart-type.ts")).toContain("src/charts/story-tables.ts"); // `import type` only
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts", "d.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]]
    ]);
    expect(importCycles(graph)).toEqual([
      ["a.ts", "b.ts", "c.ts", "a.ts"],
      ["e.ts", "e.ts"]
    ]);
  });

  it("keep no state of their own at the top of a module, and install no global", () => {
    const wrong: string[] = [];
    for (const file of all.filter((f) => !PROGRAMS.includes(f))) {
      const {text, source} = parsed.get(file)!;
      for (const statement of source.body) {
        const node = declared(statement);
        if ("declare" in node && node.declare) continue;
        // An enum or a namespace runs as a top-level var that is filled in.
        if (node.type === "TSEnumDeclaration" || node.type === "TSModuleDeclaration")
          wrong.push(`${file}: a top-level var`);
        if (node.type !== "VariableDeclaration") continue;
        if (node.kind !== "const") wrong.push(`${file}: a top-level ${node.kind}`);
        for (const d of node.declarations) {
          const init = d.init && runtime(d.init);
          if (
            init &&
            init.type === "NewExpression" &&
            init.callee.type === "Identifier" &&
            ["Map", "Set", "WeakMap", "Array"].includes(init.callee.name) &&
            !init.arguments.length
          )
            wrong.push(`${file}: an empty ${init.callee.name} to fill`);
        }
      }
      if (/^(Object\.assign\(globalThis|globalThis\.\w+\s*=)/m.test(text))
        wrong.push(`${file}: sets a global on import`);
    }
    expect(wrong).toEqual([]);
  });
});
