// The registry of chart types, and the snapshot harness the chart tests use.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {CHART_TYPES, chartType} from "../../src/charts/chart-types.js";
import type {Problem} from "../../src/inputs/errors.js";
import {parseStoryConfig} from "../../src/inputs/story-config.js";
import {document} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

describe("the registry of chart types", () => {
  // The journalist's own types (GUIDE.md, "A chart type of your own") come after the five built in.
  const names = [...CHART_TYPES.keys()].join(", ");

  it("has the five types story.json may name, and the conversions' sweep besides", () => {
    expect([...CHART_TYPES.keys()].slice(0, 5)).toEqual(["bars", "rates", "rank", "shares", "timeline"]);
    expect(CHART_TYPES.has("sweep")).toBe(false);
    expect(chartType("sweep").type).toBe("sweep");
    expect(() => chartType("pie")).toThrow(`no chart type "pie": use one of ${names}`);
  });

  it("story.json: each chart read by its type, problems at the chart's line; a sweep is not for story.json", () => {
    const text = `{
  "charts": [
    {"id": "a", "type": "rank", "title": "A", "figure": "r", "of": "n", "subject": "Japan"},
    {"id": "b", "type": "sweep", "title": "B", "figure": "x"},
    {"id": "c", "type": "rates", "title": "C", "currency": "yen"}
  ]
}`;
    const problems: Problem[] = [];
    const {config, refs} = parseStoryConfig(JSON.parse(text), text, "data/story.json", problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: chart "a" needs a "label" text',
      `4: chart "b" has type "sweep": use one of ${names}`,
      '5: chart "c" needs a "currency" (an ISO 4217 code such as "JPY")'
    ]);
    expect(config.charts.map((c) => c.id)).toEqual(["a", "c"]);
    expect(refs.map((r) => [r.id, r.need])).toEqual([
      ["r", "rank"],
      ["n", "count"]
    ]);
  });
});

describe("the snapshot harness", () => {
  const dirs: string[] = [];
  const scratch = () => dirs[dirs.push(mkdtempSync(join(tmpdir(), "tech-edge-snap-"))) - 1];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));
  const svg = () => {
    const node = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    node.setAttribute("width", "10");
    return node;
  };
  const withEnv = (env: Record<string, string | undefined>, run: () => void) => {
    const saved = {CI: process.env.CI, UPDATE_SNAPSHOTS: process.env.UPDATE_SNAPSHOTS};
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
    try {
      run();
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  };

  it("fails a missing snapshot under CI, writing it as -changed", () => {
    const dir = scratch();
    withEnv({CI: "true", UPDATE_SNAPSHOTS: undefined}, () =>
      expect(() => snapshot("x", svg(), dir)).toThrow(/no snapshot/)
    );
    expect(existsSync(join(dir, "x.svg"))).toBe(false);
    expect(readFileSync(join(dir, "x-changed.svg"), "utf-8")).toBe('<svg width="10">\n</svg>');
  });

  it("fails a changed snapshot and writes -changed to diff; a match removes it", () => {
    const dir = scratch();
    writeFileSync(join(dir, "x.svg"), '<svg width="20"></svg>');
    withEnv({CI: undefined, UPDATE_SNAPSHOTS: undefined}, () =>
      expect(() => snapshot("x", svg(), dir)).toThrow(/changed/)
    );
    expect(readFileSync(join(dir, "x-changed.svg"), "utf-8")).toBe('<svg width="10">\n</svg>');
    writeFileSync(join(dir, "x.svg"), '<svg width="10">\n</svg>');
    withEnv({CI: undefined, UPDATE_SNAPSHOTS: undefined}, () => snapshot("x", svg(), dir));
    expect(existsSync(join(dir, "x-changed.svg"))).toBe(false);
  });
});
