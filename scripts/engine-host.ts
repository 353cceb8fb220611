// Runs one engine (scripts/engine.ts) for the build runner, in a child process, and answers the loaders over
// 127.0.0.1: a loader asks http://127.0.0.1:PORT/<output> and gets the bytes, or a 422 with every problem in the
// inputs.
// - A build's engine makes what Framework needs as soon as it starts, on the second core, while the runner loads
//   Framework's modules on the first; what the runner adds to the built site it makes while Framework builds.
// - A preview's engine makes outputs when asked, and is restarted with the new code when src/ changes.
import {fork, type ChildProcess} from "node:child_process";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {rmSync, rmdirSync} from "node:fs";
import {join} from "node:path";
import {esbuild} from "./esbuild.js";
import type {Reply} from "./engine.js";

export interface EngineHost {
  url: string;
  request(name: string): Promise<Reply>;
  prefetch(names: string[]): void; // make these outputs now, before they are asked for
  restart(): void;
  close(): Promise<void>;
}

// An output the engine could not make: its message is what to print, every problem with its file and line.
export class EngineError extends Error {}

// One output's bytes; bad input → an EngineError whose message is every problem, each with its file and line.
export async function outputOf(engine: EngineHost, name: string): Promise<Buffer> {
  const reply = await engine.request(name);
  if (!reply.ok) throw new EngineError(reply.report ?? `error: ${name}: ${reply.error}\n`);
  return Buffer.from(reply.body!, "base64");
}

// The engine as one plain-JavaScript module, made by esbuild in a few tens of milliseconds: node starts it in a
// fraction of the time tsx takes to load the TypeScript file by file. It lives one folder below the root (which
// scripts/root.ts finds from it), outside every input the runner watches.
const bundlePath = (root: string) => join(root, ".engine", `engine-${process.pid}.mjs`);

async function bundleEngine(root: string): Promise<string> {
  const file = bundlePath(root);
  await esbuild.build({
    entryPoints: [join(root, "scripts", "engine.ts")],
    outfile: file,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "inline",
    logLevel: "silent"
  });
  return file;
}

interface Engine {
  request(name: string): Promise<Reply>;
  prefetch(names: string[]): void;
  restart(): void;
  stop(): void;
}

// The engine in a child process, started now.
function engineProcess(root: string, preview: boolean): Engine {
  let child: ChildProcess | undefined;
  let ready = Promise.resolve();
  let failed: string | undefined; // why the engine cannot answer: its code does not compile, or it stopped
  let next = 0;
  let closed = false; // stopped for good: an engine still being bundled is not started
  const waiting = new Map<number, (reply: Reply) => void>();
  const stopped = (why: string) => {
    failed = why;
    for (const [id, done] of waiting) done({id, ok: false, error: why});
    waiting.clear();
  };
  // Bundled in esbuild's process, so that the runner goes on loading Framework meanwhile.
  const spawnEngine = () => {
    ready = bundleEngine(root).then(
      (entry) => {
        if (closed) return;
        failed = undefined;
        const engine = fork(entry, preview ? ["--serve"] : ["--serve", "--build"], {
          cwd: root,
          execArgv: ["--enable-source-maps"],
          stdio: ["ignore", "inherit", "inherit", "ipc"]
        });
        child = engine;
        return new Promise<void>((resolve) => {
          engine.on("message", (m: Reply & {ready?: boolean}) => {
            if (m.ready) return resolve();
            waiting.get(m.id)?.(m);
            waiting.delete(m.id);
          });
          // A request sent as the engine stopped (EPIPE) is answered by its stopping, not thrown in the runner.
          engine.on("error", (error) => {
            if (child === engine) stopped(`the engine stopped (${error.message})`);
            resolve();
          });
          engine.on("exit", (code) => {
            if (child === engine) stopped(`the engine stopped (exit ${code})`); // not one replaced by a restart
            resolve();
          });
        });
      },
      (error) => {
        // Code being edited that does not compile yet: every request says why, until the next edit.
        child = undefined;
        stopped((error as Error).message);
      }
    );
  };
  spawnEngine();
  const request = async (name: string): Promise<Reply> => {
    // After a restart, wait for the engine that replaced the one first waited for.
    let started: Promise<void>;
    do await (started = ready);
    while (started !== ready);
    const id = next++;
    if (failed || !child) return {id, ok: false, error: failed};
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      child!.send({id, name, preview});
    });
  };
  return {
    request,
    prefetch(names) {
      void ready.then(() => child?.connected && child.send({prefetch: names, preview}));
    },
    restart() {
      const old = child;
      child = undefined;
      old?.kill();
      spawnEngine();
    },
    stop() {
      closed = true;
      child?.kill();
    }
  };
}

export async function startEngineHost({root, preview}: {root: string; preview: boolean}): Promise<EngineHost> {
  const engine = engineProcess(root, preview);
  const server = createServer(async (req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    const reply = await engine.request(name);
    if (reply.ok) {
      res.writeHead(200, {"content-type": "application/octet-stream"}).end(Buffer.from(reply.body!, "base64"));
    } else {
      res.writeHead(reply.report ? 422 : 500, {"content-type": "text/plain; charset=utf-8"});
      res.end(reply.report ?? `error: ${reply.error}\n`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    request: (name) => engine.request(name),
    prefetch: (names) => engine.prefetch(names),
    restart: () => engine.restart(),
    async close() {
      engine.stop();
      rmSync(bundlePath(root), {force: true});
      try {
        rmdirSync(join(root, ".engine"));
      } catch {
        // another runner's engine is there, or the folder is gone already
      }
      await new Promise((resolve) => server.close(resolve));
    }
  };
}
