// The pages' Plot, Inputs, d3-format and d3-dsv: only what the components use, dependencies inlined and
// tree-shaken, at the lockfile's version.
//
// Framework resolves a bare `import * as Plot from "@observablehq/plot"` from node_modules and keeps the
// result in `<root>/.observablehq/cache/_node/@observablehq/plot@VERSION/index.js`, bundling every dependency
// as a module of its own: the page then loads all of d3 (geo, delaunay, force, zoom…), since d3's index
// imports them all; a bare `@observablehq/inputs` would bring every input. It never rebuilds a file that is
// already there. So before Framework starts, `writeNodeBundles` writes those files itself: for each package,
// one minified module exporting exactly the names the sources under the root use (found by reading them, e.g.
// `Plot.barX` → barX), made with Framework's own esbuild from the installed packages, without running them (the
// runner is loading Framework meanwhile). Its first line records what it was made from (the names and the
// lockfile), so it is remade exactly when those change. Node (tests, the static charts) still imports the whole
// installed packages.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import type {Program} from "acorn";
import type {BuildFailure, BuildResult, Plugin} from "esbuild";
import {esbuild, framework} from "./esbuild.js";
import {BROWSER_ESM, readLockfile} from "./offline-npm.js";
import {cacheDir} from "./root.js";

export const PLOT = "@observablehq/plot";
export const INPUTS = "@observablehq/inputs";
// The packages the pages import by their bare names, bundled this way. Framework bundles any other itself, with
// Rollup: the same modules, only slower to build and without the unused names taken out.
const TRIMMED = [PLOT, INPUTS, "d3-format", "d3-dsv"];
const require = createRequire(import.meta.url);
const {build, transformSync} = esbuild;
// The parser Framework reads pages with.
const {parse} = require(framework.resolve("acorn")) as typeof import("acorn");
const {ancestor} = require(framework.resolve("acorn-walk")) as typeof import("acorn-walk");

const SOURCE = /\.(js|ts|jsx|tsx|mjs)$/;
// esbuild's error for a name the package does not export: 'No matching export in "…" for import "lineyy"'.
const NO_EXPORT = /^No matching export in .* for import "([^"]+)"$/;
// Plot reaches for d3-geo only for a projection, a geographic clip or a geo mark.
const GEO_OPTIONS = new Set(["projection", "clip"]);
const GEO_MARKS = /^(geo|sphere|graticule|centroid|geoCentroid)$/;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === ".observablehq" || entry === "node_modules" || entry.startsWith(".")) continue;
    const path = join(dir, entry);
    const stat = statSync(path, {throwIfNoEntry: false}); // follows docs/lib → src
    if (stat?.isDirectory()) yield* sources(path);
    else if (stat?.isFile() && (SOURCE.test(entry) || entry.endsWith(".md"))) yield path;
  }
}

export interface Use {
  names: string[] | "all"; // the exports the sources use, or "all" when some use cannot be read by name
  geo: boolean; // whether any source may make Plot draw through d3-geo (always false for other packages)
  files: string[]; // the sources that import the package by its bare name
}

// A source as the parser reads it: TypeScript's types stripped by esbuild.
function parseSource(file: string, text: string): Program {
  const code = transformSync(text, {loader: file.endsWith("x") ? "tsx" : "ts", format: "esm"}).code;
  return parse(code, {ecmaVersion: "latest", sourceType: "module"});
}

// Reads the sources under `root` (types and comments stripped by esbuild, then parsed):
// `import * as Plot from "@observablehq/plot"` then `Plot.dot(…)` → "dot"; `import {dot, text as label} from …`
// → "dot", "text". Any other use (Plot[name], passing Plot along, a re-export, a page in Markdown importing it)
// keeps every export. For Plot, an option named `projection` or `clip` anywhere in such a source keeps d3-geo.
export function findUse(root: string, pkg: string): Use {
  return findUses(root, [pkg])[pkg];
}

