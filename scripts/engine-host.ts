// Keeps one engine (scripts/engine.ts) warm for the build runner and answers the loaders over 127.0.0.1: a loader
// asks http://127.0.0.1:PORT/<output> and gets the bytes, or a 422 with every problem in the inputs. When src/
// changes during preview, the engine restarts with the new code.
import {fork, type ChildProcess} from "node:child_process";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {problemReport} from "./project.js";
import type {Problem} from "../src/index.js";

interface Reply {
  id: number;
  ok: boolean;
  body?: string;
  problems?: Problem[];
  error?: string;
}

export interface EngineHost {
  url: string;
  request(name: string): Promise<Reply>;
  prefetch(names: string[]): void; // make these outputs now, before they are asked for
  restart(): void;
  close(): Promise<void>;
}

export async function startEngineHost({root, preview}: {root: string; preview: boolean}): Promise<EngineHost> {
  let child: ChildProcess;
  let ready: Promise<void>;
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  const spawnEngine = () => {
    child = fork(join(root, "scripts", "engine.ts"), ["--serve"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit", "ipc"]
    });
    ready = new Promise((resolve) => {
      child.on("message", (m: Reply & {ready?: boolean}) => {
        if (m.ready) return resolve();
        waiting.get(m.id)?.(m);
        waiting.delete(m.id);
      });
    });
    child.on("exit", (code) => {
      for (const [id, done] of waiting) done({id, ok: false, error: `the engine stopped (exit ${code})`});
      waiting.clear();
    });
  };
  spawnEngine();
  const request = async (name: string): Promise<Reply> => {
    await ready;
    const id = next++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      child.send({id, name, preview});
    });
  };
  const server = createServer(async (req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    const reply = await request(name);
    if (reply.ok) {
      res.writeHead(200, {"content-type": "application/octet-stream"}).end(Buffer.from(reply.body!, "base64"));
    } else {
      res.writeHead(reply.problems ? 422 : 500, {"content-type": "text/plain; charset=utf-8"});
      res.end(reply.problems ? problemReport(reply.problems) : `error: ${reply.error}\n`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    request,
    prefetch(names) {
      void ready.then(() => child.send({prefetch: names, preview}));
    },
    restart() {
      child.kill();
      spawnEngine();
    },
    async close() {
      child.kill();
      await new Promise((resolve) => server.close(resolve));
    }
  };
}
