// A built page asks for its modules from the end of its body, once parsed, not from its head.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {deferModulePreloads, deferredModules} from "../../scripts/preloads.js";

const PAGE = `<!DOCTYPE html>
<html>
<head>
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<link rel="modulepreload" href="./_observablehq/client.js">
<link rel="modulepreload" href="./_import/components/figures.js">
<script type="module">import {define} from "./_observablehq/client.js";</script>
</head>
<body>
<p>The story.</p>
</body>
</html>
`;

describe("a built page's modules", () => {
  const deferred = deferModulePreloads(PAGE);

  it("leave the head, and are asked for by a script at the end of the body, all at once", () => {
    expect(deferred).not.toContain('modulepreload" href');
    expect(deferred).toContain('<link rel="stylesheet" type="text/css" href="./_import/style.css">');
    expect(deferred).toContain('<script type="module">import {define} from "./_observablehq/client.js";</script>');
    expect(deferredModules(deferred)).toEqual(["./_observablehq/client.js", "./_import/components/figures.js"]);
    expect(deferred.indexOf("<p>The story.</p>")).toBeLessThan(deferred.indexOf("document.head.append"));
  });

  it("are preloaded from the head once the script has run", () => {
    const {document} = new JSDOM(deferred, {runScripts: "dangerously"}).window;
    const links = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute("href"));
    expect(links).toEqual(["./_observablehq/client.js", "./_import/components/figures.js"]);
  });

  it("leave a page without any as it was", () => {
    const plain = PAGE.replace(/\n<link rel="modulepreload"[^>]*>/g, "");
    expect(deferModulePreloads(plain)).toBe(plain);
    expect(deferredModules(plain)).toEqual([]);
  });
});
