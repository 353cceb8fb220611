// The rates chart type on the seed: the yen's daily rates, the averaging window, the summit day.
import {describe, expect, it} from "vitest";
import rates, {type RatesChart} from "../../src/charts/rates.js";
import {configOf, day, document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = configOf<RatesChart>("usdjpy");

describe("rates", () => {
  it("rows: daily rates of 2021–24, the summit day at 152.90, the window mean", () => {
    const rows = rates.rows(tables, config, {});
    expect(rows.frequency).toBe("daily");
    expect(day(rows[0].date)).toBe("2021-01-04");
    expect(day(rows.at(-1)!.date)).toBe("2024-12-31");
    expect(rows.window?.mean.toFixed(2)).toBe("127.27");
    expect(rows.annotations.map((a) => [day(a.date), a.rate, a.note])).toEqual([
      ["2024-04-10", 152.9, "a 34-year low at the time"]
    ]);
    // The CSV has every day as YYYY-MM-DD; the table one in 20 and the summit.
    const records = rates.records!(rows) as {date: string}[];
    expect(records).toHaveLength(rows.length);
    expect(records[0]).toEqual({date: "2021-01-04", rate: rows[0].rate});
    const table = rates.table!(rows) as {date: string}[];
    expect(table.map((r) => r.date)).toContain("2024-04-10");
    expect(table.length).toBeLessThan(rows.length / 10);
    expect(rates.columns!(rows, config)[0].label).toBe("Date (every 20th trading day)");
  });

  it("plot: the series with the window mean and the annotated day", () => {
    const svg = rates.plot(rates.rows(tables, config, {}), {width: 640, config, document});
    expect(svg.textContent).toContain("2021–23 average: 127.27");
    expect(svg.textContent).toContain("Kishida–Biden summit, 10 Apr 2024:");
    expect(svg.textContent).toContain("152.90, a 34-year low at the time");
    snapshot("rates-640", svg);
  });

  it("describe: the span, start and end with the change, the lowest and highest", () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const rows = Object.assign(
      [
        {date: d("2024-01-02"), rate: 140},
        {date: d("2024-02-01"), rate: 130},
        {date: d("2024-03-01"), rate: 160},
        {date: d("2024-04-01"), rate: 154}
      ],
      {annotations: [], frequency: "daily" as const, source: "", unit: "yen per US dollar"}
    );
    expect(rates.describe(rows, config)).toBe(
      "Yen per US dollar from 2 January 2024 to 1 April 2024: 140.00 at the start, 154.00 at the end (up 10%). Lowest 130.00 on 1 February 2024, highest 160.00 on 1 March 2024."
    );
  });
});

describe("rates of money yet to be spent", () => {
  it("labels a window in the chart's right half from its end, leftwards, so it is never cut off", async () => {
    const {join} = await import("node:path");
    const {storyModel, storyTables} = await import("../../src/index.js");
    const {build, readStory} = await import("../helpers/project.js");
    const {projectRoot} = await import("../../scripts/root.js");
    const won = storyTables(storyModel(build(readStory(join(projectRoot, "test", "fixtures", "story-won")))));
    const config = won.charts.find((c) => c.type === "rates") as RatesChart;
    const rows = rates.rows(won, config, {});
    // The chart runs from 2024 to publication (2025-08-29); the 2026 money's window is May to July 2025.
    expect(rows.window!.end > new Date((+rows[0].date + +rows.at(-1)!.date) / 2)).toBe(true);
    for (const width of [375, 640]) {
      const svg = rates.plot(rows, {width, config, document});
      const label = [...svg.querySelectorAll("text")].find((t) => t.textContent?.includes("average"))!;
      expect(label.closest("[text-anchor]")?.getAttribute("text-anchor"), `${width}`).toBe("end");
      // Its anchor, right of the window's end by nothing, sits inside the chart's width.
      const x = Number(label.getAttribute("transform")?.match(/translate\(([\d.]+)/)?.[1]);
      expect(x).toBeGreaterThan(width / 2);
      expect(x).toBeLessThanOrEqual(width);
    }
  });
});
