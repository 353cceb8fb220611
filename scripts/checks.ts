// The checks `npm test` runs before its tests: types (tsc), format (prettier) and lint (eslint), side by side, each
// remembering what it checked in node_modules/.cache so that unchanged files are not checked again. Prints one line
// per check, and a failed check's own output; exits 1 if any failed.
//   tsx scripts/checks.ts
import {spawn} from "node:child_process";
import {join} from "node:path";
import {projectRoot} from "./root.js";

const cache = join(projectRoot, "node_modules", ".cache");
const CHECKS: [name: string, bin: string, args: string[]][] = [
  ["types", "tsc", ["--noEmit", "--incremental", "--tsBuildInfoFile", join(cache, "tech-edge.tsbuildinfo")]],
  ["format", "prettier", ["--check", ".", "--cache", "--cache-location", join(cache, "tech-edge-prettier.json")]],
  ["lint", "eslint", [".", "--cache", "--cache-location", join(cache, "tech-edge-eslint.json")]]
];

function check([name, bin, args]: (typeof CHECKS)[number]): Promise<{name: string; ok: boolean; output: string}> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(join(projectRoot, "node_modules", ".bin", bin), args, {cwd: projectRoot});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => resolve({name, ok: false, output: error.message}));
    child.on("close", (code) => {
      process.stderr.write(
        `${name} (${bin}): ${code === 0 ? "ok" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
      );
      resolve({name, ok: code === 0, output});
    });
  });
}

const results = await Promise.all(CHECKS.map(check));
for (const r of results.filter((r) => !r.ok)) process.stderr.write(`\n${r.name}:\n${r.output.trim()}\n`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
