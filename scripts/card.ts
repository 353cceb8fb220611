// The social card (og:image): a 1200×630 PNG made at build time from the data: the story's headline above its key
// chart (the first chart of the prose), rasterised by resvg with a font shipped in node_modules, so the picture is
// the same on every machine and needs no system font.
import {createRequire} from "node:module";
import {Resvg} from "@resvg/resvg-js";
import * as fontkit from "fontkit";
import {JSDOM} from "jsdom";
import {chartIds, figureParts} from "../docs/components/figures.js";
import type {Project, StoryModel} from "../src/index.js";
import {html} from "../src/story/html.js";
import type {PageContext} from "./pages/context.js";
import {storyDescription} from "./pages/story-description.js";

export const CARD = {width: 1200, height: 630};

const require = createRequire(import.meta.url);
// Inter, then the fonts of the scripts news is written in, for the glyphs Inter lacks: Noto Emoji ("🚀", "💴"),
// Noto Sans JP (kana and kanji), KR (hangul), Arabic, Hebrew, Devanagari and Thai. Each family by its name and
// package, with its weights.
const NOTO = [
  ["Noto Emoji", "noto-emoji", ["400Regular"]],
  ["Noto Sans JP", "noto-sans-jp", ["400Regular", "700Bold"]],
  ["Noto Sans KR", "noto-sans-kr", ["400Regular", "700Bold"]],
  ["Noto Sans Arabic", "noto-sans-arabic", ["400Regular", "700Bold"]],
  ["Noto Sans Hebrew", "noto-sans-hebrew", ["400Regular", "700Bold"]],
  ["Noto Sans Devanagari", "noto-sans-devanagari", ["400Regular", "700Bold"]],
  ["Noto Sans Thai", "noto-sans-thai", ["400Regular", "700Bold"]]
] as const;
const fontFile = (pkg: string, weight: string, name: string) =>
  require.resolve(`@expo-google-fonts/${pkg}/${weight}/${name.replace(/ /g, "")}_${weight}.ttf`);
const FONTS = [
  fontFile("inter", "400Regular", "Inter"),
  fontFile("inter", "700Bold", "Inter"),
  ...NOTO.flatMap(([name, pkg, weights]) => weights.map((w) => fontFile(pkg, w, name)))
];
// resvg picks, glyph by glyph, the first family in the list that has it.
const FAMILIES = ["Inter", ...NOTO.map(([name]) => `'${name}'`)].join(", ");

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

// The card as SVG text: resvg's input, and what a test can read.
const pad = 56;
const text = (s: string, y: number, attrs: string) =>
  `<text x="${pad}" y="${y}" font-family="${FAMILIES}" ${attrs}>${html`${s}`}</text>`;

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
  const resvg = new Resvg(withFallbacks(cardSvg(project, model, ctx)).svg, {
    fitTo: {mode: "width", value: CARD.width},
    font: {fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter"}
  });
  return resvg.render().asPng();
}

// The card's fonts, each with the characters it draws, in the order they are tried: Inter first.
function faces(): {family: string; font: fontkit.Font}[] {
  const regular = FONTS.filter((f) => f.includes("400Regular"));
  return regular.map((f, i) => ({
    family: i ? `'${NOTO[i - 1][0]}'` : "Inter",
    font: fontkit.openSync(f) as fontkit.Font
  }));
}

// The card with each run of text in the first font that draws it, and the characters none draws. resvg 2.6 does
// not fall back from one family of a list to the next, so "Japan 日本" is "Japan " in Inter, then
// `<tspan font-family="'Noto Sans JP'">日本</tspan>`. Spaces, joiners and variation selectors stay in their run.
// A text in a script resvg shapes only whole (right to left, or with reordered marks: Arabic, Hebrew,
// Devanagari, Thai) is one run in that script's font, which draws Latin too: resvg draws nothing of a text whose
// run of such a script sits beside another tspan.
export function withFallbacks(svg: string): {svg: string; undrawable: {char: string; text: string}[]} {
  const fonts = faces();
  const dom = new JSDOM(svg, {contentType: "image/svg+xml"});
  const doc = dom.window.document;
  const undrawable = new Map<string, string>();
  const drawn = (char: string, text: string, face: (typeof fonts)[number] | undefined) => {
    if (!face && !undrawable.has(char)) undrawable.set(char, text);
    return face;
  };
  for (const text of doc.querySelectorAll("text")) {
    const all = text.textContent ?? "";
    const whole = [...all].find((c) => WHOLE.test(c));
    const face = whole && fonts.find((f) => f.font.hasGlyphForCodePoint(whole.codePointAt(0)!));
    if (face) {
      text.setAttribute("font-family", face.family);
      for (const char of all)
        if (!NEUTRAL.test(char))
          drawn(char, all, face.font.hasGlyphForCodePoint(char.codePointAt(0)!) ? face : undefined);
      continue;
    }
    const walker = doc.createTreeWalker(text, dom.window.NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const runs: {family: string; text: string}[] = [];
      for (const char of node.data) {
        // A space is Inter's (Noto Emoji's is wide); a joiner or a variation selector stays with its character.
        const face = /\s/.test(char)
          ? fonts[0]
          : NEUTRAL.test(char)
            ? undefined
            : drawn(
                char,
                all,
                fonts.find((f) => f.font.hasGlyphForCodePoint(char.codePointAt(0)!))
              );
        const family = face?.family ?? runs.at(-1)?.family ?? "Inter";
        if (runs.at(-1)?.family === family) runs.at(-1)!.text += char;
        else runs.push({family, text: char});
      }
      if (runs.every((r) => r.family === "Inter")) continue;
      node.replaceWith(
        ...runs.map((r) => {
          if (r.family === "Inter") return doc.createTextNode(r.text);
          const span = doc.createElementNS("http://www.w3.org/2000/svg", "tspan");
          span.setAttribute("font-family", r.family);
          span.textContent = r.text;
          return span;
        })
      );
    }
  }
  const out = new dom.window.XMLSerializer().serializeToString(doc);
  dom.window.close();
  return {svg: out, undrawable: [...undrawable].map(([char, text]) => ({char, text}))};
}
const NEUTRAL = /^(?:\s|\u200c|\u200d|\ufe0e|\ufe0f)$/u;
const WHOLE = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

// The card's characters it cannot draw, as notes for the build's report, a note for each text that has any:
// 'card.png: cannot draw "𓀀" (U+13000) in "…": it shows as an empty box'.
export function cardNotes(project: Project, model: StoryModel, ctx: PageContext): string[] {
  const byText = new Map<string, string[]>();
  for (const {char, text} of withFallbacks(cardSvg(project, model, ctx)).undrawable)
    byText.set(text, [...(byText.get(text) ?? []), char]);
  return [...byText].map(([text, chars]) => {
    const names = chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`);
    return `card.png: cannot draw ${names.join(", ")} in "${text}": ${chars.length > 1 ? "they show as empty boxes" : "it shows as an empty box"}`;
  });
}
