// The sweep a conversion brings: the amount across rates, the bases and the reader's choice marked.
import {describe, expect, it} from "vitest";
import sweep, {sweepChart} from "../../src/charts/sweep.js";
import {document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = sweepChart(tables, "chip_subsidies");

describe("sweep", () => {
  it("its config: an id and a title from the amount", () => {
    expect(config).toEqual({
      id: "conversion-chip_subsidies",
      type: "sweep",
      title: "¥3.9 trillion in US dollars, by exchange rate",
      figure: "chip_subsidies"
    });
  });

  it("rows: 100 to 160 yen a dollar, the three bases marked, then the chosen one", () => {
    const rows = sweep.rows(tables, config, {basis: "spot"});
    expect(rows.sweep).toHaveLength(61);
    expect(rows.sweep[0]).toEqual({rate: 100, value_usd: 39e9});
    expect(rows.sweep[60]).toEqual({rate: 160, value_usd: 24375000000});
    expect(rows.map((b) => [b.basis, b.rate.toFixed(2)])).toEqual([
      ["article", "153.30"],
      ["spot", "153.12"],
      ["mean", "127.27"],
      ["chosen: spot", "153.12"]
    ]);
    expect(sweep.filename!(tables, config, rows, {basis: "spot"})).toBe("conversion-chip_subsidies-spot.csv");
  });

  it("plot: the chosen rate marked on axes the sweep spans", () => {
    const svg = sweep.plot(sweep.rows(tables, config, {basis: "mean"}), {width: 640, config, document});
    expect(svg.querySelectorAll("circle")).toHaveLength(1);
    expect(svg.textContent).toContain("US$30.6 billion");
    expect(svg.textContent).toContain("at 127.27");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("100"); // the sweep's first rate…
    expect(texts).toContain("160"); // …and its last: the x axis spans the sweep, no bound typed in
    expect(texts).not.toContain("170");
    snapshot("sweep-mean-640", svg);
  });

  it("describe: the span in US$ and the chosen rate", () => {
    expect(sweep.describe(sweep.rows(tables, config, {}), config)).toBe(
      "¥3.9 trillion in US dollars at rates from 100.00 to 160.00 yen per US dollar: from US$39 billion to US$24.4 billion. At the chosen rate, 153.30 (the article’s own rate), it is US$25.4 billion."
    );
  });
});
