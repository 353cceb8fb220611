// A chart's static box and what fills it: every chart drawn (as SVG, at the default rate basis) for the published
// HTML, which the page's script then redraws at the reader's width and choice of basis, in place. The charts are
// drawn here in jsdom, and put in the built pages after Framework's build (scripts/static-charts.ts).
import {chartIds, figureParts} from "../../docs/components/figures.js";
import type {StoryModel} from "../../src/index.js";
import {STATIC_CHART} from "../static-charts.js";
import type {PageContext} from "./context.js";

// The widths a chart is drawn at for the static page: a desktop column and a phone (the charts switch layout
// below 560 px). CSS shows the one that fits the screen, at the height the live chart will have, so nothing moves
// when the script redraws it at the reader's width.
const STATIC_WIDTHS = {wide: 640, narrow: 360};

// Geometry to a tenth of a pixel, which no screen shows, in a static chart: "M12.3456,78.9012" → "M12.3,78.9".
// The page is lighter, and so quicker for Framework to read and for a browser to load.
const GEOMETRY = new Set(["d", "points", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r"]);
function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")])
    for (const attr of el.attributes)
      if (GEOMETRY.has(attr.name) && /\d\.\d\d/.test(attr.value))
        attr.value = attr.value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

// A chart's static box, left empty in the page Framework reads and filled in dist/ once the build is done
// (scripts/static-charts.ts). While previewing it stays empty for good: the charts are drawn live.
export function staticBox(id: string, ctx: PageContext): Element {
  const box = ctx.document.createElement("div");
  box.className = "chart-static";
  if (!ctx.preview) box.setAttribute(STATIC_CHART, id);
  return box;
}

// Every chart's static drawing, by id, as the inner HTML of its box: drawn once for every page that shows it.
export function staticCharts(model: StoryModel, ctx: PageContext): Record<string, string> {
  return Object.fromEntries(
    chartIds(model).map((id) => {
      const parts = figureParts(model, id, {});
      const box = ctx.document.createElement("div");
      for (const [name, width] of Object.entries(STATIC_WIDTHS)) {
        const chart = parts.draw(width, ctx.document);
        const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
        // "width: 100%; height: 320px": the live chart's box; the drawing keeps its proportions inside it.
        if (svg) svg.setAttribute("style", `width: 100%; height: ${svg.getAttribute("height")}px`);
        roundGeometry(chart);
        chart.classList.add(`chart-${name}`);
        box.append(chart);
      }
      return [id, box.innerHTML.replace(/\n\s*\n/g, "\n")];
    })
  );
}
