import {describe, expect, it} from "vitest";
import {checkCells, proseCells} from "../../../src/story/cells.js";
import {parseProse} from "../../../src/inputs/prose.js";
import type {Problem} from "../../../src/inputs/errors.js";
import {files, problemsOf, project, withFiles} from "../../helpers/project.js";

const FILE = "data/story.md";
const prose = (text: string) => parseProse(text, FILE, []);

describe("the story's own cells", () => {
  const text = [
    "# Headline", // 1
    "", // 2
    "Under ${basis}, the story has ${figures.length} figures.", // 3
    "", // 4
    "```js", // 5
    "const big = figures.filter((d) => d.value_usd > 1e10);", // 6
    "```", // 7
    "", // 8
    "Code `${not.a.cell}` stays text, and so does a fence of another language:", // 9
    "", // 10
    "```sh", // 11
    "echo ${HOME}", // 12
    "```" // 13
  ].join("\n");

  it("finds each ```js fence and inline ${…} with its line, and nothing in code", () => {
    expect(proseCells(prose(text))).toEqual([
      {line: 3, code: "basis", inline: true},
      {line: 3, code: "figures.length", inline: true},
      {line: 5, code: "const big = figures.filter((d) => d.value_usd > 1e10);\n", inline: false}
    ]);
  });

  it("reads an expression with braces inside it whole", () => {
    expect(proseCells(prose("# H\n\nA ${({a: 1}).a + [1].map((x) => {return x;})[0]} b.")).map((c) => c.code)).toEqual([
      "({a: 1}).a + [1].map((x) => {return x;})[0]"
    ]);
  });

  it("names the line of a syntax error in the file", () => {
    const problems: Problem[] = [];
    const broken = "# H\n\nText.\n\n```js\nconst a = 1;\nconst b = ;\n```\n\nAnd ${figures.length +}.\n";
    checkCells(proseCells(prose(broken)), FILE, problems);
    expect(problems).toEqual([
      {file: FILE, line: 7, message: "js cell: Unexpected token"},
      {file: FILE, line: 10, message: "${figures.length +}: Unexpected token"}
    ]);
  });

  it("accepts a cell that is one expression, an object literal included, and top-level await", () => {
    const problems: Problem[] = [];
    const ok = '# H\n\n```js\n{a: 1, b: 2}\n```\n\n```js\nconst t = await FileAttachment("x.json").json();\n```\n';
    checkCells(proseCells(prose(ok)), FILE, problems);
    expect(problems).toEqual([]);
  });

  it("refuses a cell that imports code from another host, at the import's line", () => {
    const problems: Problem[] = [];
    const text = [
      "# H", // 1
      "", // 2
      "```js", // 3
      'import * as Plot from "npm:@observablehq/plot";', // 4
      'import {x} from "./lib/story/format.js";', // 5
      'import confetti from "https://esm.sh/canvas-confetti";', // 6
      "```", // 7
      "", // 8
      "```js", // 9
      "const a = 1;", // 10
      'const m = await import("//cdn.example.com/m.js");', // 11
      "```", // 12
      "", // 13
      "Inline ${import(`HTTPS://cdn.example.com/n.js`)}." // 14
    ].join("\n");
    checkCells(proseCells(prose(text)), FILE, problems);
    const refused = (s: string) =>
      `imports "${s}" from another host: the page loads nothing from another host; install the package and import it as "npm:<name>"`;
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `6: js cell: ${refused("https://esm.sh/canvas-confetti")}`,
      `11: js cell: ${refused("//cdn.example.com/m.js")}`,
      `14: \${import(\`HTTPS://cdn.example.com/n.js\`)}: ${refused("HTTPS://cdn.example.com/n.js")}`
    ]);
  });

  it("refuses a loop that never ends, and keeps one that yields, awaits or breaks", () => {
    const problems: Problem[] = [];
    const cell = (code: string) => `\`\`\`js\n${code}\n\`\`\``;
    const text = [
      "# H",
      cell("let i = 0;\nwhile (true) {\n  i++;\n}"), // the loop on line 4
      cell("for (;;) {}"), // line 9
      cell("do { i++; } while (1);"), // line 12
      cell("while (true) {\n  await new Promise(requestAnimationFrame);\n}"),
      cell("function* ticks() {\n  for (;;) yield i++;\n}"),
      cell("for (;;) { if (i++ > 9) break; }"),
      cell("while (i < 10) i++;")
    ].join("\n");
    checkCells(proseCells(prose(text)), FILE, problems);
    const frozen =
      "js cell: a loop that never ends (no break, return, throw, yield or await in it) would freeze the reader's page: Framework runs cells on the page's main thread";
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([`4: ${frozen}`, `9: ${frozen}`, `12: ${frozen}`]);
  });

  it("fails the build on a broken cell in data/story.md, at its line", () => {
    const story = `${files.prose}\n\`\`\`js\nconst x = figures.map((d) => d.id;\n\`\`\`\n`;
    const line = story.split("\n").findIndex((l) => l.startsWith("const x = figures")) + 1;
    expect(problemsOf(withFiles({prose: story}))).toEqual([`data/story.md:${line}: js cell: Unexpected token`]);
  });
});

describe("extra pages", () => {
  const page = (slug: string, text: string) => withFiles({pages: [{slug, text}]});

  it("reads data/pages/<slug>.md with its headline, and checks its citations like the story's", () => {
    expect(project.pages).toEqual([]);
    expect(problemsOf(page("background", "# Background\n\nThe yen hit a [[yen_low]] low.\n"))).toEqual([]);
    expect(problemsOf(page("background", "# Background\n\nJapan ranks [[imd_rnk]].\n"))).toEqual([
      'data/pages/background.md:3: cites "imd_rnk", which is not in data/figures.csv; did you mean "imd_rank"?'
    ]);
    expect(problemsOf(page("background", "# Background\n\nRank [[imd_rank|31st]].\n"))).toEqual([
      'data/pages/background.md:3: [[imd_rank|31st]] prints "31st", but "imd_rank" is 32nd (32 rank): print words that state that value, or mark words that are not a number as [[imd_rank|~31st]]'
    ]);
  });

  it("refuses an address the site's own pages take, or one a browser would mangle", () => {
    expect(problemsOf(page("methodology", "# M\n"))[0]).toMatch(
      /^data\/pages\/methodology\.md: "methodology" cannot be/
    );
    expect(problemsOf(page("Our Notes", "# M\n"))[0]).toMatch(/^data\/pages\/Our Notes\.md: "Our Notes" cannot be/);
  });
});
