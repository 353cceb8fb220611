// The social card (og:image): a 1200×630 PNG made at build time from the data: the story's headline above its key
// chart (the first chart of the prose), rasterised by resvg with a font shipped in node_modules, so the picture is
// the same on every machine and needs no system font.
import {createRequire} from "node:module";
import {Resvg} from "@resvg/resvg-js";
import {chartIds, figureParts} from "../docs/components/figures.js";
import type {Project, StoryModel} from "../src/index.js";
import {escapeHtml, staticDocument} from "./pages.js";

export const CARD = {width: 1200, height: 630};

const require = createRequire(import.meta.url);
const FONTS = ["400Regular/Inter_400Regular.ttf", "700Bold/Inter_700Bold.ttf"].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`)
);

// The light theme's colours for the CSS variables the charts use (resvg knows no CSS variables).
const COLORS: Record<string, string> = {
  "--theme-foreground": "#1b1e23",
  "--theme-foreground-focus": "#3b5fc0",
  "--theme-foreground-muted": "#45484d",
  "--theme-foreground-faint": "#8e9093",
  "--theme-foreground-faintest": "#e8e8e9",
  "--theme-background": "#ffffff",
  "--theme-background-alt": "#f5f5f5"
};

// Lines of at most `max` characters, broken between words (Inter averages about 0.55 em a character).
function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// The key chart: the first `::: chart` of the prose, or the story's first chart.
export function keyChart(project: Project, model: StoryModel): string {
  const block = project.prose.blocks.find((b) => b.type === "directive" && b.name === "chart");
  return block && block.type === "directive" ? block.arg : chartIds(model)[0];
}

// The card as SVG text: resvg's input, and what a test can read.
export function cardSvg(project: Project, model: StoryModel): string {
  const {width, height} = CARD;
  const pad = 56;
  let size = 52;
  let lines = wrapWords(model.headline, Math.floor((width - 2 * pad) / (size * 0.55)));
  if (lines.length > 2) {
    size = 40;
    lines = wrapWords(model.headline, Math.floor((width - 2 * pad) / (size * 0.55))).slice(0, 3);
  }
  const m = model.meta;
  const kicker = [m.title && `A data reading of “${m.title}”`, [m.agency, m.outlet].filter(Boolean).join(", ")]
    .filter(Boolean)
    .join(" · ");
  const headTop = pad + 30;
  const chartTop = headTop + 16 + lines.length * size * 1.15;
  const id = keyChart(project, model);
  const parts = figureParts(model, id, {});
  const chartWidth = width - 2 * pad;
  const chart = parts.draw(chartWidth, staticDocument);
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg")!;
  const chartHeight = height - chartTop - pad / 2 - 24;
  for (const [k, v] of Object.entries({x: pad, y: chartTop, width: chartWidth, height: chartHeight}))
    svg.setAttribute(k, String(v));
  svg.setAttribute("font-family", "Inter");
  for (const style of svg.querySelectorAll("style")) style.remove();
  const chartText = svg.outerHTML
    .replace(
      /var\((--[\w-]+)(?:,\s*([^)]+))?\)/g,
      (_, name: string, fallback?: string) => COLORS[name] ?? fallback ?? "#1b1e23"
    )
    .replace(/currentColor/g, COLORS["--theme-foreground"]);
  const text = (s: string, y: number, attrs: string) =>
    `<text x="${pad}" y="${y}" font-family="Inter" ${attrs}>${escapeHtml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="8" fill="${COLORS["--theme-foreground-focus"]}"/>`,
    text(kicker, pad, `font-size="22" fill="${COLORS["--theme-foreground-muted"]}"`),
    ...lines.map((line, i) =>
      text(
        line,
        headTop + size + i * size * 1.15,
        `font-size="${size}" font-weight="700" fill="${COLORS["--theme-foreground"]}"`
      )
    ),
    chartText,
    text(parts.title, height - pad / 2, `font-size="20" fill="${COLORS["--theme-foreground-muted"]}"`),
    `</svg>`
  ].join("\n");
}

export function socialCard(project: Project, model: StoryModel): Uint8Array {
  const resvg = new Resvg(cardSvg(project, model), {
    fitTo: {mode: "width", value: CARD.width},
    font: {fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter"}
  });
  return resvg.render().asPng();
}
