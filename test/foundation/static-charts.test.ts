// The static charts are drawn apart from the pages Framework reads, and put into the built pages after its build.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {storyModel} from "../../src/index.js";
import {chartIds} from "../../docs/components/figures.js";
import {renderPage} from "../../scripts/pages.js";
import {staticDocument} from "../../scripts/pages/context.js";
import {staticCharts} from "../../scripts/pages/static-box.js";
import {fillStaticCharts} from "../../scripts/static-charts.js";
import {project} from "../helpers/project.js";

const model = storyModel(project);
const ctx = {document: staticDocument(), preview: false};
const charts = staticCharts(model, ctx);

describe("the static charts", () => {
  it("are left out of the pages Framework reads: each page holds an empty box naming its chart", () => {
    const page = renderPage(project, model, "/index", ctx);
    expect(page).not.toContain("<svg");
    const boxes = [...page.matchAll(/<div class="chart-static" data-static-chart="([^"]*)"><\/div>/g)].map((m) => m[1]);
    const figures = [...page.matchAll(/<figure class="chart" id="chart-([^"]*)"/g)].map((m) => m[1]);
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes).toEqual(figures);
    const embed = renderPage(project, model, `/embed/${chartIds(model)[0]}`, ctx);
    expect(embed).not.toContain("<svg");
    expect(embed).toContain(`data-static-chart="${chartIds(model)[0]}"`);
  });

  it("stay empty while previewing, where the charts are drawn live", () => {
    const page = renderPage(project, model, "/index", {...ctx, preview: true});
    expect(page).toContain('<div class="chart-static"></div>');
    expect(page).not.toContain("data-static-chart");
  });

  it("are drawn once each, for a desktop column and for a phone", () => {
    expect(Object.keys(charts).sort()).toEqual([...chartIds(model)].sort());
    for (const [id, markup] of Object.entries(charts)) {
      const box = new JSDOM(`<div>${markup}</div>`).window.document.body.firstElementChild!;
      const kinds = [...box.children].map((c) => [...c.classList].filter((k) => /^chart-(wide|narrow)$/.test(k)));
      expect(kinds, id).toEqual([["chart-wide"], ["chart-narrow"]]);
      expect(box.querySelectorAll("svg").length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it("fill every box of a built page with its chart, and leave the rest of the page as it was", () => {
    const [a, b] = chartIds(model);
    const html = `<main><p>$1</p><div class="chart-static" data-static-chart="${a}"></div><p>x</p><div class="chart-static" data-static-chart="${b}"></div></main>`;
    expect(fillStaticCharts(html, {[a]: "<svg>A</svg>", [b]: "<svg>$&B</svg>"}, "index.html")).toBe(
      `<main><p>$1</p><div class="chart-static"><svg>A</svg></div><p>x</p><div class="chart-static"><svg>$&B</svg></div></main>`
    );
    expect(fillStaticCharts("<p>no chart</p>", {}, "data.html")).toBe("<p>no chart</p>");
  });

  it("stop the build at a box whose chart was not drawn, naming the page and the chart", () => {
    const html = `<div class="chart-static" data-static-chart="gone"></div>`;
    expect(() => fillStaticCharts(html, charts, "embed/gone.html")).toThrow(
      'embed/gone.html: no static drawing of chart "gone"'
    );
  });
});
