import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {request} from "node:http";
import {join, relative} from "node:path";
import {stripVTControlCharacters} from "node:util";
import {afterAll, describe, expect, it} from "vitest";
import {NOT_INSTALLED, readLockfile} from "../../scripts/offline-npm.js";
import {deferredModules} from "../../scripts/preloads.js";
import {chartIds} from "../../docs/components/figures.js";
import {model, placed, project, storyAt} from "../helpers/data-story.js";
import {listStories} from "../../scripts/stories.js";
import {
  SECOND_STORY,
  buildSite,
  builtFile,
  distDir,
  testedSlug,
  makeSite,
  projectRoot,
  removeSite,
  walkFiles
} from "../helpers/site.js";

// XML namespace names are identifiers, not addresses a browser loads.
const NAMESPACES = new Set([
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/xmlns/",
  "http://www.w3.org/XML/1998/namespace"
]);

// The addresses a page, stylesheet or module loads: an element's src, srcset, poster or data; a <link> other than
// its canonical or alternate address; CSS url() and @import; a module's import and fetch(). A link in the text
// (<a href>, the article's own address in the data) is not a request.
function loadedAddresses(text: string): string[] {
  const found: {at: number; url: string}[] = [];
  const add = (re: RegExp, within = text, offset = 0) => {
    for (const m of within.matchAll(re))
      for (const url of m[1].split(/\s*,\s*/)) found.push({at: offset + m.index!, url: url.trim().split(/\s+/)[0]});
  };
  add(
    /<(?:img|script|iframe|video|audio|source|embed|track|input)\b[^>]*?\s(?:src|srcset|poster)\s*=\s*["']([^"']+)["']/gi
  );
  add(/<object\b[^>]*?\sdata\s*=\s*["']([^"']+)["']/gi);
  for (const m of text.matchAll(/<link\b[^>]*>/gi))
    if (!/\brel\s*=\s*["']?(?:canonical|alternate)\b/i.test(m[0]))
      add(/\shref\s*=\s*["']([^"']+)["']/gi, m[0], m.index);
  add(/url\(\s*["']?([^"')\s]+)/gi);
  add(/@import\s+(?:url\()?["']([^"']+)["']/gi);
  add(/\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?["']([^"']+)["']/g);
  add(/\bimport\(\s*["']([^"']+)["']/g);
  add(/\bfetch\(\s*["'`]([^"'`]+)["'`]/g);
  return found.sort((a, b) => a.at - b.at).map((f) => f.url);
}

describe("the built site", () => {
  it("has a home page titled with the story's headline", () => {
    const html = readFileSync(join(distDir, "index.html"), "utf-8");
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
    const escaped = project.prose.headline.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(title.startsWith(escaped), title).toBe(true);
  });

  it("prints one line per step and the result: at most 20 lines, none of Framework's for each file", () => {
    const log = stripVTControlCharacters(readFileSync(join(projectRoot, "test", "build.log"), "utf-8"));
    const lines = log.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(
      lines.filter((l) => /^(load|copy|render|build|bundle|alias|npm:|in \d)|0\.0\.0-not-installed/.test(l))
    ).toEqual([]);
    // The desk's: a line per story (built, with its pages, or reused), then what was published.
    const pages = [...walkFiles(distDir)].filter((f) => f.endsWith(".html")).length;
    const stories = listStories(projectRoot).map((s) => s.slug);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^published dist/: ${stories.length} stor${stories.length === 1 ? "y" : "ies"} \\((\\d+) built, (\\d+) reused\\) in [\\d.]+ s$`
      )
    );
    for (const [i, slug] of stories.entries())
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^\\[${i + 1}/${stories.length}\\] ${slug}: (built, ${slug === testedSlug ? pages : "\\d+"} page\\(s\\) in [\\d.]+ s|unchanged, reused)$`
          )
        )
      );
  });

  it("starts no loader process and extracts nothing: the engine made every page and table before Framework asked", () => {
    // The second story's build, with Framework's line for each file (--verbose). (Framework colours its log where
    // it takes the terminal, or CI, to show colour.)
    const second = storyAt(join(projectRoot, SECOND_STORY));
    const log = stripVTControlCharacters(readFileSync(join(projectRoot, "test", "build-verbose.log"), "utf-8"));
    const loads = [...log.matchAll(/load (\/\S+) → \[(\w+)\]/g)].map(([, path, state]) => ({path, state}));
    expect(new Set(loads.map((l) => l.path))).toEqual(
      new Set([
        "/index.md",
        "/fact-check.md",
        "/methodology.md",
        "/data.md",
        ...second.project.pages.map((p) => `/${p.slug}.md`),
        ...chartIds(second.model).map((id) => `/embed/${id}.md`),
        "/data/tables.zip",
        "/data/tables/catalog.json",
        "/data/tables/model.json",
        ...[
          "figures",
          "mentions",
          "conversions",
          "constant-dollars",
          "scale",
          "indicators",
          "rates",
          "rates-annual",
          "fact-check",
          "corrections",
          "sources"
        ].flatMap((t) => [`/data/tables/${t}.csv`, `/data/tables/${t}.json`]),
        ...chartIds(second.model).map((id) => `/data/tables/charts/${id}.csv`)
      ])
    );
    expect(loads.filter((l) => l.state !== "fresh")).toEqual([]);
  });

  it("draws static charts to a tenth of a pixel, and leaves the numbers in their text alone", () => {
    const html = readFileSync(join(distDir, "index.html"), "utf-8");
    const charts = html.match(/<svg class="plot-[\s\S]*?<\/svg>/g) ?? [];
    // Each chart the page places, drawn twice: for a desktop column and for a phone.
    expect(charts.length).toBe(2 * placed.length);
    const paths = charts.flatMap((svg) => [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]));
    expect(paths.filter((d) => /\d\.\d\d/.test(d))).toEqual([]);
    // A label such as "mean 127.27" keeps its digits: a rate's two decimals, wherever a sweep shows its bases.
    if (model.sweeps.length) expect(charts.join("")).toMatch(/>[^<]*\b\d+\.\d\d\b[^<]*</);
  });

  it("ships the pages' own modules minified, each still a module that imports what it did", () => {
    const modules = [...walkFiles(join(distDir, "_import"))].filter((f) => f.endsWith(".js"));
    expect(modules.length).toBeGreaterThan(10);
    // Minified: no comments, long lines (a line break is left only inside a template literal);
    // as esbuild writes TypeScript out, lines average some 40 characters.
    let [chars, lines] = [0, 0];
    for (const file of modules) {
      const code = readFileSync(file, "utf-8");
      expect(code, file).not.toMatch(/^\s*\/\/ /m);
      chars += code.length;
      lines += code.split("\n").length;
    }
    expect(chars / lines).toBeGreaterThan(200);
    const figures = modules.find((f) => /components\/figures\.[0-9a-f]+\.js$/.test(f))!;
    expect(readFileSync(figures, "utf-8")).toMatch(/export\s*\{[^}]*\bfigureParts\b/);
  });

  it("loads nothing from a third-party host in any file", () => {
    // The site's own address (its canonical link, for link previews and the social card) is not a third party.
    const canonical = readFileSync(join(distDir, "index.html"), "utf-8").match(
      /<link rel="canonical" href="([^"]+)"/
    )?.[1];
    expect(canonical).toBeTruthy();
    const own = new URL(canonical!).hostname;
    const hits: string[] = [];
    for (const file of walkFiles(distDir)) {
      if (!/\.(html|js|css)$/.test(file)) continue;
      for (const href of loadedAddresses(readFileSync(file, "utf-8"))) {
        const url = href.startsWith("//") ? `https:${href}` : href;
        if (!/^https?:/i.test(url) || NAMESPACES.has(url)) continue;
        const host = new URL(url).hostname;
        if (host !== "127.0.0.1" && host !== "localhost" && host !== own)
          hits.push(`${relative(distDir, file)}: ${url}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it("counts what a page loads, not a link in its text: the test above can fail", () => {
    const page = `<a href="https://news.example/story">the article</a><link rel="canonical" href="https://own.example/">
<img src="https://cdn.example/a.png"><link rel="stylesheet" href="//fonts.example/f.css"><script type="module">
import x from "https://esm.example/x.js"; fetch("https://api.example/");</script><style>p{background:url(https://img.example/b.png)}</style>`;
    expect(loadedAddresses(page)).toEqual([
      "https://cdn.example/a.png",
      "//fonts.example/f.css",
      "https://esm.example/x.js",
      "https://api.example/",
      "https://img.example/b.png"
    ]);
  });

  it("vendors npm modules at exactly the versions in package-lock.json", () => {
    const locked = new Set(readLockfile(projectRoot).map((p) => `${p.name}@${p.version}`));
    const vendored: string[] = [];
    for (const dir of [join(distDir, "_npm"), join(projectRoot, "docs/.observablehq/cache/_npm")]) {
      for (const entry of readdirSync(dir)) {
        const names = entry.startsWith("@") ? readdirSync(join(dir, entry)).map((s) => `${entry}/${s}`) : [entry];
        vendored.push(...names);
      }
    }
    expect(vendored).toContain(
      `@observablehq/plot@${readLockfile(projectRoot).find((p) => p.name === "@observablehq/plot" && p.base === projectRoot)!.version}`
    );
    // Framework also asks for the versions of optional modules its client names (react-dom, leaflet…);
    // those get an empty placeholder folder and must never hold code.
    const placeholders = vendored.filter((name) => name.endsWith(`@${NOT_INSTALLED}`));
    const cache = join(projectRoot, "docs/.observablehq/cache/_npm");
    for (const name of placeholders) expect(readdirSync(join(cache, name))).toEqual([]);
    expect(vendored.filter((name) => !locked.has(name) && !placeholders.includes(name))).toEqual([]);
  });

  it("loads on the story page Plot's own bundle at the lockfile version, and no d3-geo, d3-delaunay or d3-force", () => {
    // Every module the page loads: those it asks for once parsed, and what each imports, followed from file to file.
    const html = readFileSync(join(distDir, "index.html"), "utf-8");
    expect(html).not.toContain('rel="modulepreload"');
    const modules = new Set(deferredModules(html).map((m) => m.replace(/^\.\//, "")));
    expect(modules.size).toBeGreaterThan(10);
    for (const path of modules)
      for (const [, spec] of readFileSync(join(distDir, path), "utf-8").matchAll(
        /\b(?:from|import)\s*["']([^"']+)["']/g
      ))
        if (spec.startsWith(".")) modules.add(relative(distDir, join(distDir, path, "..", spec)));
    const lock = readLockfile(projectRoot).filter((p) => p.base === projectRoot);
    const plot = lock.find((p) => p.name === "@observablehq/plot")!;
    const node = [...modules].filter((m) => m.startsWith("_node/")).map((m) => m.split("/").slice(1, -1).join("/"));
    expect(node).toContain(`@observablehq/plot@${plot.version}`);
    expect(node.filter((n) => !lock.some((p) => `${p.name}@${p.version}` === n))).toEqual([]);
    expect(node.filter((n) => /^(d3|d3-geo|d3-delaunay|d3-force)@/.test(n))).toEqual([]);
    // Code each of them would bring: d3-geo's Albers USA parallels, Delaunator's epsilon, d3-force's phyllotaxis.
    for (const path of modules)
      expect(readFileSync(join(distDir, path), "utf-8"), path).not.toMatch(
        /29\.5,45\.5|Math\.pow\(2,-52\)|3-Math\.sqrt\(5\)/
      );
  });
});

// npm run serve on the built site, as a process: a passer-by's malformed address is answered, and the next reader
// still gets the page.
describe("npm run serve", () => {
  it("answers a malformed address with 400 and goes on serving", async () => {
    const child = spawn(
      join(projectRoot, "node_modules", ".bin", "tsx"),
      [join(projectRoot, "scripts", "serve.ts"), "--port", "0"],
      {cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"]}
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
          const m = /serving dist\/ at (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.on("exit", (code) => reject(new Error(`npm run serve exited (${code}): ${out}`)));
      });
      const status = (path: string) =>
        new Promise<number>((resolve, reject) =>
          request(`${url}${path}`, (res) => res.resume().on("end", () => resolve(res.statusCode!)))
            .on("error", reject)
            .end()
        );
      expect(await status("/%E0%A4%A")).toBe(400);
      expect(await status("/%")).toBe(400);
      expect(await status(`/${testedSlug}/fact-check`)).toBe(200);
      expect(await status("/data")).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });
});

// A small site's config that, like the project's, builds into the runner's scratch folder.
const SCRATCH_CONFIG = `export default {root: "docs", globalStylesheets: [], output: process.env.TECH_EDGE_BUILD_OUTPUT ?? "dist"};\n`;

describe("offline builds of small sites", () => {
  const sites: string[] = [];
  afterAll(() => sites.forEach(removeSite));

  it("rebuilds a loader's output when a data/ input changes, though the loader did not, whatever its mtime", async () => {
    const site = makeSite({
      "data/count.txt": "1\n",
      "docs/data/count.csv.ts": `import {readFileSync} from "node:fs";\nprocess.stdout.write("count\\n" + readFileSync("data/count.txt", "utf-8"));\n`,
      "docs/index.md": '# Count\n\n```js\nconst rows = FileAttachment("data/count.csv").csv();\n```\n'
    });
    sites.push(site);
    expect((await buildSite(site)).code).toBe(0);
    expect(builtFile(join(site, "dist"), "data/count.csv")).toBe("count\n1\n");

    // Edit the input only, with a time stamp after the cached output (as an editor would).
    writeFileSync(join(site, "data/count.txt"), "2\n");
    const later = new Date(statSync(join(site, "docs/.observablehq/cache/data/count.csv")).mtimeMs + 2000);
    utimesSync(join(site, "data/count.txt"), later, later);
    const second = await buildSite(site);
    expect(second.code).toBe(0);
    expect(second.output).toContain("will rerun docs/data/count.csv.ts");
    expect(builtFile(join(site, "dist"), "data/count.csv")).toBe("count\n2\n");

    // Put back with an older time stamp (cp -p): the contents changed, so the loader reruns all the same.
    writeFileSync(join(site, "data/count.txt"), "3\n");
    const older = new Date("2001-01-01T00:00:00Z");
    utimesSync(join(site, "data/count.txt"), older, older);
    const third = await buildSite(site);
    expect(third.output).toContain("will rerun docs/data/count.csv.ts");
    expect(builtFile(join(site, "dist"), "data/count.csv")).toBe("count\n3\n");

    // Nothing changed: nothing reruns.
    expect((await buildSite(site)).output).not.toContain("will rerun");
  });

  it("ends a failed loader with the runner's message, not Framework's request to file an issue", async () => {
    const site = makeSite({
      "observablehq.config.ts": SCRATCH_CONFIG,
      "docs/data/broken.csv.ts": `process.stderr.write("data/x.csv:3: no such figure\\n");\nprocess.exit(1);\n`,
      "docs/index.md": '# Broken\n\n```js\nconst rows = FileAttachment("data/broken.csv").csv();\n```\n'
    });
    sites.push(site);
    mkdirSync(join(site, "dist"));
    writeFileSync(join(site, "dist", "index.html"), "the previous build\n");
    const {code, output} = await buildSite(site);
    expect(code).toBe(1);
    expect(output).toContain("data/x.csv:3: no such figure");
    expect(output.trimEnd().split("\n").at(-1)).toBe("error: the build stopped; dist/ is unchanged");
    expect(output).not.toMatch(/file an issue|github\.com\/observablehq/);
    expect(readFileSync(join(site, "dist", "index.html"), "utf-8")).toBe("the previous build\n");
    expect(readdirSync(site).filter((f) => f.startsWith(".dist-partial-"))).toEqual([]);
  });

  it.each(["SIGINT", "SIGTERM"] as const)("removes the scratch folder when stopped by %s", async (signal) => {
    const site = makeSite({
      "observablehq.config.ts": SCRATCH_CONFIG,
      "docs/data/slow.csv.ts": `await new Promise((resolve) => setTimeout(resolve, 20000));\nprocess.stdout.write("a\\n1\\n");\n`,
      "docs/index.md": '# Slow\n\n```js\nconst rows = FileAttachment("data/slow.csv").csv();\n```\n'
    });
    sites.push(site);
    const child = spawn(
      join(projectRoot, "node_modules", ".bin", "tsx"),
      [join(site, "scripts", "framework.ts"), "build"],
      {
        cwd: site,
        env: {...process.env, PATH: `${join(projectRoot, "node_modules", ".bin")}:${process.env.PATH}`},
        stdio: "ignore"
      }
    );
    const scratch = () => readdirSync(site).filter((f) => f.startsWith(".dist-partial-"));
    for (let i = 0; i < 200 && !scratch().length; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scratch()).toHaveLength(1);
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill(signal);
    expect(await exit).toBe(signal === "SIGINT" ? 130 : 143);
    expect(scratch()).toEqual([]);
    expect(existsSync(join(site, "dist"))).toBe(false);
  });

  // A write that fails, made to fail in the build's own process by a module loaded before it (`node --import`):
  // `fail` is the body of a function of (operation, path) that returns the code to fail with, or nothing.
  const failingFs = (fail: string) => `import fs from "node:fs";
import {syncBuiltinESMExports} from "node:module";
const dist = process.cwd() + "/dist";
const inDist = (p) => String(p) === dist || String(p).startsWith(dist + "/");
function failWith(op, path, to) { ${fail} }
const WHY = {ENOSPC: "no space left on device", EPERM: "operation not permitted"};
for (const [module, op] of [[fs, "renameSync"], [fs, "rmSync"], [fs, "writeFileSync"], [fs.promises, "writeFile"], [fs.promises, "copyFile"]]) {
  const real = module[op];
  module[op] = function (...args) {
    const code = failWith(op, ...args.map(String));
    if (!code) return real.apply(this, args);
    const error = Object.assign(new Error(\`\${code}: \${WHY[code]}, \${op.replace(/Sync$/, "").toLowerCase()} '\${args[0]}'\`), {code, syscall: op.replace(/Sync$/, "").toLowerCase(), path: String(args[0])});
    if (op === "writeFile" || op === "copyFile") return Promise.reject(error);
    throw error;
  };
}
syncBuiltinESMExports();
`;
  const failingBuild = async (fail: string) => {
    const site = makeSite({
      "observablehq.config.ts": SCRATCH_CONFIG,
      "docs/components/total.js": "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\n",
      "docs/index.md": '# Total\n\n```js\nimport {total} from "./components/total.js";\ndisplay(total([1, 2]));\n```\n',
      "failing-fs.mjs": failingFs(fail)
    });
    sites.push(site);
    write(join(site, "dist"), PREVIOUS);
    const {code, output} = await buildSite(site, "build", {
      env: {NODE_OPTIONS: `--import=${join(site, "failing-fs.mjs")}`}
    });
    // The previous site, file for file (hidden files an append-only folder would not let go of aside).
    const shown = [...walkFiles(join(site, "dist"))].filter((f) => !f.split("/").pop()!.startsWith("."));
    const dist = Object.fromEntries(shown.map((f) => [relative(join(site, "dist"), f), readFileSync(f, "utf-8")]));
    const scratch = readdirSync(site).filter((f) => f.startsWith(".dist-"));
    return {code, output: stripVTControlCharacters(output), dist, scratch};
  };
  const PREVIOUS = {"index.html": "the previous build\n", "_import/components/total.0.js": "previous\n"};
  const write = (dir: string, files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, ".."), {recursive: true});
      writeFileSync(join(dir, f), text);
    }
  };
  const errorLines = (output: string) => output.split("\n").filter((l) => /error|Error|^\s+at /.test(l));

  it("says in one sentence that the disk is full while Framework writes a page, with dist/ unchanged", async () => {
    const r = await failingBuild(
      `if (op === "writeFile" && path.includes(".dist-partial-") && path.endsWith(".html")) return "ENOSPC";`
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.output)).toEqual([
      expect.stringMatching(
        /^error: could not write \.dist-partial-\d+\/index\.html \(ENOSPC: no space left on device\); dist\/ is unchanged$/
      )
    ]);
    expect([r.dist, r.scratch]).toEqual([PREVIOUS, []]);
  });

  it("says in one sentence that the disk is full while the runner writes a module, with dist/ unchanged", async () => {
    const r = await failingBuild(`if (op === "writeFileSync" && path.includes("/_import/")) return "ENOSPC";`);
    expect(r.code).toBe(1);
    expect(errorLines(r.output)).toEqual([
      expect.stringMatching(
        /^error: could not write \.dist-partial-\d+\/_import\/components\/total\.\w+\.js \(ENOSPC: no space left on device\); dist\/ is unchanged$/
      )
    ]);
    expect([r.dist, r.scratch]).toEqual([PREVIOUS, []]);
  });

  it("says in one sentence that an append-only dist/ cannot be written, and leaves its files as they were", async () => {
    // chattr +a dist: nothing in it may be renamed, replaced or removed (files may be added).
    const r = await failingBuild(
      `const inside = (p) => p === dist || p.slice(0, p.lastIndexOf("/")) === dist;
       if (op === "renameSync" && [path, to].some((p) => inside(String(p)))) return "EPERM";
       if (op === "rmSync" && inside(path)) return "EPERM";`
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.output)).toEqual([
      expect.stringMatching(
        /^error: dist cannot be written \(EPERM on dist\/index\.html\); its files are as they were, but \d file\(s\) written beside them could not be removed: dist\/\.index\.html\.\S+(, dist\/\S+)*$/
      )
    ]);
    expect([r.dist, r.scratch]).toEqual([PREVIOUS, []]);
  });

  it("fails a page that uses an uninstalled npm package, naming it and the fix", async () => {
    const site = makeSite({
      "docs/index.md": '# Pad\n\n```js\nimport pad from "npm:left-pad";\ndisplay(pad("a", 3));\n```\n'
    });
    sites.push(site);
    const {code, output} = await buildSite(site);
    expect(code).not.toBe(0);
    expect(output).toContain("npm:left-pad is imported by a page but is not in package-lock.json");
    expect(output).toContain("npm install left-pad");
    expect(existsSync(join(site, "dist", "index.html"))).toBe(false);
  });

  it("serves implicit imports (Plot, Inputs, d3-dsv) without any network", async () => {
    const site = makeSite({
      "docs/index.md":
        '# Plot\n\n```js\ndisplay(Plot.barY([1, 2]).plot());\ndisplay(Inputs.toggle());\nconst t = FileAttachment("x.csv").csv();\n```\n',
      "docs/x.csv": "a\n1\n"
    });
    sites.push(site);
    const {code, output} = await buildSite(site);
    expect(code, output).toBe(0);
    const npm = readdirSync(join(site, "dist", "_npm"));
    for (const name of ["d3-dsv", "htl", "isoformat", "d3-array"])
      expect(npm.some((n) => n.startsWith(`${name}@`))).toBe(true);
    expect(readdirSync(join(site, "dist", "_npm", "@observablehq")).map((n) => n.split("@")[0])).toEqual(["plot"]);
    // Framework ships its own wrapper of Inputs; it must be in the build too.
    expect(readdirSync(join(site, "dist", "_observablehq", "stdlib")).some((n) => n.startsWith("inputs."))).toBe(true);
  });
});
