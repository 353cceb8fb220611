// npm run serve's server: the built site as a CDN would serve it, on a small folder written here.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {brotliDecompressSync, gunzipSync} from "node:zlib";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {decodedPath, serveStatic, type StaticServer} from "../../scripts/static-server.js";

const dir = mkdtempSync(join(tmpdir(), "tech-edge-serve-"));
const PAGE = `<!DOCTYPE html><title>Fact check</title>${"<p>every amount, marked by kind</p>".repeat(40)}`;
const SCRIPT = `export const x = ${JSON.stringify("a".repeat(2000))};`;
let server: StaticServer;

// The response's status, headers and body (as sent, still encoded).
function get(path: string, headers: Record<string, string> = {}, on = server) {
  return new Promise<{status: number; headers: Record<string, unknown>; body: Buffer}>((resolve, reject) => {
    const req = request(`${on.url}${path}`, {headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(dir, "_npm", "d3@7"), {recursive: true});
  writeFileSync(join(dir, "index.html"), PAGE);
  writeFileSync(join(dir, "fact-check.html"), PAGE);
  writeFileSync(join(dir, "_npm", "d3@7", "index.1a2b3c4d.js"), SCRIPT);
  writeFileSync(join(dir, "card.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await serveStatic(dir, 0, {cdn: true});
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, {recursive: true, force: true});
});

describe("the site served as a CDN would", () => {
  it("answers extensionless addresses with their page", async () => {
    const r = await get("/fact-check");
    expect([r.status, r.body.toString()]).toEqual([200, PAGE]);
    expect((await get("/nowhere")).status).toBe(404);
  });

  it("compresses with brotli or gzip as the browser accepts, and not at all otherwise", async () => {
    const br = await get("/", {"accept-encoding": "gzip, deflate, br"});
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 4);
    const gz = await get("/", {"accept-encoding": "gzip"});
    expect([gz.headers["content-encoding"], gunzipSync(gz.body).toString()]).toEqual(["gzip", PAGE]);
    const plain = await get("/");
    expect([plain.headers["content-encoding"], plain.body.toString()]).toEqual([undefined, PAGE]);
  });

  it("lets browsers keep hashed assets for a year, and revalidate pages", async () => {
    expect((await get("/_npm/d3@7/index.1a2b3c4d.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable"
    );
    expect((await get("/fact-check")).headers["cache-control"]).toBe("no-cache");
    expect((await get("/card.png")).headers["cache-control"]).toBe("public, max-age=300");
  });
});

describe("a malformed address", () => {
  // Percent-escapes cut short or not UTF-8: "%E0%A4%A" is two bytes and a half of "ठ".
  const MALFORMED = ["/%E0%A4%A", "/%", "/fact-check%", "/%ZZ", "/%C3%28", "/_npm/%E0%A4%A/index.js", "/a%00b"];

  it("has no path, while a well-formed escape is decoded", () => {
    for (const path of MALFORMED) expect(decodedPath(path), path).toBeUndefined();
    expect(decodedPath("/fact%2Dcheck?x=%E0")).toBe("/fact-check");
    expect(decodedPath("/%E0%A4%A0")).toBe("/\u0920");
  });

  it.each([true, false])("gets 400, and the server goes on serving (cdn: %s)", async (cdn) => {
    const own = await serveStatic(dir, 0, {cdn});
    try {
      for (const path of MALFORMED) {
        const bad = await get(path, {}, own);
        expect([bad.status, bad.body.toString()], path).toEqual([400, "bad request: malformed address"]);
        const good = await get("/fact-check", {}, own);
        expect([good.status, good.body.toString()]).toEqual([200, PAGE]);
      }
    } finally {
      await own.close();
    }
  });
});
