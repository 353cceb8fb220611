import {describe, expect, it} from "vitest";
import {viewStore} from "../../docs/components/view.js";
import {storyModel} from "../../src/index.js";
import {project} from "../helpers/project.js";

describe("the page's view store", () => {
  it("tells every listener of a change at once, in the same call, and of nothing that changes nothing", () => {
    const store = viewStore({basis: "article"});
    const seen: string[] = [];
    const stop = store.subscribe((v) => seen.push(`${v.basis}:${v.rate ?? ""}`));
    store.set({basis: "mean"});
    expect(seen).toEqual(["mean:"]); // synchronously: before set() returns
    store.set({basis: "mean"});
    expect(seen).toEqual(["mean:"]);
    store.set({rate: 140});
    expect(store.get()).toEqual({basis: "mean", rate: 140});
    stop();
    store.set({basis: "spot"});
    expect(seen).toEqual(["mean:", "mean:140"]);
  });
});

describe("the rate switch", () => {
  it("names each basis once, with its rate: no label that repeats the option's name", async () => {
    const {basisOptions} = await import("../../docs/components/view.js");
    const model = storyModel(project);
    const labels = [...basisOptions(model).keys()];
    // The seed's one conversion, ¥3.9 trillion for US$25.44 billion: 3.9e12 / 25.44e9 = 153.30 yen a dollar.
    expect(labels[0]).toBe(`The article’s own rate: ${(3.9e12 / 25.44e9).toFixed(2)}`);
    for (const label of labels) expect(label.toLowerCase().split("the article’s own rate").length).toBeLessThan(3);
  });

  it("starts the reader's own rate at the lead's rate under the chosen basis, not the slider's end", async () => {
    const {readView} = await import("../../docs/components/view.js");
    const model = storyModel(project);
    const lead = model.conversions[0].figure;
    // On the slider's step (a hundredth of the sweep's): 153.3019 → 153.3, so the slider does not move it at load.
    const step = model.conversions[0].sweep.step / 100;
    expect(step).toBe(0.01);
    expect(readView(model, "").rate).toBe(153.3);
    expect(readView(model, "?basis=mean").rate).toBeCloseTo(model.fx[lead].mean!.rate, 2);
    expect(Math.abs(readView(model, "?basis=mean").rate - model.fx[lead].mean!.rate)).toBeLessThanOrEqual(step / 2);
    expect(readView(model, "?basis=custom&rate=140").rate).toBe(140);
  });
});
