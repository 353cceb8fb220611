// Every case of the bad-input catalogue: the exact problems, each with its file and line, all in one pass.
import {execFile} from "node:child_process";
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, describe, expect, it} from "vitest";
import {applyEdits, cases, editedFiles, onDisk, problemsOnDisk} from "./helpers/bad-inputs.js";
import {problemsOf} from "./helpers/project.js";
import {buildSite, copySeedProject, projectRoot, removeSite} from "./helpers/site.js";

describe("the bad-input catalogue, through the library", () => {
  it.each(cases)("$name", ({edits, problems}) => {
    expect(onDisk(edits) ? problemsOnDisk(edits) : problemsOf(editedFiles(edits))).toEqual(problems);
  });
});

// Through the real build runner, on a copy of the project with a previous build in dist/.
describe("the bad-input catalogue, through `npm run build`", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeSite));

  it.each(cases.filter((c) => c.e2e))("$name", async ({edits, problems}) => {
    const root = copySeedProject();
    copies.push(root);
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "index.html"), "the previous build\n");
    applyEdits(root, edits);
    const {code, output} = await buildSite(root);
    expect(code).toBe(1);
    expect(output).toBe(
      `error: ${problems.length} problem(s) in the inputs:\n${problems.map((p) => `  ${p}\n`).join("")}`
    );
    expect(readdirSync(join(root, "dist"))).toEqual(["index.html"]);
    expect(readFileSync(join(root, "dist", "index.html"), "utf-8")).toBe("the previous build\n");
    expect(readdirSync(root).filter((f) => f.startsWith(".dist-partial-"))).toEqual([]);
  });
});

// The engine run alone, as a loader does without the build runner.
describe("the engine on bad input", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeSite));

  it("prints every problem with its file and line, exits 1 and writes nothing", async () => {
    // The seed story's registry, edited: whatever story data/ holds.
    const root = copySeedProject();
    copies.push(root);
    const path = join(root, "data", "figures.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf-8")
        .replace("pledged US$2.9 billion", "pledged US$3.9 billion")
        .replace(/^unicorn_threshold,/m, "aws_cloud,")
    );
    const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
    const run = promisify(execFile);
    const result = await run(tsx, [join(root, "scripts", "engine.ts"), "data/tables.zip"], {cwd: root}).then(
      ({stdout}) => ({code: 0, stdout, stderr: ""}),
      (e: {code: number; stdout: string; stderr: string}) => e
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('data/figures.csv:3: quote of "microsoft_ai" is not in data/article.txt verbatim');
    expect(result.stderr).toContain('data/figures.csv:8: duplicate id "aws_cloud" (first on line 2)');
  });
});

// A chart type of the journalist's own without a plot(), listed as the guide says: the build and the engine alone
// each say so in one line naming its file, and leave dist/ as it was.
describe("a chart type that cannot draw", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeSite));
  const line =
    'error: src/charts/pie.ts: chart type "pie" has no plot(rows, {width, config}): a chart type needs type, rows, plot and describe\n';

  it("stops `npm run build` and the engine with its file named, no trace", async () => {
    const root = copySeedProject();
    copies.push(root);
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "index.html"), "the previous build\n");
    writeFileSync(
      join(root, "src", "charts", "pie.ts"),
      'export default {type: "pie", rows: () => [], describe: () => "A pie."};\n'
    );
    const types = join(root, "src", "charts", "chart-types.ts");
    writeFileSync(
      types,
      `import pie from "./pie.js";\n${readFileSync(types, "utf-8").replace(/^const LISTED = \{(.*)\};$/m, "const LISTED = {$1, pie};")}`
    );
    const {code, output} = await buildSite(root);
    expect(code).toBe(1);
    expect(output).toBe(line);
    expect(readdirSync(join(root, "dist"))).toEqual(["index.html"]);
    const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
    const alone = await promisify(execFile)(tsx, [join(root, "scripts", "engine.ts"), "index.md"], {cwd: root}).then(
      () => ({code: 0, stderr: ""}),
      (e: {code: number; stderr: string}) => e
    );
    expect([alone.code, alone.stderr]).toEqual([1, line]);
  });
});

describe("the guide's table of input rules", () => {
  it("shows only errors the catalogue gives (… stands for the rest)", () => {
    const readme = readFileSync(join(projectRoot, "GUIDE.md"), "utf-8");
    const table = readme.slice(readme.indexOf("## Input rules"), readme.indexOf("## Offline"));
    const examples = [...table.matchAll(/^\|.*\|\s*`([^`]+)`\s*\|$/gm)].map((m) => m[1]);
    expect(examples.length).toBeGreaterThan(15);
    const given = cases.flatMap((c) => c.problems);
    for (const example of examples) {
      const pattern = new RegExp(
        `^${example
          .split("…")
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*")}$`
      );
      expect(
        given.some((p) => pattern.test(p)),
        example
      ).toBe(true);
    }
  });
});
