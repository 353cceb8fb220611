// The drafting corpus (test/drafting/): every article drafted by `new-story` in a copy of the project, its output
// files scored against the gold beside it (bench/drafting-score.ts). `npm run bench` prints the totals;
// `npx tsx bench/drafting.ts` prints them with what failed in each article.
import {execFile} from "node:child_process";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {promisify} from "node:util";
import {copyProject, projectRoot, removeSite} from "../test/helpers/site.js";
import {
  benchRows,
  readDraft,
  scoreArticle,
  totals,
  type ArticleScore,
  type Gold,
  type Totals
} from "./drafting-score.js";

const run = promisify(execFile);
const log = (s: string) => process.stderr.write(`${s}\n`);
export const CORPUS = join(projectRoot, "test", "drafting");

export interface Scored {
  name: string;
  score: ArticleScore;
}

// Drafts one article in `root` (a copy of the project) and reads the files new-story wrote.
async function draftIn(root: string, name: string, gold: Gold) {
  const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
  const args = [join(CORPUS, `${name}.txt`), "--title", gold.title, "--outlet", gold.outlet];
  // Each draft replaces the last in the copy's one story folder.
  args.push("--published", gold.published, ...(gold.url ? ["--url", gold.url] : []), "--slug", "draft", "--force");
  await run(tsx, [join(root, "scripts", "new-story.ts"), ...args], {cwd: root, maxBuffer: 16 * 1024 * 1024});
  const data = (f: string) => readFileSync(join(root, "stories", "draft", f), "utf-8");
  return readDraft({
    article: data("article.txt"),
    figures: data("figures.csv"),
    story: data("story.json"),
    prose: data("story.md")
  });
}

// Every article of the corpus, two at a time (one copy of the project each), in name order.
export async function draftCorpus(): Promise<Scored[]> {
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.replace(/\.gold\.json$/, ""))
    .sort();
  const roots = [copyProject(), copyProject()];
  const out: Scored[] = new Array(names.length);
  let next = 0;
  try {
    await Promise.all(
      roots.map(async (root) => {
        for (let i = next++; i < names.length; i = next++) {
          const name = names[i];
          const gold = JSON.parse(readFileSync(join(CORPUS, `${name}.gold.json`), "utf-8")) as Gold;
          log(`drafting ${i + 1}/${names.length}: ${name}…`);
          try {
            out[i] = {name, score: scoreArticle(gold, await draftIn(root, name, gold), `${name}.gold.json`)};
          } catch (error) {
            // A draft that fails scores nothing: every link, chart, label, lead and period of its gold is missed.
            const e = error as {stderr?: string; message: string};
            const mentions = gold.figures.reduce((n, f) => n + f.mentions.length, 0);
            const own = gold.figures.filter((f) => !f.converts).length;
            out[i] = {
              name,
              score: {
                linksRight: 0,
                linksDrawn: 0,
                linksFound: 0,
                linksNeeded: mentions - new Set(gold.figures.map((f) => f.converts ?? f.id)).size,
                charts: 0,
                chartsTwice: 0,
                labelsAccepted: 0,
                labels: 0,
                leadRight: false,
                periodsExact: 0,
                periods: own,
                notes: [`new-story failed: ${(e.stderr || e.message).trim().split("\n").slice(-3).join(" / ")}`]
              }
            };
          }
        }
      })
    );
  } finally {
    roots.forEach(removeSite);
  }
  return out;
}

export async function benchDrafting(): Promise<{totals: Totals; rows: string[]; articles: Scored[]}> {
  const articles = await draftCorpus();
  const t = totals(articles.map((a) => a.score));
  return {totals: t, rows: benchRows(t), articles};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const {rows, articles} = await benchDrafting();
  for (const {name, score: s} of articles) {
    console.log(
      `\n## ${name}: links ${s.linksRight}/${s.linksDrawn} right, ${s.linksFound}/${s.linksNeeded} found; ` +
        `charts twice ${s.chartsTwice}/${s.charts}; labels ${s.labelsAccepted}/${s.labels}; ` +
        `lead ${s.leadRight ? "right" : "wrong"}; periods ${s.periodsExact}/${s.periods}`
    );
    for (const n of s.notes) console.log(`  - ${n}`);
  }
  console.log(`\n| measure | value |\n|---|---|\n${rows.join("\n")}`);
  log(`${articles.length} articles in ${Math.round((performance.now() - started) / 100) / 10} s`);
}
