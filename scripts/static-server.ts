// A small static file server for dist/ on 127.0.0.1, for screenshots, browser tests and the benchmark.
import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";
import {brotliCompressSync, gzipSync} from "node:zlib";
import {policyHeader} from "./csp.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2"
};

export interface StaticServer {
  url: string; // "http://127.0.0.1:PORT"
  close(): Promise<void>;
}

// Framework names these files by their content's hash: a browser may keep them for good.
const HASHED = /^\/(?:_file|_import|_node|_npm|_observablehq)\//;
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".svg"]);

// What a CDN would send for `path`: a year and immutable for hashed assets, revalidation for pages, five minutes
// for the rest (the card, the data package).
export function cacheControl(path: string, file: string): string {
  if (HASHED.test(path)) return "public, max-age=31536000, immutable";
  return extname(file) === ".html" ? "no-cache" : "public, max-age=300";
}

// The body in the best encoding the request accepts (brotli, then gzip), compressed once and kept by the server.
type Compressed = Map<string, {br: Buffer; gzip: Buffer}>;
function encoded(file: string, accept: string, compressed: Compressed): {body: Buffer; encoding?: "br" | "gzip"} {
  const raw = readFileSync(file);
  if (!COMPRESSIBLE.has(extname(file)) || raw.length < 512) return {body: raw};
  const key = `${file}:${statSync(file).mtimeMs}`;
  let c = compressed.get(key);
  if (!c) compressed.set(key, (c = {br: brotliCompressSync(raw), gzip: gzipSync(raw, {level: 9})}));
  if (/\bbr\b/.test(accept)) return {body: c.br, encoding: "br"};
  if (/\bgzip\b/.test(accept)) return {body: c.gzip, encoding: "gzip"};
  return {body: raw};
}

// The address's path, percent-escapes decoded: "/fact%2Dcheck" → "/fact-check"; undefined when it has a
// malformed escape ("/%E0%A4%A") or a NUL, which no file's name holds.
export function decodedPath(url: string): string | undefined {
  try {
    const path = decodeURIComponent(new URL(url, "http://x").pathname);
    return path.includes("\0") ? undefined : path;
  } catch {
    return undefined;
  }
}

// Serves `dir` the way a static host serves Framework's clean URLs: /data → data.html, / → index.html. With
// {cdn: true}, as a CDN would: compressed (brotli or gzip) and with cache headers.
export async function serveStatic(dir: string, port = 0, {cdn = false} = {}): Promise<StaticServer> {
  const compressed: Compressed = new Map();
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    // "/%E0%A4%A" names no file: a bad request, answered and forgotten, never the server's end.
    const path = decodedPath(req.url ?? "/");
    if (path === undefined) {
      res.writeHead(400, {"content-type": "text/plain"}).end("bad request: malformed address");
      return;
    }
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, "");
    const candidates = [join(dir, safe), join(dir, `${safe}.html`), join(dir, safe, "index.html")];
    const file = candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (!cdn) {
      res.writeHead(200, {"content-type": type, ...policyHeader(file)});
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
      return;
    }
    const {body, encoding} = encoded(file, String(req.headers["accept-encoding"] ?? ""), compressed);
    res.writeHead(200, {
      "content-type": type,
      "content-length": body.length,
      "cache-control": cacheControl(path, file),
      vary: "accept-encoding",
      ...policyHeader(file),
      ...(encoding ? {"content-encoding": encoding} : {})
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  // A request that fails (a file removed while read) is that request's failure: the server goes on serving.
  const server: Server = createServer((req, res) => {
    try {
      answer(req, res);
    } catch {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, {"content-type": "text/plain"}).end("cannot read this file");
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const {port: actual} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
