import {describe, expect, it} from "vitest";
import {checkCells, proseCells} from "../../src/cells.js";
import {parseProse} from "../../src/prose.js";
import type {Problem} from "../../src/errors.js";
import {files, problemsOf, project, withFiles} from "../helpers/project.js";

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
