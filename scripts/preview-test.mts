import {launchBrowser} from "./browser.js";
import {readFileSync, writeFileSync} from "node:fs";
const browser = await launchBrowser();
const page = await browser.newPage();
const errors: string[] = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
await page.goto("http://127.0.0.1:3123/", {waitUntil: "networkidle"});
const sentence = () => page.textContent('[data-sentence="chip_subsidies"]');
console.log("before:", await sentence());
const file = "/work/main/data/story.json";
const original = readFileSync(file, "utf-8");
const t0 = Date.now();
writeFileSync(file, original.replace('"default_basis": "article"', '"default_basis": "mean"'));
await page
  .waitForFunction(
    () => document.querySelector('[data-sentence="chip_subsidies"]')?.textContent?.includes("127.27"),
    null,
    {timeout: 20000}
  )
  .catch(() => console.log("timeout"));
console.log("after", Date.now() - t0, "ms:", await sentence());
// break the input
writeFileSync(file, original.replace('"figure": "imd_rank"', '"figure": "imd_rnk"'));
await page.waitForSelector(".problems-panel", {timeout: 20000}).catch(() => console.log("no panel"));
console.log("panel:", (await page.textContent(".problems-panel").catch(() => ""))?.slice(0, 200));
writeFileSync(file, original);
await page
  .waitForFunction(
    () => !document.querySelector(".problems-panel") && document.querySelector('[data-sentence="chip_subsidies"]'),
    null,
    {timeout: 20000}
  )
  .catch(() => console.log("panel stays"));
console.log("restored:", await sentence());
console.log("errors:", errors);
await browser.close();
