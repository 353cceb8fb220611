// `npm start` in Chromium: an edit to data/ reaches the open page without a reload, and bad input shows as one
// panel on the page listing every problem with its file and line, gone once the input is fixed.
import {spawn, type ChildProcess} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser} from "../../scripts/browser.js";
import {copySeedDesk, copySeedProject, projectRoot, removeSite} from "../helpers/site.js";

let root: string;
let child: ChildProcess;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const sentence = () => page.locator("[data-sentence=chip_subsidies]").textContent();
// Waits for the page to show `text` in the sentence, or (`panel`) a problems panel to come or go: for the event
// itself, with no budget of its own (a loaded machine rebuilds slowly), only the test's.
const sentenceShows = (text: string) =>
  page.waitForFunction(
    (text) => document.querySelector("[data-sentence=chip_subsidies]")?.textContent?.includes(text),
    text,
    {timeout: 0, polling: "raf"}
  );
const panels = (n: number) =>
  page.waitForFunction((n) => document.querySelectorAll(".problems-panel").length === n, n, {
    timeout: 0,
    polling: "raf"
  });

beforeAll(async () => {
  root = copySeedProject();
  const port = 3900 + Math.floor(Math.random() * 500);
  child = spawn(
    join(projectRoot, "node_modules", ".bin", "tsx"),
    ["scripts/framework.ts", "preview", "--port", String(port), "--no-open"],
    {
      cwd: root,
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      stdio: ["ignore", "pipe", "pipe"]
    }
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("npm start did not listen in 60 s")), 60_000);
    child.stdout!.on("data", (d: Buffer) => /127\.0\.0\.1:\d+/.test(d.toString()) && (clearTimeout(timer), resolve()));
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`, {waitUntil: "networkidle"});
});
afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
  }
  if (root) removeSite(root);
});

describe("the preview", () => {
  const file = () => join(root, "data", "story.json");

  it("shows an edit to the story's defaults without a reload", async () => {
    expect(await sentence()).toContain("At 153.30 yen per US dollar");
    await page.evaluate(() => ((window as unknown as {marker: number}).marker = 1));
    writeFileSync(
      file(),
      readFileSync(file(), "utf-8").replace('"default_basis": "article"', '"default_basis": "mean"')
    );
    await sentenceShows("At 127.27 yen per US dollar, 2021–23 average");
    expect(await page.evaluate(() => (window as unknown as {marker?: number}).marker)).toBe(1); // not reloaded
  });

  it("lists bad input in one panel on the page, with file and line, and clears it once fixed", async () => {
    const good = readFileSync(file(), "utf-8");
    writeFileSync(file(), good.replace('"figure": "imd_rank"', '"figure": "imd_rnk"'));
    const panel = page.locator(".problems-panel");
    await panels(1);
    expect(await panel.textContent()).toContain(
      'data/story.json:32: chart "rank" cites "imd_rnk", which is not in data/figures.csv'
    );
    writeFileSync(file(), good);
    await panels(0);
    await sentenceShows("At 127.27 yen per US dollar");
    expect(errors).toEqual([]);
  });
});

// `npm start` on a desk: the home page and each story under /<slug>/, each story previewed by its own runner; an
// edit in one story's folder reaches that story's open page, and a problem there names the story's own file.
describe("the desk's preview", () => {
  let desk: string;
  let deskChild: ChildProcess;
  let deskPage: Page;
  const deskErrors: string[] = [];
  const slug = "2024-04-14-japan-seeks-to-reclaim-tech-edge";
  const storyJson = () => join(desk, "stories", slug, "story.json");
  beforeAll(async () => {
    desk = copySeedDesk();
    const port = 4500 + Math.floor(Math.random() * 400);
    deskChild = spawn(
      join(projectRoot, "node_modules", ".bin", "tsx"),
      ["scripts/desk-preview.ts", "--port", String(port)],
      {
        cwd: desk,
        env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
        stdio: ["ignore", "pipe", "pipe"]
      }
    );
    await new Promise<void>((resolve) =>
      deskChild.stdout!.on("data", (d: Buffer) => d.toString().includes("previewing the desk") && resolve())
    );
    deskPage = await browser.newPage();
    deskPage.on("console", (m) => m.type() === "error" && deskErrors.push(m.text()));
    deskPage.on("pageerror", (e) => deskErrors.push(String(e)));
    await deskPage.goto(`http://127.0.0.1:${port}/`, {waitUntil: "networkidle", timeout: 0});
  });
  afterAll(async () => {
    if (deskChild && deskChild.exitCode === null) {
      const exited = new Promise((resolve) => deskChild.once("exit", resolve));
      deskChild.kill();
      await exited;
    }
    if (desk) removeSite(desk);
  });

  it("lists the stories, and shows an edit in a story's folder on its open page without a reload", async () => {
    expect(await deskPage.locator(".desk-story h2").allTextContents()).toEqual([
      "Japan bets billions on a chip comeback — and the weak yen shrinks the bill"
    ]);
    // The story's address, from the home page's link; the page loaded whole, its live-reload socket open.
    const href = await deskPage.locator(".desk-story h2 a").getAttribute("href");
    await deskPage.goto(new URL(href!, deskPage.url()).href, {waitUntil: "networkidle", timeout: 0});
    await deskPage.waitForFunction(
      () => document.querySelector("[data-sentence=chip_subsidies]")?.textContent?.includes("At 153.30 yen"),
      null,
      {timeout: 0, polling: "raf"}
    );
    expect(new URL(deskPage.url()).pathname).toBe(`/${slug}/`);
    await deskPage.evaluate(() => ((window as unknown as {marker: number}).marker = 1));
    writeFileSync(
      storyJson(),
      readFileSync(storyJson(), "utf-8").replace('"default_basis": "article"', '"default_basis": "mean"')
    );
    await deskPage.waitForFunction(
      () => document.querySelector("[data-sentence=chip_subsidies]")?.textContent?.includes("At 127.27 yen"),
      null,
      {timeout: 0, polling: "raf"}
    );
    expect(await deskPage.evaluate(() => (window as unknown as {marker?: number}).marker)).toBe(1);
    const good = readFileSync(storyJson(), "utf-8");
    writeFileSync(storyJson(), good.replace('"figure": "imd_rank"', '"figure": "imd_rnk"'));
    await deskPage.waitForFunction(() => document.querySelectorAll(".problems-panel").length === 1, null, {
      timeout: 0,
      polling: "raf"
    });
    expect(await deskPage.locator(".problems-panel").textContent()).toContain(
      `stories/${slug}/story.json:32: chart "rank" cites "imd_rnk", which is not in stories/${slug}/figures.csv`
    );
    writeFileSync(storyJson(), good);
    await deskPage.waitForFunction(() => document.querySelectorAll(".problems-panel").length === 0, null, {
      timeout: 0,
      polling: "raf"
    });
    expect(deskErrors).toEqual([]);
  });
});
