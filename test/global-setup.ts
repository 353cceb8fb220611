// Builds the site once before the suite: the build tests inspect dist/ and the browser tests serve it.
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {readStory} from "./helpers/project.js";
import {SECOND_STORY, buildSite, copyStoryProject, projectRoot, removeSite} from "./helpers/site.js";

// Builds the site of the story in data/, and that of a second story (test/fixtures/story-won, new-story's draft of
// another article) in a copy of the project, so that the browser checks of the story page run on both.
export default async function setup(): Promise<() => void> {
  const started = performance.now();
  const second = copyStoryProject(
    readStory(join(projectRoot, "test", "fixtures", "story-won")),
    join(projectRoot, SECOND_STORY)
  );
  // The story in data/ as `npm run build` prints it; the second with Framework's line for each file.
  const [main, other] = await Promise.all([buildSite(), buildSite(second, "build", {args: ["--verbose"]})]);
  writeFileSync(join(projectRoot, "test", "build.log"), main.output);
  writeFileSync(join(projectRoot, "test", "build-verbose.log"), other.output);
  for (const [what, {code, output}] of [
    ["npm run build", main],
    ["the second story's build", other]
  ] as const)
    if (code !== 0) {
      // (said here too: vitest can fail to print a global setup's error, and says only "No test files found")
      const message = `${what} failed (exit ${code}):\n${output.split("\n").slice(-30).join("\n")}`;
      process.stderr.write(`\n${message}\n`);
      throw new Error(message);
    }
  process.stderr.write(`built the site and a second story in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return () => removeSite(second);
}
