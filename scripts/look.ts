// A quick look at the built site: console errors per page, and screenshots into /tmp/shots.
import {launchBrowser} from "./browser.js";
import {serveStatic} from "./static-server.js";
import {projectRoot} from "./root.js";
import {join} from "node:path";

const pages = (process.argv[2] ?? "/,/fact-check,/methodology,/data").split(",");
const widths = (process.env.WIDTHS ?? "1280").split(",").map(Number);
const scheme = (process.env.SCHEME ?? "light") as "light" | "dark";
const server = await serveStatic(join(projectRoot, "dist"));
const browser = await launchBrowser();
for (const width of widths) {
  const context = await browser.newContext({
    viewport: {width, height: 900},
    colorScheme: scheme,
    javaScriptEnabled: !process.env.NOJS
  });
  for (const path of pages) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}${path}`, {waitUntil: "networkidle"});
    await page.waitForTimeout(500);
    const name = `${path.replace(/\//g, "_") || "_"}-${width}-${scheme}${process.env.NOJS ? "-nojs" : ""}.png`;
    await page.screenshot({path: `/tmp/shots/${name}`, fullPage: true});
    console.log(path, width, errors.length ? errors.join("\n  ") : "no errors", name);
    await page.close();
  }
  await context.close();
}
await browser.close();
await server.close();
