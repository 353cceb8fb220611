// Plot-style snapshots: a chart rendered in jsdom, normalised, compared with a committed SVG in test/snapshots.
import {existsSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";
import {projectRoot} from "./site.js";

// Rounds coordinates so the files do not churn on floating-point noise; pretty-prints one element a line.
function normalise(node: Element): string {
  return node.outerHTML.replace(/(\d+\.\d{2})\d+/g, "$1").replace(/></g, ">\n<");
}

// As Plot's own harness does: a missing snapshot is written (but fails under CI, where nobody reviews it); a
// changed one fails and is written beside it as "<name>-changed.svg" to diff; UPDATE_SNAPSHOTS=1 accepts it.
export function snapshot(name: string, node: Element, dir = join(projectRoot, "test", "snapshots")) {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = normalise(node);
  if (process.env.UPDATE_SNAPSHOTS || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  if (!existsSync(file)) {
    writeFileSync(changed, actual);
    throw new Error(`no snapshot ${file} (CI is set): review ${changed}, rename it and commit it`);
  }
  const equal = actual === readFileSync(file, "utf-8");
  if (equal) rmSync(changed, {force: true});
  else writeFileSync(changed, actual);
  expect(equal, `${name}.svg changed: diff it with ${name}-changed.svg, or accept it with UPDATE_SNAPSHOTS=1`).toBe(
    true
  );
}
