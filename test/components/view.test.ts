import {describe, expect, it} from "vitest";
import {viewStore} from "../../docs/components/view.js";

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
