// A local stand-in for FRED and the World Bank API: it answers npm run update-reference with the responses in
// test/fixtures/reference-server (fred/<series>.csv, world-bank/<indicator>-<page>.json), in the publishers'
// formats. `replace` swaps one response's body ("EXJPUS" → an HTML error page), for the tests of bad responses.
import {createServer} from "node:http";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {AddressInfo} from "node:net";
import {projectRoot} from "../../scripts/root.js";

export const RESPONSES = join(projectRoot, "test", "fixtures", "reference-server");

export interface ReferenceServer {
  env: {FRED_URL: string; WORLD_BANK_URL: string};
  requests: string[];
  close: () => Promise<void>;
}

export async function referenceServer(replace: Record<string, string> = {}): Promise<ReferenceServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(`${url.pathname}${url.search}`);
    let name: string | undefined;
    let file: string | undefined;
    if (url.pathname === "/fred/graph/fredgraph.csv") {
      name = url.searchParams.get("id") ?? "";
      file = join(RESPONSES, "fred", `${name}.csv`);
    } else {
      const m = /^\/wb\/v2\/country\/all\/indicator\/([A-Z.]+)$/.exec(url.pathname);
      if (m) {
        name = m[1];
        file = join(RESPONSES, "world-bank", `${m[1]}-${url.searchParams.get("page") ?? "1"}.json`);
      }
    }
    const body =
      name !== undefined && name in replace ? replace[name] : file && existsSync(file) ? readFileSync(file) : undefined;
    if (body === undefined) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": file?.endsWith(".json") ? "application/json" : "text/csv"}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    env: {FRED_URL: `${base}/fred/graph/fredgraph.csv`, WORLD_BANK_URL: `${base}/wb/v2`},
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
