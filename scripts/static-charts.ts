// The static charts go into the built pages after Framework's build, not into the pages Framework reads: it parses
// each page's HTML with jsdom two or three times, and the drawings are most of it (135 of the seed's 217 kB).
// A page holds an empty box naming its chart (scripts/pages/static-box.ts); the drawings come from the engine's
// static-charts.json.

// The attribute naming the chart an empty static box waits for.
export const STATIC_CHART = "data-static-chart";

// A built page with its static boxes filled: `<div class="chart-static" data-static-chart="investment"></div>` → the box
// with the rank chart drawn in it. A box whose chart was not drawn stops the build: no page goes out without one.
export function fillStaticCharts(html: string, charts: Record<string, string>, file: string): string {
  return html.replace(new RegExp(`<div class="chart-static" ${STATIC_CHART}="([^"]*)"></div>`, "g"), (_, id) => {
    if (!Object.hasOwn(charts, id)) throw new Error(`${file}: no static drawing of chart "${id}"`);
    return `<div class="chart-static">${charts[id]}</div>`;
  });
}
