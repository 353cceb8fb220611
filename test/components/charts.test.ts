// Plot-style snapshot tests: each chart rendered in jsdom, normalised, compared with a committed SVG.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it} from "vitest";
import {
  barChart,
  rankChart,
  rateChart,
  shareChart,
  sweepChart,
  timelineChart,
  formatEventDate
} from "../../docs/components/charts.js";
import {
  barRows,
  basisMarks,
  chartOf,
  chosenMark,
  rankRow,
  rateRows,
  shareRows,
  storyModel,
  sweepRows
} from "../../src/index.js";
import {project} from "../helpers/project.js";
import {projectRoot} from "../helpers/site.js";

const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
const model = storyModel(project);
const atMean = {basis: "mean" as const};

// Rounds coordinates so the files do not churn on floating-point noise; pretty-prints one element a line.
function normalise(node: Element): string {
  return node.outerHTML.replace(/(\d+\.\d{2})\d+/g, "$1").replace(/></g, ">\n<");
}

// As Plot's own harness does: a missing snapshot is written (but fails under CI, where nobody reviews it); a
// changed one fails and is written beside it as "<name>-changed.svg" to diff; UPDATE_SNAPSHOTS=1 accepts it.
function snapshot(name: string, node: Element, dir = join(projectRoot, "test", "snapshots")) {
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

describe("chart components", () => {
  for (const width of [640, 375]) {
    it(`barChart at ${width} px: one bar per figure, the converted one hollow and dashed`, () => {
      const rows = barRows(model, chartOf(model, "investment", "bars"), atMean);
      const svg = barChart(rows, {width, document, title: "Who is betting on Japan"}) as SVGSVGElement;
      const bars = svg.querySelectorAll("rect");
      expect(bars).toHaveLength(5);
      expect([...bars].filter((r) => r.closest("g")?.getAttribute("stroke-dasharray") === "5,3")).toHaveLength(1);
      expect(svg.textContent).toContain("US$30.6 billion (derived)");
      expect(svg.getAttribute("aria-label")).toBe("Bar chart: Who is betting on Japan, in US dollars");
      snapshot(`bars-${width}`, svg);
    });
  }

  it("sweepChart marks the chosen rate and the three bases, on axes the sweep spans", () => {
    const svg = sweepChart(sweepRows(model, "chip_subsidies"), {
      width: 640,
      document,
      chosen: chosenMark(model, "chip_subsidies", atMean),
      bases: basisMarks(model, "chip_subsidies"),
      amount: "¥3.9 trillion",
      unit: "yen per US dollar"
    }) as SVGSVGElement;
    expect(svg.querySelectorAll("circle")).toHaveLength(1);
    expect(svg.textContent).toContain("US$30.6 billion");
    expect(svg.textContent).toContain("at 127.27");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("100"); // the sweep's first rate…
    expect(texts).toContain("160"); // …and its last: the x axis spans the sweep, no bound typed in
    expect(texts).not.toContain("170");
    snapshot("sweep-mean-640", svg);
  });

  it("rateChart draws the daily series with the window mean and the annotated day", () => {
    const {rows, window, annotations} = rateRows(model, chartOf(model, "usdjpy", "rates"));
    const svg = rateChart(rows, {
      width: 640,
      document,
      unit: "yen per US dollar",
      window,
      annotations
    }) as SVGSVGElement;
    expect(svg.textContent).toContain("2021–23 average: 127.27");
    expect(svg.textContent).toContain("Kishida–Biden summit, 10 Apr 2024:");
    expect(svg.textContent).toContain("152.90, a 34-year low at the time");
    snapshot("rates-640", svg);
  });

  it("rankChart and shareChart show the indicators", () => {
    const r = rankChart(rankRow(model, chartOf(model, "rank", "rank")), {width: 375, document}) as SVGSVGElement;
    expect(r.querySelectorAll("circle")).toHaveLength(65);
    expect(r.textContent).toContain("Japan: 32nd of 64");
    snapshot("rank-375", r);
    const s = shareChart(shareRows(model, chartOf(model, "shares", "shares")), {width: 375, document}) as SVGSVGElement;
    expect(s.textContent).toContain("7 of 1,200 (0.58%)");
    expect(s.textContent).toContain("(2.4%)");
    snapshot("shares-375", s);
  });

  it("timelineChart lists events in date order, with month- and year-only dates", () => {
    const events = [
      {date: new Date(Date.UTC(2027, 0, 1)), label: "Rapidus"},
      {date: new Date(Date.UTC(2024, 1, 24)), label: "TSMC opens"},
      {date: new Date(Date.UTC(2024, 2, 1)), label: "Google hub"}
    ];
    const svg = timelineChart(events, {width: 375, document}) as SVGSVGElement;
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent).filter((t) => /\d/.test(t!))).toEqual([
      "24 Feb 2024",
      "Mar 2024",
      "2027"
    ]);
    expect(formatEventDate(new Date(Date.UTC(2024, 3, 10)))).toBe("10 Apr 2024");
    snapshot("timeline-375", svg);
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
