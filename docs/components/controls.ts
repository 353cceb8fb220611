// The story page's controls for a converted amount: the rate-basis radio and the reader's own rate. Only these two
// inputs are imported, so the page loads them alone (scripts/node-bundles.ts), not the whole of Inputs.
import {radio, range} from "@observablehq/inputs";
import type {StoryModel} from "../lib/model.js";
import {rateUnit} from "./figures.js";
import type {Dollars} from "../lib/rows.js";
import {basisOptions, type Kind} from "./view.js";

// The one switch of the page: the story's bases, then the reader's own rate; it starts at `value`.
export function basisRadio(model: StoryModel, value: Kind): HTMLElement {
  return radio(basisOptions(model), {label: "Exchange rate", value});
}

// The second switch: each sum in the dollars of its own time, or all in the story's constant dollars.
export function dollarsRadio(model: StoryModel, value: Dollars): HTMLElement {
  const options = new Map<string, Dollars>([
    ["Of each sum’s own time", "then"],
    [`In ${model.dollars!.label} (US consumer prices)`, "constant"]
  ]);
  return radio(options, {label: "Dollars", value});
}

// The slider spans the first conversion's sweep; it starts at the rate in the address or at the sweep's lowest.
export function rateSlider(model: StoryModel, value: number): HTMLElement {
  const c = model.conversions[0];
  const label = `Your rate (${rateUnit(c.currency)})`;
  const input = range([c.sweep.min, c.sweep.max], {label, step: c.sweep.step / 100, value});
  input.querySelector("input[type=range]")?.setAttribute("aria-label", `${label}, slider`);
  return input;
}
