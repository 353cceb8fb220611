// `npm start`: previews the whole desk at http://127.0.0.1:3000: the home page and the desk's Data page at /, each
// story at /<slug>/. Each story is previewed by a story runner of its own (scripts/framework.ts preview), started
// the first time one of its pages is asked for, in a Framework root of its own (.desk/preview/<slug>/docs, links to
// docs/), so that their caches never mix; this server passes each request, and the live-reload socket, to it. An
// edit in a story's folder reaches that story's open page. `npm start -- --story <slug>` previews one story alone.
//   tsx scripts/desk-preview.ts [--port 3000] [--story <slug>]
import {spawn, type ChildProcess} from "node:child_process";
import {copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync} from "node:fs";
import {createServer, request, type IncomingMessage, type ServerResponse} from "node:http";
import {connect} from "node:net";
import {join, relative} from "node:path";
import {LOADER} from "./freshness.js";
import {decodedPath} from "./static-server.js";
import {projectRoot} from "./root.js";
import {listStories} from "./stories.js";

const log = (message: string) => process.stderr.write(`${message}\n`);
const args = process.argv.slice(2);
const tsx = join(projectRoot, "node_modules", ".bin", "tsx");
const runner = join(projectRoot, "scripts", "framework.ts");

// One story alone: the story runner's own preview, as it was before the desk.
if (args.includes("--story")) {
  const child = spawn(tsx, [runner, "preview", ...args], {cwd: projectRoot, stdio: "inherit"});
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  const at = args.indexOf("--port");
  const port = at < 0 ? 3000 : Number(args[at + 1]);
  await serveDesk(port);
}

interface Preview {
  child: ChildProcess;
  url: Promise<string>; // "http://127.0.0.1:3101"
}

// A Framework root for one preview, "desk" or a slug → ".desk/preview/<name>/docs": docs/ again, its loaders copied
// (the runner touches them when an input changes, and Framework watches them) and every other file a link.
function rootFor(name: string): string {
  const home = join(projectRoot, ".desk", "preview", name);
  rmSync(home, {recursive: true, force: true});
  const mirror = (from: string, to: string) => {
    mkdirSync(to, {recursive: true});
    for (const entry of readdirSync(from, {withFileTypes: true})) {
      if (entry.name === ".observablehq") continue;
      const [source, target] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) mirror(source, target);
      else if (LOADER.test(entry.name)) copyFileSync(source, target);
      else symlinkSync(source, target);
    }
  };
  mirror(join(projectRoot, "docs"), join(home, "docs"));
  // What docs/ reaches above itself: the loaders' "../scripts/loader.js", the stylesheet's "../node_modules/…".
  for (const entry of ["scripts", "node_modules"]) symlinkSync(join(projectRoot, entry), join(home, entry));
  return relative(projectRoot, join(home, "docs"));
}

// The social card is made at publish time, not by Framework: the preview asks the story's engine for it.
function card(slug: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [join(projectRoot, "scripts", "engine.ts"), "card.png"], {
      cwd: projectRoot,
      env: {...process.env, TECH_EDGE_STORY: slug},
      stdio: ["ignore", "pipe", "ignore"]
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
  });
}

