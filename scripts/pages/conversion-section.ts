// A converted amount: the sentence, the sweep chart, and how far the bases differ; and every converted amount: the
// largest's sentence and sweep, then the table of them all under the same switch. The page's cells keep them in
// step with the reader's view (docs/components/live-page.ts).
import {conversionTable} from "../../docs/components/figures.js";
import {compareWords, formatMoney, formatRate, rateUnit, sweepId, type StoryModel} from "../../src/index.js";
import {elementHtml, html, joinHtml} from "../../src/story/html.js";
import {conversionSentence, figureOf} from "../../src/story/rows.js";
import {chartSection} from "./chart-section.js";
import type {PageContext} from "./context.js";
import {jsCell} from "./js-cell.js";

export function conversionSection(model: StoryModel, id: string, ctx: PageContext): string {
  const s = conversionSentence(model, id);
  const f = figureOf(model, id);
  const bases = model.fx[f.id] ?? {};
  // (each once: two bases that fall back to the same month say so in the same words)
  const notes = [...new Set(Object.values(bases).map((b) => b!.note))].filter(Boolean);
  const ref = bases.article ?? bases.spot;
  const compare = (() => {
    if (!bases.mean || !ref) return "";
    const [atMean, atRef] = [f.value / bases.mean.rate, f.value / ref.rate];
    return html`<p class="conversion-compare">At the ${bases.mean.label} of ${formatRate(bases.mean.rate)}, ${f.text} was worth ${formatMoney(atMean, "USD")}, ${compareWords(atMean, atRef)} at ${ref.label} (${formatMoney(atRef, "USD")}).</p>`;
  })();
  const constant = s.constant && html`, or <strong>${s.constant}</strong>`;
  const noted = joinHtml(
    notes.map((n) => html`Note: ${n}.`),
    " "
  );
  return [
    html`<p class="conversion-sentence" aria-live="polite" data-sentence="${id}">At <strong>${s.rate}</strong> ${rateUnit(f.unit)}, ${s.label}, ${s.amount} was worth <strong data-value-usd="${s.value_usd}">${s.usd}</strong>${constant}.</p>`,
    jsCell(`liveSentence(model, ${JSON.stringify(id)}, store, invalidation);`),
    chartSection(model, sweepId(id), `./data/tables/charts/${sweepId(id)}.csv`, ctx),
    notes.length ? html`<p class="fx-note">${noted}</p>` : "",
    compare
  ].join("\n");
}

export function conversionsSection(model: StoryModel, ctx: PageContext): string {
  const [featured] = model.conversions;
  if (!featured) return "";
  return [
    conversionSection(model, featured.figure, ctx),
    elementHtml(conversionTable(model, {}, ctx.document)),
    jsCell(`liveConversionTable(model, store, invalidation);`)
  ].join("\n");
}
