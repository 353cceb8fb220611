// Every citation in the prose, the headlines and the charts' words names a figure of the registry, and prints the
// way it asks: words it prints state the figure's value; words marked as not a number hold none that disagrees.
import type {Problem} from "../inputs/errors.js";
import {extractAmounts} from "../amounts/extract-amounts.js";
import {formatFigure} from "../story/figure-text.js";
import {tokenLine} from "../inputs/prose.js";
import {isMoney} from "../inputs/registry.js";
import {citable} from "../inputs/story-config.js";
import {didYouMean} from "../story/story-view.js";
import {scanTokens, type Token} from "../inputs/tokens.js";
import {citationValue} from "./citations.js";
import {PATHS} from "./paths.js";
import type {Project} from "./types.js";

// Whether a position of a text is inside an HTML tag, as in <abbr title="[[id]]">, where a citation cannot print.
const insideTag = (text: string, at: number) => {
  const open = text.lastIndexOf("<", at);
  return open >= 0 && text.lastIndexOf(">", at) < open && /^<\/?[a-z]/i.test(text.slice(open, open + 3));
};

// Every citation in the prose names a figure of the registry that can print the way it asks. `check.ids`: whether
// a citation of an id the registry lacks is a problem (not when it was read in part); `check.values`: whether what
// each citation prints is checked (once the figures themselves are sound). Words marked as not a number are listed
// in `p.looseWords`.
export function checkCitations(p: Project, problems: Problem[], check: {ids: boolean; values: boolean}): void {
  const byId = new Map(p.figures.map((f) => [f.id, f]));
  const restated = new Map(p.mentions.flatMap((m) => m.figure_ids.map((id) => [id, m])));
  const charts = new Set(p.story.charts.map((c) => c.id));
  const converted = new Set(p.story.conversions.map((c) => c.figure));
  for (const [prose, file] of [
    [p.prose, PATHS.prose],
    [p.factCheckProse, PATHS.factCheckProse],
    ...p.pages.map((page) => [page.prose, page.file] as const)
  ] as const) {
    for (const b of prose?.blocks ?? []) {
      if (b.type === "directive") {
        // A chart story.json has a problem with is absent from the config: its directive waits for that fix.
        if (!check.values) continue;
        if (b.name === "chart" && b.arg && !charts.has(b.arg))
          problems.push({file, line: b.line, message: `::: chart ${b.arg}: no chart "${b.arg}" in ${PATHS.story}`});
        if (b.name === "conversion" && b.arg && !converted.has(b.arg))
          problems.push({
            file,
            line: b.line,
            message: `::: conversion ${b.arg}: "${b.arg}" is not among the conversions in ${PATHS.story}`
          });
        continue;
      }
      for (const t of b.tokens) checkToken(t, file, tokenLine(b, t), insideTag(b.text, t.start));
    }
    // The headline too: it is the page's <title> and the card's, printed as words.
    if (prose?.headline.includes("[["))
      for (const t of scanTokens(prose.headline)) {
        if (t.error) problems.push({file, line: prose.headlineLine, message: t.error});
        else checkToken(t, file, prose.headlineLine, false);
      }
  }
  // Charts' titles, labels and notes: their ids are checked with story.json; here, what they print.
  for (const c of check.values ? p.story.charts : [])
    for (const text of citable(c))
      for (const t of scanTokens(text)) if (!t.error && byId.has(t.id)) checkToken(t, PATHS.story, undefined, false);

  function checkToken(t: Token, file: string, line: number | undefined, inTag: boolean): void {
    if (t.error) return;
    const f = byId.get(t.id);
    if (!f) {
      if (check.ids && !restated.has(t.id))
        problems.push({
          file,
          line,
          message: `cites "${t.id}", which is not in ${PATHS.figures}${didYouMean(t.id, byId.keys())}`
        });
      return;
    }
    if (inTag) {
      problems.push({
        file,
        line,
        message: `${t.raw} is inside an HTML tag, where a citation cannot print: cite it in the text`
      });
      return;
    }
    if (!check.values) return;
    const v = citationValue(p, f, t);
    const unit = "value" in v && v.kind === "usd" ? "USD" : f.unit;
    const stated = (words: string) => "value" in v && typeof v.value === "number" && statesValue(words, v.value, unit);
    const is = "value" in v ? `${formatFigure({...f, value: v.value as number, unit})} (${v.value} ${unit})` : "";
    if ("error" in v) problems.push({file, line, message: `${t.raw}: ${v.error}`});
    else if (t.shown !== undefined && t.loose) {
      // Words marked as not a number may hold none that disagrees: "~a handful", never "~US$41 billion".
      if (extractAmounts(t.shown, {sentences: false}).length && !stated(t.shown))
        problems.push({
          file,
          line,
          message: `${t.raw} marks "${t.shown}" as words, but they hold a number, and "${f.id}" is ${is}: print words that state that value`
        });
      else p.looseWords.push({file, line: line ?? 0, id: f.id, words: t.shown});
    } else if (t.shown !== undefined && typeof v.value === "number" && !stated(t.shown))
      problems.push({
        file,
        line,
        message: `${t.raw} prints "${t.shown}", but "${f.id}" is ${is}: print words that state that value, or mark words that are not a number as [[${f.id}|~${t.shown}]]`
      });
  }
}

// Whether words state a value: "seven" for 7; "US$14 billion" or "14 billion dollars" for 14e9 USD.
function statesValue(words: string, value: number, unit: string): boolean {
  const money = isMoney(unit);
  return extractAmounts(words, {sentences: false}).some(
    (q) =>
      Math.abs(q.value - value) <= Math.abs(value) * 1e-9 &&
      (money ? q.kind === "money" && q.unit === unit : q.kind !== "money")
  );
}