// The same for several packages, each source read and parsed once.
function findUses(root: string, pkgs: string[]): Record<string, Use> {
  const found = Object.fromEntries(
    pkgs.map((pkg) => [pkg, {use: {names: [], geo: false, files: []} as Use, names: new Set<string>(), all: false}])
  );
  for (const file of sources(root)) {
    const text = readFileSync(file, "utf-8");
    const imported = pkgs.filter((pkg) => text.includes(pkg));
    if (!imported.length) continue;
    if (file.endsWith(".md")) {
      for (const pkg of imported)
        if (new RegExp(`\\bfrom\\s+["']${pkg.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`).test(text)) {
          found[pkg].all = true;
          found[pkg].use.files.push(file);
        }
      continue;
    }
    const program = parseSource(file, text);
    for (const pkg of imported) {
      const f = found[pkg];
      const aliases = new Set<string>();
      const declarations = program.body.filter((n) => "source" in n && n.source?.value === pkg);
      if (!declarations.length) continue;
      for (const node of declarations) {
        if (node.type !== "ImportDeclaration")
          f.all = true; // export … from "@observablehq/plot"
        else
          for (const s of node.specifiers) {
            if (s.type === "ImportNamespaceSpecifier") aliases.add(s.local.name);
            else if (s.type === "ImportSpecifier" && s.imported.type === "Identifier") f.names.add(s.imported.name);
            else f.all = true; // a default import: neither package has one, so let esbuild say so
          }
      }
      f.use.files.push(file);
      const plot = pkg === PLOT; // only Plot can reach d3-geo
      ancestor(program, {
        Identifier(node, _state, ancestors) {
          const parent = ancestors.at(-2);
          if (!aliases.has(node.name) || parent?.type === "ImportNamespaceSpecifier") return;
          if (parent?.type === "MemberExpression" && parent.object === node && !parent.computed)
            f.names.add((parent.property as {name: string}).name);
          else f.all = true;
        },
        Property(node) {
          if (plot && node.key.type === "Identifier" && GEO_OPTIONS.has(node.key.name)) f.use.geo = true;
        }
      });
    }
  }
  return Object.fromEntries(
    pkgs.map((pkg) => {
      const {use, names, all} = found[pkg];
      use.names = all ? "all" : [...names].sort();
      if (pkg === PLOT && (all || [...names].some((n) => GEO_MARKS.test(n)))) use.geo = true;
      return [pkg, use];
    })
  );
}

// The names an ES module exports, read without running it: `export {area as geoArea}`, `export function f` →
// "geoArea", "f"; `export * from "./x.js"` adds x's.
function exportedNames(file: string): string[] {
  const program = parse(readFileSync(file, "utf-8"), {ecmaVersion: "latest", sourceType: "module"});
  return program.body.flatMap((node) => {
    if (node.type === "ExportAllDeclaration") {
      if (node.exported)
        return [node.exported.type === "Identifier" ? node.exported.name : String(node.exported.value)];
      return exportedNames(require.resolve(String(node.source.value), {paths: [dirname(file)]}));
    }
    if (node.type !== "ExportNamedDeclaration") return [];
    const d = node.declaration;
    if (d?.type === "VariableDeclaration")
      return d.declarations.flatMap((v) => (v.id.type === "Identifier" ? [v.id.name] : []));
    if (d) return [d.id.name];
    return node.specifiers.map((s) => (s.exported.type === "Identifier" ? s.exported.name : String(s.exported.value)));
  });
}

// d3-geo in place, when no source can reach it. Plot calls some of it while loading (it makes its "reflect-y"
// transform up front), so each export returns a stand-in that throws, naming the fix, only when actually used.
function withoutGeo(names: string[]): Plugin {
  return {
    name: "without-d3-geo",
    setup(b) {
      b.onResolve({filter: /^d3-geo$/}, () => ({path: "d3-geo", namespace: "without-d3-geo"}));
      b.onLoad({filter: /.*/, namespace: "without-d3-geo"}, () => ({
        loader: "js",
        contents: `const no = () => {
  throw new Error("this site's Plot was bundled without d3-geo, as no component used a projection or clip: restart the build or preview to rebundle it");
};
const unused = new Proxy(no, {get: no, apply: no, construct: no});
${names.map((n) => `export const ${n} = () => unused;`).join("\n")}
`
      }));
    }
  };
}

export interface NodeBundle {
  path: string; // the file Framework takes the import from
  version: string;
  names: string[];
  files: string[]; // the sources that import it
  written: boolean; // false when the file was already up to date
}

