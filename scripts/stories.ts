// The desk's stories: one folder each under stories/, named by its slug, holding what the story is made of
// (article, registry, story.json, prose, checks, sources, extra pages). The reference data every story shares
// (FX, CPI-U, GDP, population) stays in data/.
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";

export const STORIES = "stories";

// "2024-04-14-japan-seeks-to-reclaim-tech-edge" → "stories/2024-04-14-japan-seeks-to-reclaim-tech-edge"
export const storyFolder = (slug: string) => `${STORIES}/${slug}`;

// The story a build, a preview or the engine is making, by the runner's environment; undefined: the desk itself.
export const currentStory = (): string | undefined => process.env.TECH_EDGE_STORY || undefined;

// The folder of the runner's story: "stories/<slug>"; "data" in a project from before the desk, which has no
// stories/ and holds its one story in data/; undefined for the desk's own pages.
export function runnerStory(root: string): string | undefined {
  const slug = currentStory();
  if (slug) return storyFolder(slug);
  return existsSync(join(root, STORIES)) ? undefined : "data";
}

// A slug names a folder: lower-case words and digits joined by hyphens, "2024-04-14-japan-seeks-to-reclaim-tech-edge".
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The default slug of an article: its publication date and the words of its headline, at most eight.
// ("2024-04-14", "Japan seeks to reclaim tech edge") → "2024-04-14-japan-seeks-to-reclaim-tech-edge"
export function slugOf(published: string, title: string): string {
  const words = title
    .toLowerCase()
    .normalize("NFKD") // "São Paulo" → "sao paulo"
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  return [published, ...words].filter(Boolean).join("-") || "story";
}

// Every story of the desk, newest first (by publication date, then slug): a folder of stories/ with an article.
export function listStories(root: string): {slug: string; published: string}[] {
  const dir = join(root, STORIES);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isDirectory())
    .filter((name) => existsSync(join(dir, name, "article.txt")) || existsSync(join(dir, name, "article.json")))
    .map((slug) => ({slug, published: publishedOf(join(dir, slug))}))
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
}

// The publication date in a story's article.json, or "" when it cannot be read (the build says why).
function publishedOf(folder: string): string {
  try {
    const meta = JSON.parse(readFileSync(join(folder, "article.json"), "utf-8")) as {published?: unknown};
    return typeof meta.published === "string" ? meta.published : "";
  } catch {
    return "";
  }
}
