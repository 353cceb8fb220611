// What the tests of `npm run new-story` share: the unseen article they draft (test/fixtures/articles/), its flags and
// the folder it gets, running the command in a copy of the project, and reading what it wrote.
import {spawn} from "node:child_process";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./site.js";

export const FIXTURE = join(projectRoot, "test", "fixtures", "articles", "battery-makers-europe-2025.txt");
export const article = readFileSync(FIXTURE, "utf-8");
export const HEADLINE = "South Korea’s battery makers bet on Europe as electric-car demand cools";
export const FLAGS = [
  "--title",
  HEADLINE,
  "--outlet",
  "Asia Wire",
  "--published",
  "2025-08-12",
  "--byline",
  "Kim Min-ji and Anna Berg"
];
// The story's default folder: its date, then the first eight words of its headline, lower-case, the apostrophe of
// "Korea’s" dropped ("electric-car demand cools" are words nine to twelve).
export const SLUG = "2025-08-12-south-koreas-battery-makers-bet-on-europe-as";
// The seed story, which every copy of the project made by copySeedDesk() holds, alone.
export const SEED = "2024-04-14-japan-seeks-to-reclaim-tech-edge";
// The files of a new story's folder, as the README lists them.
export const DRAFTED = [
  "article.json",
  "article.txt",
  "fact-check.csv",
  "figures.csv",
  "not-figures.csv",
  "sources.csv",
  "story.json",
  "story.md"
];

export function newStory(root: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "new-story", "--", ...args], {cwd: root});
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({code: code ?? 1, stdout, stderr}));
  });
}

// Every file of the copy but node_modules (stories/, data/, docs/, the code) with its bytes, to show what a run
// wrote, and that a refused run wrote nothing: {"stories/<slug>/figures.csv": "<base64>", …}.
export const snapshot = (root: string) =>
  Object.fromEntries(
    readdirSync(root)
      .filter((top) => top !== "node_modules")
      .flatMap((top) =>
        statSync(join(root, top)).isDirectory()
          ? readdirSync(join(root, top), {recursive: true, encoding: "utf-8"}).map((f) => `${top}/${f}`)
          : [top]
      )
      .filter((f) => statSync(join(root, f)).isFile())
      .map((f) => [f, readFileSync(join(root, f)).toString("base64")])
  );

// The files two snapshots differ in, added and removed ones included, sorted: ["stories/<slug>/article.txt", …].
export const changes = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();

// The words of an HTML page as a reader sees them without JavaScript: no tags, no scripts, entities decoded.
export function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