// Writes Framework's cache entry for a package (see above) unless it is already up to date. Returns undefined
// when no source under the root imports the package by its bare name.
export async function writeNodeBundle(
  projectRoot: string,
  frameworkRoot: string,
  pkg: string,
  use = findUse(frameworkRoot, pkg)
): Promise<NodeBundle | undefined> {
  if (!use.files.length) return;
  // The story's own cells (data/story.md, data/pages/*.md) use the pages' Plot by name: Plot.lineY → lineY.
  // A name Plot does not export is left to the cell to report when it runs ("Plot.lineyy is not a function").
  if (pkg === PLOT && use.names !== "all")
    use.names = [...new Set([...use.names, ...cellPlotNames(projectRoot)])].sort();
  const installed = readLockfile(projectRoot).find((p) => p.name === pkg && p.base === projectRoot);
  if (!installed)
    throw new Error(`${relative(projectRoot, use.files[0])} imports ${pkg}, which is not in package-lock.json`);
  const path = join(cacheDir(frameworkRoot), "_node", `${pkg}@${installed.version}`, "index.js");
  const stamp = createHash("sha256")
    .update(readFileSync(join(projectRoot, "package-lock.json")))
    .update(`\0${String(use.names)}\0${use.geo}\0`)
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex");
  const first = existsSync(path) ? readFileSync(path, "utf-8").split("\n", 1)[0] : "";
  if (first.endsWith(`inputs ${stamp} */`))
    return {path, version: installed.version, names: namesOf(first), files: use.files, written: false};

  // Bundled without running the package: a name it does not export (a cell's "Plot.lineyy") is dropped and the
  // bundle made again; "all" takes every export there is.
  const withoutD3Geo = pkg === PLOT && !use.geo;
  const plugins = withoutD3Geo ? [withoutGeo(exportedNames(require.resolve("d3-geo", {paths: [installed.dir]})))] : [];
  let wanted = use.names === "all" ? undefined : use.names;
  let result: BuildResult<{metafile: true; write: false}>;
  for (;;) {
    try {
      result = await build({
        stdin: {
          contents: wanted ? `export {${wanted.join(", ")}} from "${pkg}";` : `export * from "${pkg}";`,
          resolveDir: projectRoot,
          loader: "js"
        },
        ...BROWSER_ESM,
        write: false,
        metafile: true,
        logLevel: "silent",
        plugins
      });
      break;
    } catch (error) {
      const missing = ((error as BuildFailure).errors ?? []).map((e) => e.text.match(NO_EXPORT)?.[1]);
      if (!wanted || !missing.length || missing.includes(undefined)) throw error;
      wanted = wanted.filter((n) => !missing.includes(n));
    }
  }
  const names = wanted ?? Object.values(result.metafile.outputs)[0].exports.sort();
  const banner = `/* ${pkg}@${installed.version}: ${names.join(", ")}; dependencies inlined${withoutD3Geo ? " without d3-geo" : ""}; inputs ${stamp} */`;
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, `${banner}\n${result.outputFiles[0].text}`);
  return {path, version: installed.version, names, files: use.files, written: true};
}

// Every trimmed package the sources import, each made in esbuild's process.
export async function writeNodeBundles(projectRoot: string, frameworkRoot: string): Promise<NodeBundle[]> {
  const uses = findUses(frameworkRoot, TRIMMED);
  const bundles = await Promise.all(TRIMMED.map((pkg) => writeNodeBundle(projectRoot, frameworkRoot, pkg, uses[pkg])));
  return bundles.filter((b) => b !== undefined);
}

// The Plot functions the story's own cells name: "Plot.lineY(rows, …)" in a ```js fence or a ${…} → ["lineY"].
export function cellPlotNames(projectRoot: string): string[] {
  const data = join(projectRoot, "data");
  const pages = join(data, "pages");
  const files = [
    join(data, "story.md"),
    ...(existsSync(pages)
      ? readdirSync(pages)
          .filter((f) => f.endsWith(".md"))
          .map((f) => join(pages, f))
      : [])
  ].filter((f) => existsSync(f));
  const names = files.flatMap((f) =>
    [...readFileSync(f, "utf-8").matchAll(/\bPlot\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1])
  );
  return [...new Set(names)];
}

// "/* @observablehq/plot@0.6.17: barX, dot; dependencies inlined; inputs … */" → ["barX", "dot"]
export function namesOf(banner: string): string[] {
  return banner.match(/^\/\* \S+: ([^;]*);/)?.[1].split(", ") ?? [];
}
