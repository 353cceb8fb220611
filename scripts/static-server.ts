// A small static file server for dist/ on 127.0.0.1, for screenshots, browser tests and the benchmark.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";

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

// Serves `dir` the way a static host serves Framework's clean URLs: /data → data.html, / → index.html.
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, "");
    const candidates = [join(dir, safe), join(dir, `${safe}.html`), join(dir, safe, "index.html")];
    const file = candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const {port: actual} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
