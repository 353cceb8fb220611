// The reader's view of the conversions: the rate-basis choices, the sentence the controls drive
// (components/controls.ts), and the address that keeps them, so a copied link opens on the same view
// (?basis=mean, ?chip_subsidies=custom:100).
import {formatRate} from "../lib/format.js";
import type {StoryModel} from "../lib/model.js";
import {conversionSentence, figureOf, type View} from "../lib/rows.js";
import {rateUnit} from "./figures.js";

export type Kind = "article" | "spot" | "mean" | "custom";

// The radio's choices for an amount: its published bases, labelled with their rates, then the reader's own.
export function basisOptions(model: StoryModel, id: string): Map<string, Kind> {
  const f = figureOf(model, id);
  const bases = model.fx[f.unit] ?? {};
  const names: Record<string, string> = {article: "The article’s own rate", spot: "At publication", mean: "Average"};
  const options = new Map<string, Kind>();
  for (const b of Object.values(bases))
    options.set(`${names[b!.basis]}: ${formatRate(b!.rate)} (${b!.label})`, b!.basis as Kind);
  options.set("A rate of your choosing (slider)", "custom");
  return options;
}

// "?basis=mean&rate=100" applies to every amount; "?chip_subsidies=custom:100" to one. Anything invalid falls back
// to the default, silently.
export function readView(model: StoryModel, search: string): Record<string, {basis: Kind; rate: number}> {
  const params = new URLSearchParams(search);
  const out: Record<string, {basis: Kind; rate: number}> = {};
  for (const c of model.conversions) {
    const available = new Set<string>([...Object.keys(model.fx[c.currency] ?? {}), "custom"]);
    const [own, ownRate] = (params.get(c.figure) ?? "").split(":");
    const wanted = own || params.get("basis") || "";
    const rate = Number(ownRate ?? params.get("rate"));
    const inRange = Number.isFinite(rate) && rate >= c.sweep.min && rate <= c.sweep.max;
    const basis = (available.has(wanted) && (wanted !== "custom" || inRange) ? wanted : model.default_basis) as Kind;
    out[c.figure] = {basis: available.has(basis) ? basis : "custom", rate: inRange ? rate : c.sweep.min};
  }
  return out;
}

// The address after a change of view: one amount → ?basis=…[&rate=…]; several → ?id=basis[:rate] each.
export function writeView(model: StoryModel, view: View): void {
  const params = new URLSearchParams(location.search);
  for (const k of ["basis", "rate", ...model.conversions.map((c) => c.figure)]) params.delete(k);
  const entries = Object.entries(view).filter(([, v]) => v.basis !== (model.default_basis as string));
  if (model.conversions.length === 1) {
    for (const [, v] of entries) {
      params.set("basis", v.basis);
      if (v.basis === "custom" && v.rate) params.set("rate", String(v.rate));
    }
  } else {
    for (const [id, v] of entries) params.set(id, v.basis === "custom" ? `custom:${v.rate}` : v.basis);
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
    "."
  );
}
