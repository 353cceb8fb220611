// The social card (og:image): a 1200×630 PNG made at build time from the data: the story's headline above its key
// chart (the first chart of the prose), rasterised by resvg with a font shipped in node_modules, so the picture is
// the same on every machine and needs no system font.
import {createRequire} from "node:module";
import {Resvg} from "@resvg/resvg-js";
import {chartIds, figureParts} from "../docs/components/figures.js";
import type {Project, StoryModel} from "../src/index.js";
import {storyDescription, type PageContext} from "./pages.js";

export const CARD = {width: 1200, height: 630};

const require = createRequire(import.meta.url);
// Inter, then fonts for the glyphs it lacks: Noto Emoji ("🚀") and Noto Sans JP (kana and kanji).
const FONTS = [
  "inter/400Regular/Inter_400Regular.ttf",
  "inter/700Bold/Inter_700Bold.ttf",
  "noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
  "noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  "noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"
].map((f) => require.resolve(`@expo-google-fonts/${f}`));
// resvg picks, glyph by glyph, the first family in the list that has it.
const FAMILIES = "Inter, 'Noto Emoji', 'Noto Sans JP'";

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

// The key chart: the first `::: chart` of the prose, or the story's first chart; none for a story without charts.
export function keyChart(project: Project, model: StoryModel): string | undefined {
  const block = project.prose.blocks.find((b) => b.type === "directive" && b.name === "chart");
  return block && block.type === "directive" ? block.arg : chartIds(model)[0];
}

// The key chart drawn into the card's box, as XML (resvg reads XML: "&nbsp;" from HTML serialisation would not
// parse), its colours written out.
function chartXml(
  model: StoryModel,
  id: string,
  box: {x: number; y: number; width: number; height: number},
  document: Document
) {
  const parts = figureParts(model, id, {});
  const chart = parts.draw(box.width, document);
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg")!;
  for (const [k, v] of Object.entries(box)) svg.setAttribute(k, String(v));
  svg.setAttribute("font-family", FAMILIES);
  for (const style of svg.querySelectorAll("style")) style.remove();
  const xml = new document.defaultView!.XMLSerializer().serializeToString(svg);
  return {
    title: parts.title,
    xml: xml
      .replace(
        /var\((--[\w-]+)(?:,\s*([^)]+))?\)/g,
        (_, name: string, fallback?: string) => COLORS[name] ?? fallback ?? "#1b1e23"
      )
      .replace(/currentColor/g, COLORS["--theme-foreground"])
  };
}

// Text for XML: the five characters that must be escaped, and nothing else ("$" stays "$").
const xmlText = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})[c]!);

// The card as SVG text: resvg's input, and what a test can read.
const pad = 56;
const text = (s: string, y: number, attrs: string) =>
  `<text x="${pad}" y="${y}" font-family="${FAMILIES}" ${attrs}>${xmlText(s)}</text>`;

export function cardSvg(project: Project, model: StoryModel, ctx: PageContext): string {
  const {width, height} = CARD;
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
  const box = {x: pad, y: chartTop, width: width - 2 * pad, height: height - chartTop - pad / 2 - 24};
  let chart: {title: string; xml: string};
  try {
    // A story without charts (no money in the article) has the lead of its prose where the chart would be.
    chart = id
      ? chartXml(model, id, box, ctx.document)
      : {
          title: model.meta.outlet,
          xml: wrapWords(storyDescription(project, model, ctx), 70)
            .slice(0, 6)
            .map((line, i) =>
              text(line, chartTop + 40 + i * 40, `font-size="28" fill="${COLORS["--theme-foreground"]}"`)
            )
            .join("\n")
        };
  } catch (error) {
    throw new Error(`card.png: chart "${id}" of data/story.json could not be drawn: ${(error as Error).message}`, {
      cause: error
    });
  }
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
    chart.xml,
    text(chart.title, height - pad / 2, `font-size="20" fill="${COLORS["--theme-foreground-muted"]}"`),
    `</svg>`
  ].join("\n");
}

export function socialCard(project: Project, model: StoryModel, ctx: PageContext): Uint8Array {
  const resvg = new Resvg(cardSvg(project, model, ctx), {
    fitTo: {mode: "width", value: CARD.width},
    font: {fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter"}
  });
  return resvg.render().asPng();
}
