// A chart as a file of its own, made in the browser with no other code: a standalone SVG (fonts declared, colours
// resolved, no CSS variables or classes left) with the chart's title above and its source line below, and the
// same picture as a PNG at twice the size. Also the code that embeds a chart in another site.
import {html} from "../lib/story/html.js";

// The properties a chart's look depends on, copied from the page's computed style onto each element.
const PAINT = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "paint-order"
];
const FONT = ["font-family", "font-size", "font-weight", "font-style", "font-variant-numeric"];
const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;

// Any computed colour as "rgb(r, g, b)" or "rgba(r, g, b, a)", which every SVG reader knows: color-mix() computes
// to "color(srgb 0.30 0.31 0.33)", so the colour is painted on a pixel and read back. "none" stays "none".
// One reader per export, keeping each colour it has read (a chart repeats a few colours many times).
type Rgb = (color: string) => string;
const rgbReader =
  (seen = new Map<string, string>()): Rgb =>
  (color) => {
    if (!color || color === "none" || /^(rgba?\(|#)/.test(color)) return color;
    let out = seen.get(color);
    if (out) return out;
    const context = document.createElement("canvas").getContext("2d", {willReadFrequently: true})!;
    context.canvas.width = context.canvas.height = 1;
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    out = a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`;
    seen.set(color, out);
    return out;
  };

// A CSS colour or variable as the page shows it now: "var(--theme-background)" → "rgb(255, 255, 255)".
function resolvedColor(css: string, within: Element, rgb: Rgb): string {
  const probe = document.createElement("span");
  probe.style.color = css;
  within.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return rgb(color);
}

// Words wrapped into lines no wider than `width` px in the given CSS font: "Sources: …" → ["Sources: …", "…"].
function wrap(text: string, font: string, width: number): string[] {
  const context = document.createElement("canvas").getContext("2d")!;
  context.font = font;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

// A copy of the drawn chart with every element's look written on it, so it no longer needs the page's styles.
function inlineStyles(svg: SVGSVGElement, rgb: Rgb): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((node, i) => {
    const target = copies[i];
    if (node.tagName.toLowerCase() === "style") return;
    const style = getComputedStyle(node);
    const isText = ["text", "tspan"].includes(node.tagName.toLowerCase()) || node === svg;
    for (const name of [...PAINT, ...(isText ? FONT : [])]) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, name === "fill" || name === "stroke" ? rgb(value) : value);
    }
    target.removeAttribute("class");
    target.removeAttribute("style");
  });
  for (const style of copy.querySelectorAll("style")) style.remove();
  return copy;
}

export interface ImageParts {
  title: string;
  source: string;
  legend?: string;
}

// The chart as a standalone SVG document: title, optional key, the chart, the source line, on the page's background.
export function standaloneSvg(
  svg: SVGSVGElement,
  {title, source, legend}: ImageParts
): {text: string; width: number; height: number} {
  const width = Math.round(svg.getBoundingClientRect().width) || Number(svg.getAttribute("width"));
  const chartHeight = Math.round(svg.getBoundingClientRect().height) || Number(svg.getAttribute("height"));
  const style = getComputedStyle(svg);
  const family = style.fontFamily || "system-ui, sans-serif";
  const rgb = rgbReader();
  const within = svg.parentElement ?? document.body;
  const background = resolvedColor("var(--theme-background, white)", within, rgb);
  const foreground = resolvedColor("var(--theme-foreground, black)", within, rgb);
  const muted = resolvedColor("var(--theme-foreground-muted, #555)", within, rgb);
  const titleLines = wrap(title, `bold 16px ${family}`, width - 2 * PAD);
  const legendLines = legend ? wrap(legend, `12px ${family}`, width - 2 * PAD) : [];
  const sourceLines = wrap(source, `11px ${family}`, width - 2 * PAD);
  const top = PAD + titleLines.length * 20 + legendLines.length * 16 + 8;
  const height = top + chartHeight + 8 + sourceLines.length * 14 + PAD;
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  for (const [k, v] of Object.entries({width, height, viewBox: `0 0 ${width} ${height}`, "font-family": family}))
    out.setAttribute(k, String(v));
  const text = (lines: string[], y: number, step: number, attrs: Record<string, string>) => {
    lines.forEach((line, i) => {
      const t = document.createElementNS(SVG_NS, "text");
      for (const [k, v] of Object.entries({x: String(PAD), y: String(y + i * step), "font-family": family, ...attrs}))
        t.setAttribute(k, v);
      t.textContent = line;
      out.append(t);
    });
  };
  const rect = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({width, height, fill: background})) rect.setAttribute(k, String(v));
  out.append(rect);
  const titleElement = document.createElementNS(SVG_NS, "title");
  titleElement.textContent = title;
  out.append(titleElement);
  text(titleLines, PAD + 14, 20, {"font-size": "16px", "font-weight": "bold", fill: foreground});
  text(legendLines, PAD + titleLines.length * 20 + 12, 16, {"font-size": "12px", fill: muted});
  const chart = inlineStyles(svg, rgb);
  for (const [k, v] of Object.entries({x: 0, y: top, width, height: chartHeight})) chart.setAttribute(k, String(v));
  out.append(chart);
  text(sourceLines, top + chartHeight + 8 + 11, 14, {"font-size": "11px", fill: muted});
  const xml = new XMLSerializer().serializeToString(out);
  return {text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height};
}

// The standalone SVG drawn on a canvas at `scale` times its size: a PNG blob.
export async function pngBlob(svg: {text: string; width: number; height: number}, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = svg.width * scale;
  canvas.height = svg.height * scale;
  const context = canvas.getContext("2d")!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png")
  );
}

// Saves a blob under a file name, as a download.
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// What the embedding page pastes: the iframe, and a few lines of our own that set its height from the messages the
// embed page sends (docs/components/embed.ts), only for messages from that iframe.
export function embedSnippet(src: string, title: string, height: number): string {
  const iframe = html`<iframe src="${src}" title="${title}" width="100%" height="${Math.round(height)}" style="border: 0; width: 100%;" loading="lazy" data-tech-edge-embed></iframe>`;
  return `${iframe}
<script>
addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "tech-edge:height") return;
  document.querySelectorAll("iframe[data-tech-edge-embed]").forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
  });
});
</script>`;
}

// A chart's legend as a sentence for the exported image.
export function legendText(parts: {legend?: {reported: string; derived: string}}): string | undefined {
  return parts.legend && `Solid bars: ${parts.legend.reported}. Dashed bars: ${parts.legend.derived}.`;
}
