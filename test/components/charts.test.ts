// Plot-style snapshot tests: each chart rendered in jsdom, normalised, compared with a committed SVG.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {afterEach, describe, expect, it} from "vitest";
import {
  investmentChart,
  rankChart,
  shareChart,
  subsidyChart,
  timelineChart,
  usdJpyChart,
  formatEventDate
} from "../../docs/components/charts.js";
import {tableRows, toUsd} from "../../src/index.js";
import {project} from "../helpers/project.js";
import {projectRoot} from "../helpers/site.js";

const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
const fig = (id: string) => project.figures.find((f) => f.id === id)!;

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

const investment = [
  {label: "AWS: cloud infrastructure", value_usd: fig("aws_cloud").value, kind: "reported" as const, note: ""},
  {label: "Microsoft: AI and cloud", value_usd: fig("microsoft_ai").value, kind: "reported" as const, note: ""},
  {
    label: "Japan’s government: chip subsidies",
    value_usd: toUsd(fig("chip_subsidies").value, "JPY", project.bases.mean),
    kind: "derived" as const,
    note: ""
  }
];
const sweep = tableRows(project, "subsidy-fx").filter((d) => d.basis === "sweep") as {
  rate: number;
  value_usd: number;
}[];
const bases = tableRows(project, "subsidy-fx").filter((d) => d.basis !== "sweep") as {
  basis: string;
  label: string;
  rate: number;
  value_usd: number;
}[];

describe("chart components", () => {
  for (const width of [640, 375]) {
    it(`investmentChart at ${width} px: one bar per commitment, derived bars hollow and dashed`, () => {
      const svg = investmentChart(investment, {width, document}) as SVGSVGElement;
      const bars = svg.querySelectorAll("rect");
      expect(bars).toHaveLength(3);
      expect([...bars].filter((r) => r.closest("g")?.getAttribute("stroke-dasharray") === "5,3")).toHaveLength(1);
      expect(svg.textContent).toContain("US$30.6 billion (derived)");
      snapshot(`investment-${width}`, svg);
    });
  }

  it("subsidyChart marks the chosen rate and the three bases", () => {
    const chosen = {...bases.find((b) => b.basis === "mean")!};
    const svg = subsidyChart(sweep, {width: 640, document, chosen, bases}) as SVGSVGElement;
    expect(svg.querySelectorAll("circle")).toHaveLength(1);
    expect(svg.textContent).toContain("US$30.6 billion");
    expect(svg.textContent).toContain("at 127.27");
    snapshot("subsidy-mean-640", svg);
  });

  it("usdJpyChart draws the daily series with the window mean and the summit", () => {
    const rates = project.rates.map((r) => ({date: new Date(r.date), jpy_per_usd: r.rate}));
    const summit = rates.find((r) => r.date.toISOString().startsWith("2024-04-10"))!;
    const svg = usdJpyChart(rates, {
      width: 640,
      document,
      window: {start: new Date("2021-01-01"), end: new Date("2023-12-31"), mean: project.bases.mean.rate},
      summit: {date: summit.date, rate: summit.jpy_per_usd, note: "a 34-year low at the time"}
    }) as SVGSVGElement;
    expect(svg.textContent).toContain("2021–23 average: 127.27");
    expect(svg.textContent).toContain("152.90 yen, a 34-year low at the time");
    snapshot("usdjpy-640", svg);
  });

  it("rankChart and shareChart show the indicators", () => {
    const [rank, ...shares] = tableRows(project, "indicators") as {label: string; value: number; of: number}[];
    const r = rankChart(rank, {width: 375, document}) as SVGSVGElement;
    expect(r.querySelectorAll("circle")).toHaveLength(65);
    expect(r.textContent).toContain("Japan: 32nd of 64");
    snapshot("rank-375", r);
    const s = shareChart(
      shares.map((d) => ({...d, text: `${d.value} of ${d.of}`})),
      {width: 375, document}
    ) as SVGSVGElement;
    expect(s.textContent).toContain("(0.58%)");
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
