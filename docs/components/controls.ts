// The story page's controls for a converted amount: the rate-basis radio and the reader's own rate. Only these two
// inputs are imported, so the page loads them alone (scripts/node-bundles.ts), not the whole of Inputs.
import {radio, range} from "@observablehq/inputs";
import type {StoryModel} from "../lib/story/model.js";
import {rateUnit} from "../lib/amounts/currencies.js";
import type {Dollars} from "../lib/charts/chart-type.js";
import type {BasisKind} from "../lib/money/basis.js";
import {basisOptions, sliderRate, type ViewStore} from "./view.js";

// An input that also tells the page's view store of each change, in the event itself (components/view.ts).
function telling<T>(
  input: HTMLElement,
  store: ViewStore | undefined,
  change: (value: T) => Parameters<ViewStore["set"]>[0]
) {
  store?.set(change((input as HTMLElement & {value: T}).value));
  input.addEventListener("input", () => store?.set(change((input as HTMLElement & {value: T}).value)));
  return input;
}

// The one switch of the page: the story's bases, then the reader's own rate; it starts at `value`.
export function basisRadio(model: StoryModel, value: BasisKind, store?: ViewStore): HTMLElement {
  return telling<BasisKind>(radio(basisOptions(model), {label: "Exchange rate", value}), store, (basis) => ({basis}));
}

// The second switch: each sum in the dollars of its own time, or all in the story's constant dollars.
export function dollarsRadio(model: StoryModel, value: Dollars, store?: ViewStore): HTMLElement {
  const options = new Map<string, Dollars>([
    ["Of each sum’s own time", "then"],
    [`In ${model.dollars!.label} (US consumer prices)`, "constant"]
  ]);
  return telling<Dollars>(radio(options, {label: "Dollars", value}), store, (dollars) => ({dollars}));
}

// The slider spans the lead conversion's sweep; it starts at the rate in the address, else at the lead's rate under
// the chosen basis, and while another basis is chosen it shows that basis's rate, ready to be moved from.
export function rateSlider(model: StoryModel, value: number, store?: ViewStore): HTMLElement {
  const c = model.conversions[0];
  const label = `Your rate (${rateUnit(c.currency)})`;
  const input = range([c.sweep.min, c.sweep.max], {label, step: c.sweep.step / 100, value});
  input.querySelector("input[type=range]")?.setAttribute("aria-label", `${label}, slider`);
  store?.subscribe((view) => {
    const rate = view.basis ? sliderRate(model, view.basis) : undefined;
    if (rate === undefined || rate === view.rate) return;
    (input as HTMLElement & {value: number}).value = rate;
    // After every listener has had this change: the reader's own rate starts from the one now shown.
    queueMicrotask(() => store.set({rate}));
  });
  return telling<number>(input, store, (rate) => ({rate}));
}
