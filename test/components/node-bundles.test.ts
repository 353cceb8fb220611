// The pages' Plot and Inputs bundles (scripts/node-bundles.ts): which names they keep, what they hold, when they
// are remade.
// (charts-bundled.test.ts draws the story's charts with it.)
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, describe, expect, it} from "vitest";
import {INPUTS, PLOT, findUse, writeNodeBundle, writeNodeBundles} from "../../scripts/node-bundles.js";
import {projectRoot} from "../helpers/site.js";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, {recursive: true, force: true})));

// A framework root holding the given sources.
function docs(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tech-edge-plot-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

const plotUse = (root: string) => findUse(root, PLOT);

describe("findUse", () => {
  it("reads the names used through a namespace or named imports, ignoring comments and types", () => {
    const root = docs({
      "components/a.ts": [
        'import * as P from "@observablehq/plot";',
        "// P.geo in a comment, and P alone in one",
        "export const f = (x: P.Markish[]): unknown => P.plot({marks: [P.dot(x), P.ruleY([0])]});"
      ].join("\n"),
      "components/b.js": 'import {barX, text as label} from "@observablehq/plot";\nexport const g = [barX, label];\n',
      "components/c.ts": 'import {format} from "d3-format";\nexport const Plot = {dot: format};\n'
    });
    const use = plotUse(root);
    expect(use.names).toEqual(["barX", "dot", "plot", "ruleY", "text"]); // P.Markish is a type
    expect(use.geo).toBe(false);
    expect(use.files.map((f) => f.slice(root.length + 1)).sort()).toEqual(["components/a.ts", "components/b.js"]);
  });

  it("keeps every export when Plot is used other than by name, and d3-geo when a projection or clip is", () => {
    const computed = docs({"a.ts": 'import * as Plot from "@observablehq/plot";\nexport const m = Plot["dot"];\n'});
    expect(plotUse(computed)).toMatchObject({names: "all", geo: true});
    const passed = docs({
      "a.ts": 'import * as Plot from "@observablehq/plot";\nexport const use = (f: Function) => f(Plot);\n'
    });
    expect(plotUse(passed).names).toBe("all");
    expect(plotUse(docs({"a.js": 'export {dot} from "@observablehq/plot";\n'})).names).toEqual(["dot"]);
    expect(plotUse(docs({"a.js": 'export * from "@observablehq/plot";\n'})).names).toBe("all");
    const page = docs({"index.md": '```js\nimport * as Plot from "@observablehq/plot";\n```\n'});
    expect(plotUse(page).names).toBe("all");
    const map = docs({"a.ts": 'import * as Plot from "@observablehq/plot";\nPlot.plot({projection: "mercator"});\n'});
    expect(plotUse(map)).toMatchObject({names: ["plot"], geo: true});
    const clip = docs({"a.ts": 'import * as Plot from "@observablehq/plot";\nPlot.dot([], {clip: "sphere"});\n'});
    expect(plotUse(clip).geo).toBe(true);
  });

  it("finds nothing where no source imports Plot by its bare name", () => {
    expect(plotUse(docs({"index.md": "# Plot\n\n```js\nPlot.dot([1]).plot()\n```\n"})).files).toEqual([]);
  });
});

// The story's components and chart types, in a framework root of their own, bundled once for the tests below.
const storyRoot = docs({});
symlinkSync(join(projectRoot, "docs", "components"), join(storyRoot, "components"));
symlinkSync(join(projectRoot, "src", "charts"), join(storyRoot, "charts"));
const bundle = (await writeNodeBundle(projectRoot, storyRoot, PLOT))!;

describe("writeNodeBundle", () => {
  it("exports exactly the Plot names the components use, at the lockfile's version, without d3-geo", async () => {
    const lock = JSON.parse(readFileSync(join(projectRoot, "package-lock.json"), "utf-8")) as {
      packages: Record<string, {version: string}>;
    };
    expect(bundle.version).toBe(lock.packages["node_modules/@observablehq/plot"].version);
    expect(bundle.path).toBe(
      join(storyRoot, ".observablehq/cache/_node/@observablehq", `plot@${bundle.version}`, "index.js")
    );
    const module = (await import(pathToFileURL(bundle.path).href)) as object;
    expect(Object.keys(module).sort()).toEqual(
      ["arrow", "barX", "dot", "line", "lineY", "plot", "rectX", "ruleX", "ruleY", "text"].sort()
    );
    const code = readFileSync(bundle.path, "utf-8");
    expect(code).not.toMatch(/\bimport\b[^;]*\bfrom\s*["']/); // d3 inlined: nothing for Framework to fetch
    expect(code).not.toContain("29.5,45.5"); // d3-geo's Albers USA parallels
  });

  it("is remade only when what it is made from changes", async () => {
    expect((await writeNodeBundle(projectRoot, storyRoot, PLOT))!.written).toBe(false);
    writeFileSync(bundle.path, readFileSync(bundle.path, "utf-8").replace(/inputs [0-9a-f]+/, "inputs 0"));
    expect((await writeNodeBundle(projectRoot, storyRoot, PLOT))!.written).toBe(true);
    const more = docs({"components/map.ts": 'import * as Plot from "@observablehq/plot";\nPlot.geo([]);\n'});
    symlinkSync(join(projectRoot, "src", "charts"), join(more, "charts"));
    const withGeo = (await writeNodeBundle(projectRoot, more, PLOT))!;
    expect(withGeo.names).toContain("geo");
    expect(readFileSync(withGeo.path, "utf-8")).toContain("29.5,45.5"); // the check above can fail
  });

  it("gives the story page only the inputs its controls use, so it never loads the whole of Inputs", async () => {
    expect(findUse(storyRoot, INPUTS).names).toEqual(["radio", "range"]);
    const inputs = (await writeNodeBundle(projectRoot, storyRoot, INPUTS))!;
    expect(inputs.path).toBe(
      join(storyRoot, ".observablehq/cache/_node/@observablehq", `inputs@${inputs.version}`, "index.js")
    );
    const code = readFileSync(inputs.path, "utf-8");
    expect(code).not.toMatch(/\bimport\b[^;]*\bfrom\s*["']/); // htl and isoformat inlined
    expect(code).not.toContain("inputs-3a86ea-table"); // Inputs.table's class, which only the whole package has
    const full = readFileSync(join(projectRoot, "node_modules", INPUTS, "dist", "index.js"), "utf-8");
    expect(full).toContain("inputs-3a86ea-table"); // the check above can fail
  });
});

// A project of its own: the lockfile and node_modules of this one, the given files (data/story.md…).
function project(files: Record<string, string>): string {
  const root = docs(files);
  copyFileSync(join(projectRoot, "package-lock.json"), join(root, "package-lock.json"));
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"));
  return root;
}

describe("writeNodeBundle, without running the package", () => {
  it("keeps the Plot names the story's cells use and drops one Plot does not export", async () => {
    const root = project({
      "data/story.md": "```js\nPlot.areaY([1, 2]).plot();\nPlot.lineyy([1]);\n```\n",
      "docs/a.ts": 'import * as Plot from "@observablehq/plot";\nexport const f = () => Plot.plot({});\n'
    });
    const made = (await writeNodeBundle(root, join(root, "docs"), PLOT))!;
    expect(made.names).toEqual(["areaY", "plot"]);
    const module = (await import(pathToFileURL(made.path).href)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(["areaY", "plot"]);
    expect(typeof module.areaY).toBe("function");
  });

  it("takes every export of the package when a source uses it other than by name", async () => {
    const root = project({"docs/a.js": 'export * from "@observablehq/inputs";\n'});
    const made = (await writeNodeBundle(root, join(root, "docs"), INPUTS))!;
    const installed = Object.keys(await import(INPUTS)).sort(); // the package itself, run by Node
    expect(made.names).toEqual(installed);
    expect(installed).toContain("table"); // the check above can fail
    const module = (await import(pathToFileURL(made.path).href)) as object;
    expect(Object.keys(module).sort()).toEqual(installed);
  });

  it("reads each package's use the same when making all of them at once", async () => {
    const root = project({
      "docs/a.ts":
        'import * as Plot from "@observablehq/plot";\nimport {radio} from "@observablehq/inputs";\nexport const f = () => [Plot.dot([]), radio([])];\n',
      "docs/b.ts": 'import {format} from "d3-format";\nexport const g = format(",");\n'
    });
    const made = await writeNodeBundles(root, join(root, "docs"));
    expect(Object.fromEntries(made.map((b) => [b.path.split("/_node/")[1], b.names]))).toEqual({
      [`${PLOT}@${made[0].version}/index.js`]: ["dot"],
      [`${INPUTS}@${made[1].version}/index.js`]: ["radio"],
      [`d3-format@${made[2].version}/index.js`]: ["format"]
    });
  });
});