async function serveDesk(port: number): Promise<void> {
  const previews = new Map<string, Preview>(); // "" for the desk's own pages, else the story's slug
  let next = port + 100;
  const start = (slug: string): Preview => {
    const found = previews.get(slug);
    if (found) return found;
    const child = spawn(tsx, [runner, "preview", "--port", String(next++), "--no-open"], {
      cwd: projectRoot,
      env: {...process.env, TECH_EDGE_STORY: slug, TECH_EDGE_ROOT: rootFor(slug || "desk"), TECH_EDGE_DESK: "1"},
      stdio: ["ignore", "pipe", "pipe"]
    });
    const url = new Promise<string>((resolve, reject) => {
      let out = "";
      const take = (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) resolve(m[0]);
        // What the story runner says of its inputs (a changed file, a problem) is said here, with its story.
        for (const line of d.toString().split("\n"))
          if (/^(note|error|warning|changed input)/.test(line)) log(`${slug || "desk"}: ${line}`);
      };
      child.stdout!.on("data", take);
      child.stderr!.on("data", take);
      child.on("exit", (code) => {
        previews.delete(slug);
        reject(new Error(`the preview of ${slug || "the desk"} stopped (exit ${code}):\n${out.slice(-2000)}`));
      });
    });
    url.catch(() => {});
    const preview = {child, url};
    previews.set(slug, preview);
    return preview;
  };
  // "/2024-04-14-japan…/fact-check" → the story and the path its preview serves: ["2024-04-14-japan…", "/fact-check"].
  const route = (path: string): [string, string] => {
    const [first, ...rest] = path.slice(1).split("/");
    const slugs = new Set(listStories(projectRoot).map((s) => s.slug));
    return slugs.has(first) ? [first, `/${rest.join("/")}`] : ["", path];
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodedPath(req.url ?? "/");
    if (path === undefined) return void res.writeHead(400).end("malformed address\n");
    const [slug, rest] = route(url.pathname);
    // "/<slug>" → "/<slug>/": the story's pages link to each other relatively.
    if (slug && url.pathname === `/${slug}`) return void res.writeHead(302, {location: `/${slug}/`}).end();
    if (slug && rest === "/card.png")
      return void card(slug).then((png) =>
        png ? res.writeHead(200, {"content-type": "image/png"}).end(png) : res.writeHead(404).end()
      );
    start(slug)
      .url.then((base) => {
        const upstream = request(
          `${base}${rest}${url.search}`,
          {method: req.method, headers: {...req.headers, host: new URL(base).host, "accept-encoding": "identity"}},
          (answer) => {
            const headers = {...answer.headers};
            // The client's live-reload socket is at "/_observablehq": a story's is under its own path.
            const client = slug && /javascript/.test(String(headers["content-type"]));
            if (!client) {
              res.writeHead(answer.statusCode ?? 502, headers);
              return void answer.pipe(res);
            }
            const chunks: Buffer[] = [];
            answer.on("data", (c: Buffer) => chunks.push(c));
            answer.on("end", () => {
              const body = Buffer.concat(chunks)
                .toString()
                .replaceAll(
                  `new URL("/_observablehq", location.href)`,
                  `new URL("/${slug}/_observablehq", location.href)`
                )
                // …and the page it names in its hello is the story's own: "/<slug>/fact-check" → "/fact-check".
                .replaceAll(`path: location.pathname,`, `path: location.pathname.slice(${slug.length + 1}),`);
              delete headers["content-length"];
              delete headers.etag;
              res.writeHead(answer.statusCode ?? 502, headers).end(body);
            });
          }
        );
        upstream.on("error", (error) => res.writeHead(502).end(`${error.message}\n`));
        req.pipe(upstream);
      })
      .catch((error: Error) => res.writeHead(500, {"content-type": "text/plain"}).end(`${error.message}\n`));
  });
  // The live-reload socket: "/<slug>/_observablehq" → that story's preview, "/_observablehq" → the desk's.
  server.on("upgrade", (req: IncomingMessage, socket, head: Buffer) => {
    const [slug, rest] = route(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    start(slug).url.then(
      (base) => {
        const {port: upstreamPort} = new URL(base);
        const upstream = connect(Number(upstreamPort), "127.0.0.1", () => {
          const lines = [`${req.method} ${rest} HTTP/${req.httpVersion}`];
          for (let i = 0; i < req.rawHeaders.length; i += 2)
            lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
          upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
          upstream.write(head);
          upstream.pipe(socket).pipe(upstream);
        });
        upstream.on("error", () => socket.destroy());
        socket.on("error", () => upstream.destroy());
      },
      () => socket.destroy()
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
  process.stdout.write(`previewing the desk at ${url} (each story at ${url}<slug>/; Ctrl-C to stop)\n`);
  start(""); // the home page is the first asked for
  const stop = () => {
    for (const {child} of previews.values()) child.kill();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  if (!existsSync(join(projectRoot, "stories"))) log("note: no stories/ yet: add one with npm run new-story");
}
