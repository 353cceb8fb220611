// Builds the site once before the suite: the build tests inspect dist/ and the browser tests serve it.
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {buildSite, projectRoot} from "./helpers/site.js";

export default async function setup(): Promise<void> {
  const started = performance.now();
  const {code, output} = await buildSite();
  writeFileSync(join(projectRoot, "test", "build.log"), output);
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output.split("\n").slice(-30).join("\n")}`);
  process.stderr.write(`built the site in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
