// The social card takes any text the pages take: a non-breaking space, "<", "&" and emoji in a chart's title and
// labels, and a story with no chart at all.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {storyModel} from "../../src/index.js";
import {cardNotes, cardSvg, socialCard, withFallbacks} from "../../scripts/card.js";
import {staticDocument} from "../../scripts/pages/context.js";
import {build, files, withFiles} from "../helpers/project.js";

const ctx = {document: staticDocument(), preview: false};
const TITLE = "Who bets\u00a0on <Japan> & why 🚀";
const LABEL = "AWS\u00a0& co: <cloud> 🇯🇵";

type StoryJson = {charts: {id: string; title: string; bars?: {label: string}[]}[]; conversions: unknown[]};
function story(edit: (s: StoryJson) => void, prose = files.prose) {
  const json = JSON.parse(files.story!);
  edit(json);
  const project = build(withFiles({story: JSON.stringify(json, null, 2), prose}));
  return {project, model: storyModel(project)};
}

// The PNG's width and height, from its IHDR chunk.
const size = (png: Uint8Array) => {
  const b = Buffer.from(png);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe("the social card", () => {
  it("is well-formed XML with the title and labels as written, and renders to a 1200×630 PNG", () => {
    const {project, model} = story((s) => {
      s.charts[0].title = TITLE;
      s.charts[0].bars![0].label = LABEL;
    });
    const svg = cardSvg(project, model, ctx);
    const doc = new JSDOM(svg, {contentType: "image/svg+xml"}).window.document;
    expect(doc.querySelector("parsererror")).toBeNull();
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(texts).toContain(TITLE);
    expect(texts.some((t) => t.includes(LABEL))).toBe(true);
    expect(size(socialCard(project, model, ctx))).toEqual([1200, 630]);
  });

  it("has the lead of the prose where a story without charts has its chart", () => {
    const {project, model} = story(
      (s) => Object.assign(s, {charts: []}),
      "# A story without charts\n\nAmerican tech giants are pouring money into Japan: [[aws_cloud]] from AWS.\n"
    );
    const svg = cardSvg(project, model, ctx);
    expect(new JSDOM(svg, {contentType: "image/svg+xml"}).window.document.querySelector("parsererror")).toBeNull();
    // Wrapped to the card's width, a line to a <text>.
    const texts = [...new JSDOM(svg, {contentType: "image/svg+xml"}).window.document.querySelectorAll("text")];
    expect(texts.map((t) => t.textContent).join(" ")).toContain(
      "American tech giants are pouring money into Japan: US$14 billion from AWS."
    );
    expect(size(socialCard(project, model, ctx))).toEqual([1200, 630]);
  });

  // The headline's <text> after the fallbacks: its own family, and each tspan's family with its text.
  const headline = (prose: string) => {
    const {project, model} = story(() => {}, prose);
    const svg = withFallbacks(cardSvg(project, model, ctx)).svg;
    const text = [...new JSDOM(svg, {contentType: "image/svg+xml"}).window.document.querySelectorAll("text")].find(
      (t) => t.getAttribute("font-weight") === "700"
    )!;
    const spans = [...text.querySelectorAll("tspan")].map((t) => [t.getAttribute("font-family"), t.textContent]);
    return {family: text.getAttribute("font-family"), spans, notes: cardNotes(project, model, ctx), project, model};
  };
  const withHeadline = (h: string) => files.prose!.replace(/^# .*$/m, `# ${h}`);

  it("draws kana, kanji, hangul and emoji each in a font that has them, and notes nothing", () => {
    const {spans, notes, project, model} = headline(withHeadline("Japan bets 🚀 on chips: 日本 한국"));
    expect(spans).toEqual([
      ["'Noto Emoji'", "🚀"],
      ["'Noto Sans JP'", "日本"],
      ["'Noto Sans KR'", "한국"]
    ]);
    expect(notes).toEqual([]);
    expect(size(socialCard(project, model, ctx))).toEqual([1200, 630]);
  });

  it("draws an Arabic headline whole in Noto Sans Arabic, Latin and digits included", () => {
    const {family, spans, notes} = headline(withHeadline("اليابان تراهن على الرقائق: 3.9 trillion yen"));
    expect(family).toBe("'Noto Sans Arabic'");
    expect(spans).toEqual([]);
    expect(notes).toEqual([]);
  });

  it("names each character no font of the card draws, with the text it is in", () => {
    const {notes} = headline(withHeadline("Japan bets on 𓀀 chips"));
    expect(notes).toEqual(['card.png: cannot draw "𓀀" (U+13000) in "Japan bets on 𓀀 chips": it shows as an empty box']);
  });
});
