// npm run screenshots: the desk's pages and every story's, at 1280 px and 375 px, light and dark, into screenshots/
// (not committed): "index-375-dark.png", "2024-04-14-japan-…-fact-check-1280-light.png".
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {launchBrowser} from "./browser.js";
import {projectRoot} from "./read-project.js";
import {serveStatic} from "./static-server.js";
import {listStories} from "./stories.js";

const pages = [
  "",
  "data",
  ...listStories(projectRoot).flatMap(({slug}) => ["", "fact-check", "methodology", "data"].map((p) => `${slug}/${p}`))
];
const out = join(projectRoot, "screenshots");
mkdirSync(out, {recursive: true});
const server = await serveStatic(join(projectRoot, "dist"));
const browser = await launchBrowser();
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({
        viewport: {width, height: 900},
        colorScheme: scheme,
        deviceScaleFactor: 1
      });
      const page = await context.newPage();
      for (const name of pages) {
        await page.goto(`${server.url}/${name}`, {waitUntil: "networkidle"});
        await page.waitForTimeout(300);
        const file = join(out, `${name.replace(/\/$/, "").replace("/", "-") || "index"}-${width}-${scheme}.png`);
        await page.screenshot({path: file, fullPage: true});
        process.stderr.write(`${file}\n`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
