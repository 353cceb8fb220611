// The bars chart type on the seed: rows under each view, the drawing, its words, its source line and file name.
import {describe, expect, it} from "vitest";
import bars, {type BarsChart} from "../../src/charts/bars.js";
import {configOf, document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = configOf<BarsChart>("investment");

describe("bars", () => {
  it("rows: the four US$ commitments as reported, the yen subsidy converted under the view", () => {
    const rows = bars.rows(tables, config, {});
    expect(rows.map((r) => [r.figure_id, r.value_usd, r.kind])).toEqual([
      ["chip_subsidies", 25440000000, "derived"],
      ["tsmc_kumamoto_2", 20e9, "reported"],
      ["aws_cloud", 14e9, "reported"],
      ["tsmc_kumamoto_1", 8.6e9, "reported"],
      ["microsoft_ai", 2.9e9, "reported"]
    ]);
    const atMean = bars.rows(tables, config, {basis: "mean"});
    // 3.9e12 yen at the 2021–23 mean of 127.27 (reference notes) ≈ US$30.6 billion
    expect(atMean[0].value_usd / 1e9).toBeCloseTo(3.9e12 / 127.27 / 1e9, 1);
    expect(atMean[0].rate?.toFixed(2)).toBe("127.27");
    // The reader's own rate: 3.9e12 / 100
    expect(bars.rows(tables, config, {basis: "custom", rate: 100})[0]).toMatchObject({value_usd: 39e9, rate: 100});
  });

  for (const width of [640, 375]) {
    it(`plot at ${width} px: one bar per figure, the converted one hollow and dashed`, () => {
      const svg = bars.plot(bars.rows(tables, config, {basis: "mean"}), {width, config, document}) as SVGSVGElement;
      const rects = svg.querySelectorAll("rect");
      expect(rects).toHaveLength(5);
      expect([...rects].filter((r) => r.closest("g")?.getAttribute("stroke-dasharray") === "5,3")).toHaveLength(1);
      expect(svg.textContent).toContain("US$30.6 billion (derived)");
      expect(svg.getAttribute("aria-label")).toBe("Bar chart: Who is betting on Japan, in US dollars");
      snapshot(`bars-${width}`, svg);
    });
  }

  it("plot: dots on a log scale when the largest is more than 30 times the smallest", () => {
    const rows = Object.assign(
      [
        {label: "Big", value_usd: 40e9, kind: "reported" as const, figure_id: "a", basis: "", rate: null, source: ""},
        {label: "Small", value_usd: 1e9, kind: "reported" as const, figure_id: "b", basis: "", rate: null, source: ""}
      ],
      {dollars: undefined}
    );
    const svg = bars.plot(rows, {width: 640, config, document});
    expect(svg.querySelectorAll("circle")).toHaveLength(2);
    expect(svg.querySelectorAll("rect")).toHaveLength(0);
    expect(svg.textContent).toContain("log scale");
  });

  it("plot: an axis in the unit its largest bar reaches, US$ thousand for a car's subsidy", () => {
    const rows = Object.assign(
      [
        {
          label: "Per car",
          value_usd: 9800,
          kind: "reported" as const,
          figure_id: "a",
          basis: "",
          rate: null,
          source: ""
        },
        {
          label: "Per van",
          value_usd: 6500,
          kind: "reported" as const,
          figure_id: "b",
          basis: "",
          rate: null,
          source: ""
        }
      ],
      {dollars: undefined}
    );
    const svg = bars.plot(rows, {width: 640, config, document});
    expect(svg.textContent).toContain("US$ thousand →");
    expect(svg.textContent).not.toContain("billion");
    // Ticks count thousands: 0, 2, 4, 6, 8 (10 is past 9,800 × 1.02).
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(["0", "2", "4", "6", "8"].every((tick) => texts.includes(tick))).toBe(true);
    expect(texts.filter((t) => /^0\.0/.test(t ?? ""))).toEqual([]);
  });

  it("describe: how many, the largest and smallest, how many converted; in constant dollars when asked", () => {
    const row = (label: string, value_usd: number, kind: "reported" | "derived") => ({
      label,
      value_usd,
      kind,
      figure_id: label,
      basis: "",
      rate: null,
      source: ""
    });
    const rows = [row("A", 14e9, "reported"), row("B", 2.9e9, "reported"), row("C", 25.44e9, "derived")];
    expect(bars.describe(Object.assign(rows, {dollars: undefined}), config)).toBe(
      "3 amounts in US dollars. The largest is C, US$25.4 billion; the smallest is B, US$2.9 billion. 1 of them is converted from another currency."
    );
    expect(bars.describe(Object.assign(rows.slice(0, 1), {dollars: "April 2024 dollars"}), config)).toBe(
      "1 amount in US dollars of April 2024. A, US$14 billion."
    );
  });

  it("in constant dollars: each sum restated from its own months' CPI, the file and source line say so", () => {
    const view = {basis: "mean" as const, dollars: "constant" as const};
    const rows = bars.rows(tables, config, view);
    expect(rows.dollars).toBe("April 2024 dollars");
    // US$30.64 bn at the 2021–23 mean × CPI April 2024 (313.548) ÷ mean CPI 2021–23 (289.442): the guide's check
    expect(rows[0].value_usd / 1e9).toBeCloseTo(((3.9e12 / 127.27) * 313.548) / 289.442 / 1e9, 1);
    expect(bars.filename!(tables, config, rows, view)).toBe("investment-mean-2024-04-dollars.csv");
    expect(bars.source!(tables, config, rows, view)).toMatch(/; in April 2024 dollars with US CPI-U \(.*\)\.$/);
    expect(bars.follows!(tables, config)).toBe(true);
  });
});
