// The reader's view of the conversions: the rate-basis choices, the sentence the controls drive
// (components/controls.ts), and the address that keeps them, so a copied link opens on the same view
// (?basis=mean, ?chip_subsidies=custom:100).
import {BASIS_KINDS, type BasisKind, type PublishedBasis} from "../lib/money/basis.js";
import {formatRate} from "../lib/story/format.js";
import type {StoryModel} from "../lib/story/model.js";
import type {Dollars, View} from "../lib/charts/chart-type.js";
import {rateUnit} from "../lib/amounts/currencies.js";
import {conversionSentence, figureOf} from "../lib/story/rows.js";

// The one switch's choices: the bases the story's conversions have, then the reader's own rate. With one
// conversion each is labelled with its rate: "Average: 127.27 (2021–23 average)".
export function basisOptions(model: StoryModel): Map<string, BasisKind> {
  const names: Record<PublishedBasis, string> = {
    article: "The article’s own rate",
    spot: "At publication",
    mean: "Average"
  };
  const several: Record<PublishedBasis, string> = {
    article: "The article’s own rates",
    spot: "The rates at publication",
    mean: "The average rate of each amount’s own time"
  };
  const options = new Map<string, BasisKind>();
  const kinds = available(model);
  const only = model.conversions.length === 1 ? model.fx[model.conversions[0].figure] : undefined;
  for (const kind of BASIS_KINDS) {
    if (!kinds.has(kind)) continue;
    const b = only?.[kind];
    // "Average: 127.27 (2021–23 average)"; a label that repeats the option's name is said once.
    const label = b && b.label.toLowerCase() !== names[kind].toLowerCase() ? ` (${b.label})` : "";
    options.set(b ? `${names[kind]}: ${formatRate(b.rate)}${label}` : several[kind], kind);
  }
  const c = model.conversions[0];
  if (c)
    options.set(
      model.conversions.length === 1
        ? "A rate of your choosing (slider)"
        : `A ${rateUnit(c.currency)} rate of your choosing (slider)`,
      "custom"
    );
  return options;
}

// The bases some conversion of the story has.
const available = (model: StoryModel) =>
  new Set<string>(model.conversions.flatMap((c) => Object.keys(model.fx[c.figure] ?? {})));

// The lead's rate under a basis as the slider holds it, on the slider's step: 153.3019 → 153.3.
export function sliderRate(model: StoryModel, basis: BasisKind): number | undefined {
  const c = model.conversions[0];
  const rate = c && basis !== "custom" ? model.fx[c.figure]?.[basis]?.rate : undefined;
  if (rate === undefined) return undefined;
  const step = c.sweep.step / 100;
  return Number((Math.round(rate / step) * step).toPrecision(12));
}

// "?basis=mean" or "?basis=custom&rate=100": one choice for every amount. Anything invalid falls back to the
// default, silently.
export function readView(model: StoryModel, search: string): {basis: BasisKind; rate: number; dollars: Dollars} {
  const params = new URLSearchParams(search);
  const c = model.conversions[0];
  const kinds = available(model);
  const wanted = params.get("basis") ?? "";
  const rate = Number(params.get("rate"));
  const inRange = c !== undefined && Number.isFinite(rate) && rate >= c.sweep.min && rate <= c.sweep.max;
  const basis = (kinds.has(wanted) || (wanted === "custom" && inRange) ? wanted : model.default_basis) as BasisKind;
  // "?dollars=constant": every sum in the story's constant dollars, when it has them.
  const dollars: Dollars = model.dollars && params.get("dollars") === "constant" ? "constant" : "then";
  const chosen = kinds.has(basis) || !c ? basis : "custom";
  // Without a rate of the reader's own, the slider starts at the lead's rate under the chosen basis.
  const own = c && chosen !== "custom" ? sliderRate(model, chosen) : undefined;
  return {basis: chosen, rate: inRange ? rate : (own ?? c?.sweep.min ?? 0), dollars};
}

// The address after a change of view: ?basis=…[&rate=…][&dollars=constant], nothing for the default.
export function writeView(model: StoryModel, view: View): void {
  const params = new URLSearchParams(location.search);
  for (const k of ["basis", "rate", "dollars"]) params.delete(k);
  if (view.dollars === "constant") params.set("dollars", "constant");
  if (view.basis && view.basis !== (model.default_basis as string)) {
    params.set("basis", view.basis);
    if (view.basis === "custom" && view.rate) params.set("rate", String(view.rate));
  }
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

// The sentence under the switch, as the static page prints it: "At 127.27 yen per US dollar, …".
export function updateSentence(model: StoryModel, id: string, view: View): void {
  const p = document.querySelector(`[data-sentence="${id}"]`);
  if (!p) return;
  const s = conversionSentence(model, id, view);
  const strong = (text: string) => Object.assign(document.createElement("strong"), {textContent: text});
  const usd = strong(s.usd);
  usd.dataset.valueUsd = String(s.value_usd);
  p.replaceChildren(
    "At ",
    strong(s.rate),
    ` ${rateUnit(figureOf(model, id).unit)}, ${s.label}, ${s.amount} was worth `,
    usd,
    ...(s.constant ? [", or ", strong(s.constant)] : []),
    "."
  );
}

// The reader's view for one page, told to the charts that follow it in the same event as the reader's input: a
// chart is redrawn before the browser paints its next frame, not a frame later by the page's reactive cells.
export interface ViewStore {
  get(): View;
  set(change: View): void;
  subscribe(listener: (view: View) => void): () => void; // returns the unsubscribe
}

export function viewStore(initial: View): ViewStore {
  let view = {...initial};
  const listeners = new Set<(view: View) => void>();
  return {
    get: () => view,
    set(change) {
      const next = {...view, ...change};
      if ((Object.keys(next) as (keyof View)[]).every((k) => next[k] === view[k])) return;
      view = next;
      for (const listener of listeners) listener(view);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}
