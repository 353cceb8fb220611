// The chart type tests again, with the charts' `@observablehq/plot` served by the pages' bundle
// (scripts/node-bundles.ts) instead of the whole package: the story's charts must come out the same.
import {mkdtempSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, expect, it, vi} from "vitest";
import {PLOT, writeNodeBundle} from "../../scripts/node-bundles.js";
import {projectRoot} from "../helpers/site.js";

const root = mkdtempSync(join(tmpdir(), "tech-edge-plot-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
symlinkSync(join(projectRoot, "src", "charts"), join(root, "charts"));
const bundle = (await writeNodeBundle(projectRoot, root, PLOT))!;
vi.doMock("@observablehq/plot", () => import(pathToFileURL(bundle.path).href));
await import("../charts/bars.test.js");
await import("../charts/rates.test.js");
await import("../charts/rank.test.js");
await import("../charts/shares.test.js");
await import("../charts/sweep.test.js");
await import("../charts/timeline.test.js");

it("draws with the bundle, which holds only the names the chart types use", async () => {
  const plot = (await import("@observablehq/plot")) as object;
  expect(Object.keys(plot).sort()).toEqual(
    ["arrow", "barX", "dot", "line", "lineY", "plot", "rectX", "ruleX", "ruleY", "text"].sort()
  );
});
