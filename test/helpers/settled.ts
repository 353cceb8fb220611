// Waits for what a page's scripts do, never for a fixed time: every static chart replaced by its live figure and
// drawn, and on the Data page a download link for every table. A page without scripts is settled at once.
import type {Frame, Page} from "playwright-core";

export function settled(page: Page | Frame, tables = 0): Promise<unknown> {
  return page.waitForFunction(
    (tables) =>
      !document.querySelector(".chart-static") &&
      [...document.querySelectorAll("figure.chart .chart-body")].every((b) => b.querySelector("svg")) &&
      (!location.pathname.endsWith("/data") || document.querySelectorAll("a[data-table]").length >= tables),
    tables,
    {polling: "raf"}
  );
}
