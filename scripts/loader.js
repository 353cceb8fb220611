// What every loader in docs/ runs: ask the build runner's warm engine for one output and print it. Plain
// JavaScript, so Framework starts it with node in a few milliseconds. Without a runner (a loader run by hand), the
// engine runs here once, in a child process.
import {spawnSync} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// One output's bytes, or {error} with every problem in the inputs.
export async function fetchOutput(name) {
  const engine = process.env.TECH_EDGE_ENGINE;
  if (engine) {
    const response = await fetch(`${engine}/${encodeURIComponent(name)}`);
    const body = Buffer.from(await response.arrayBuffer());
    return response.ok ? {body} : {error: body.toString()};
  }
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, [join(root, "scripts", "engine.ts"), name], {cwd: root, maxBuffer: 256 * 2 ** 20});
  return run.status === 0 ? {body: run.stdout} : {error: run.stderr.toString()};
}

// "index.md" → the story page's Markdown on stdout; bad input → every problem on stderr, exit 1.
export async function emit(name) {
  const {body, error} = await fetchOutput(name);
  if (error !== undefined) {
    process.stderr.write(error);
    process.exit(1);
  }
  process.stdout.write(body);
}
