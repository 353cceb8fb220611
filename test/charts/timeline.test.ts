// The timeline chart type: events in date order, dates known to the month or year printed as such.
import {describe, expect, it} from "vitest";
import timeline, {formatEventDate, type TimelineChart} from "../../src/charts/timeline.js";
import {configOf, day, document, tables} from "../helpers/charts.js";
import {snapshot} from "../helpers/snapshot.js";

const config = configOf<TimelineChart>("timeline");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("timeline", () => {
  it("rows: the seed's six events in date order, labels with their citations as text", () => {
    const events = timeline.rows(tables, config, {});
    expect(events.map((e) => day(e.date))).toEqual([
      "2024-01-19",
      "2024-02-24",
      "2024-03-01",
      "2024-04-10",
      "2024-04-10",
      "2027-01-01"
    ]);
    expect(events[0].label).toBe("AWS announces its Japan cloud plan (¥2.26 trillion)");
    expect(timeline.records!(events)[0]).toMatchObject({date: "2024-01-19", figure_id: "aws_cloud"});
  });

  it("plot: month- and year-only dates", () => {
    const events = [
      {date: d("2027-01-01"), label: "Rapidus", figure_id: "a"},
      {date: d("2024-02-24"), label: "TSMC opens", figure_id: "b"},
      {date: d("2024-03-01"), label: "Google hub", figure_id: "c"}
    ];
    const svg = timeline.plot(events, {width: 375, config, document});
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent).filter((t) => /\d/.test(t!))).toEqual([
      "24 Feb 2024",
      "Mar 2024",
      "2027"
    ]);
    expect(formatEventDate(d("2024-04-10"))).toBe("10 Apr 2024");
    snapshot("timeline-375", svg);
  });

  it("describe: how many, the first and the last", () => {
    const rows = [
      {date: d("2024-01-19"), label: "One", figure_id: "a"},
      {date: d("2027-01-01"), label: "Two", figure_id: "b"}
    ];
    expect(timeline.describe(rows, config)).toBe("2 events, from 19 January 2024 (One) to 1 January 2027 (Two).");
    expect(timeline.describe(rows.slice(0, 1), config)).toBe("One event: 19 January 2024, One.");
  });
});
