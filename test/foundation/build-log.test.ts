// What `npm run build` prints: Framework's line for each file only with --verbose; errors, warnings, notes and
// any line not known to be Framework's per-file log always, whole.
import {describe, expect, it} from "vitest";
import {isNoise, lineFilter} from "../../scripts/build-log.js";

// Lines of a real build's log (colours as Framework writes them to a terminal: "\x1b[36mload\x1b[39m").
const FRAMEWORK = [
  "\x1b[36mload\x1b[39m /index.md \x1b[2m→\x1b[22m \x1b[2m[fresh] \x1b[22m\x1b[32msuccess\x1b[39m \x1b[36m36.5 kB\x1b[39m \x1b[2min 5ms\x1b[22m",
  "npm:d3-dsv@latest → npm:d3-dsv@3.0.2",
  "npm:d3-dsv@3.0.2/+esm ← /p/node_modules/d3-dsv",
  "in 505ms",
  "built 10 pages in docs",
  "index /data",
  "bundle /_observablehq/client.js → npm:react-dom@latest → npm:react-dom@0.0.0-not-installed",
  "docs/.observablehq/cache/_observablehq/client.js",
  "build docs/style.css → /p/.dist-partial-15924/_import/style.0627bf1a.css",
  "copy docs/data/tables.zip → load /data/tables.zip → [fresh] success 62.2 kB in 0ms",
  "/p/.dist-partial-15924/_file/data/tables.5ed855aa.zip",
  "alias /_observablehq/client.js → /_observablehq/client.47a6ff3d.js",
  "render /index → /p/.dist-partial-15924/index.html",
  "┌ (10 pages)                               Page      Imports        Files",
  "│   ├── conversion-chip_subsidies          7 kB       358 kB        86 kB",
  "└── methodology                           14 kB        51 kB        36 kB",
  "",
  "36 links validated"
];
const ALWAYS = [
  "load /data/broken.csv → [missing] error in 12ms: command failed",
  "Warning: 2 broken links (38 validated)",
  "↳ /index → /nowhere",
  "Unexpected error: npm:left-pad is imported by a page but is not in package-lock.json. Add it with: npm install left-pad",
  'note: data/story.md:7: "about 40 billion" is printed for "aws_cloud" unchecked (marked with ~)',
  "error: 1 problem(s) in the inputs:",
  '  data/figures.csv:3: duplicate id "aws_cloud" (first on line 2)',
  "bundled d3-format@3.1.3 for the pages: format",
  "framework: rendered 10 page(s), 36 link(s) validated"
];

describe("a build's log", () => {
  it("knows Framework's lines for each file, and nothing that speaks of an error, a warning or a note", () => {
    expect(FRAMEWORK.filter((l) => !isNoise(l))).toEqual([]);
    expect(ALWAYS.filter(isNoise)).toEqual([]);
  });

  it("passes whole lines, however they are written, and counts the pages rendered and links validated", () => {
    const out: string[] = [];
    const filter = lineFilter((t) => out.push(t), {verbose: false});
    // Framework writes "load /x → " and, when the load ends, the rest of the line.
    const text = [...FRAMEWORK, ...ALWAYS, "render /fact-check → /p/x.html"].join("\n");
    for (let i = 0; i < text.length; i += 7) filter.write(text.slice(i, i + 7));
    filter.write("\nerror: the build stopped; dist/ is");
    expect(out.join("")).toBe(ALWAYS.map((l) => `${l}\n`).join(""));
    filter.flush();
    expect(out.at(-1)).toBe("error: the build stopped; dist/ is\n");
    expect(filter.counts).toEqual({pages: 2, links: 36});
  });

  it("passes every line with --verbose, and lets an edit drop or replace one", () => {
    const out: string[] = [];
    const edit = (line: string) => (line.startsWith("in ") ? undefined : line.replace("36 links", "thirty-six links"));
    const filter = lineFilter((t) => out.push(t), {verbose: true, edit});
    filter.write(`${FRAMEWORK.join("\n")}\n`);
    expect(out).toEqual(
      FRAMEWORK.filter((l) => !l.startsWith("in ")).map((l) => `${l.replace("36 links", "thirty-six links")}\n`)
    );
  });
});
