import {describe, expect, it} from "vitest";
import {installOfflineNpm, parseCdnSpecifier, parseLockKey, readLockfile} from "../../scripts/offline-npm.js";
import {projectRoot} from "../helpers/site.js";

describe("offline npm", () => {
  it("parses lockfile keys and CDN specifiers", () => {
    expect(parseLockKey("node_modules/a/node_modules/@s/b")).toEqual({name: "@s/b", base: "node_modules/a"});
    expect(parseLockKey("node_modules/d3")).toEqual({name: "d3", base: ""});
    expect(parseCdnSpecifier("@observablehq/plot@0.6.17/+esm")).toEqual({
      name: "@observablehq/plot",
      version: "0.6.17",
      path: "+esm"
    });
    expect(parseCdnSpecifier("d3-dsv@3.0.1/dist/d3-dsv.js")).toEqual({
      name: "d3-dsv",
      version: "3.0.1",
      path: "dist/d3-dsv.js"
    });
  });

  it("answers from node_modules and refuses every other host", async () => {
    const original = globalThis.fetch;
    try {
      installOfflineNpm({projectRoot, frameworkRoot: "/tmp/tech-edge-offline-test"});
      const registry = (await (await fetch("https://registry.npmjs.org/d3-dsv")).json()) as {versions: object};
      const version = Object.keys(registry.versions)[0];
      expect(version).toBe(
        readLockfile(projectRoot).find((p) => p.name === "d3-dsv" && p.base === projectRoot)!.version
      );
      const esm = await (await fetch(`https://cdn.jsdelivr.net/npm/d3-dsv@${version}/+esm`)).text();
      expect(esm).toMatch(/export\s*\{/);
      await expect(fetch("https://example.com/")).rejects.toThrow(/refusing to fetch https:\/\/example.com\//);
      await expect(fetch("https://fonts.googleapis.com/css2")).rejects.toThrow(/refusing/);
    } finally {
      globalThis.fetch = original;
    }
  });
});
