// Serves Framework's npm: imports from node_modules instead of the CDN, pinned by package-lock.json.
//
// Framework resolves `npm:NAME` by asking the npm registry for versions and then fetching
// `https://cdn.jsdelivr.net/npm/NAME@VERSION/+esm`; it keeps the answer in
// `<root>/.observablehq/cache/_npm/NAME@VERSION/_esm.js` and never fetches what is already there.
// `installOfflineNpm` replaces `fetch` in Framework's process: registry questions are answered from
// the lockfile, `+esm` bundles are made from the installed package with esbuild (its own imports kept
// external as `/npm/DEP@VERSION/+esm`, exactly as the CDN does), other files are read from disk, and
// any other URL is refused. So the set of vendored modules is whatever the pages actually use.
import {existsSync, mkdirSync, readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import type {BuildOptions, Plugin} from "esbuild";
import {esbuild} from "./esbuild.js";
import {cacheDir} from "./root.js";

const {build} = esbuild;

export class OfflineNpmError extends Error {}

export const NOT_INSTALLED = "0.0.0-not-installed";

interface LockEntry {
  version?: string;
}

export interface Installed {
  name: string;
  version: string;
  dir: string; // absolute path of the installed package
  base: string; // the directory whose node_modules holds it
}

// "node_modules/a/node_modules/@s/b" → {name: "@s/b", base: "node_modules/a"}
export function parseLockKey(key: string): {name: string; base: string} | undefined {
  const i = key.lastIndexOf("node_modules/");
  if (i < 0) return;
  return {name: key.slice(i + "node_modules/".length), base: key.slice(0, Math.max(0, i - 1))};
}

export function readLockfile(projectRoot: string): Installed[] {
  const lockPath = join(projectRoot, "package-lock.json");
  const lock = JSON.parse(readFileSync(lockPath, "utf-8")) as {packages?: Record<string, LockEntry>};
  const out: Installed[] = [];
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    const parsed = parseLockKey(key);
    if (!parsed || !entry.version) continue;
    out.push({
      ...parsed,
      version: entry.version,
      dir: resolve(projectRoot, key),
      base: resolve(projectRoot, parsed.base)
    });
  }
  return out;
}

// "@observablehq/plot@0.6.17/+esm" → {name: "@observablehq/plot", version: "0.6.17", path: "+esm"}
export function parseCdnSpecifier(spec: string): {name: string; version?: string; path: string} {
  const parts = spec.split("/");
  const namever = spec.startsWith("@") ? `${parts.shift()}/${parts.shift()}` : parts.shift()!;
  const at = namever.indexOf("@", 1);
  return {
    name: at > 0 ? namever.slice(0, at) : namever,
    version: at > 0 ? namever.slice(at + 1) : undefined,
    path: parts.join("/")
  };
}

function bareName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

// Walks up from `fromDir` the way Node does to find the installed copy of `name`.
function findInstalled(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return dirname(candidate);
    if (dirname(dir) === dir) return;
  }
}

function externalDependencies(self: string): Plugin {
  return {
    name: "external-npm-dependencies",
    setup(b) {
      b.onResolve({filter: /^[^./]/}, (args) => {
        if (args.kind === "entry-point") return;
        const name = bareName(args.path);
        if (name === self || args.path.startsWith("node:")) return;
        const dir = findInstalled(name, args.resolveDir);
        if (!dir) return {errors: [{text: `${self} imports ${name}, which is not installed`}]};
        const {version} = JSON.parse(readFileSync(join(dir, "package.json"), "utf-8")) as {version: string};
        const sub = args.path.slice(name.length).replace(/^\//, "");
        return {path: `/npm/${name}@${version}/${sub ? `${sub}/` : ""}+esm`, external: true};
      });
    }
  };
}

// Bundles one installed package (or a subpath of it) as the CDN's `+esm` would.
// How a package is bundled for the pages, as the CDN would serve it: one minified ES module for browsers.
export const BROWSER_ESM: BuildOptions = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  mainFields: ["module", "browser", "main"],
  conditions: ["import", "module", "browser", "default"],
  define: {"process.env.NODE_ENV": '"production"'},
  minify: true,
  legalComments: "none"
};

export async function bundleEsm(pkg: Installed, subpath = ""): Promise<{code: string; dependencies: string[]}> {
  const result = await build({
    entryPoints: [subpath ? `${pkg.name}/${subpath}` : pkg.name],
    absWorkingDir: pkg.base,
    nodePaths: [join(pkg.base, "node_modules")],
    ...BROWSER_ESM,
    write: false,
    logLevel: "silent",
    plugins: [externalDependencies(pkg.name)],
    metafile: true
  });
  const code = result.outputFiles[0].text;
  const dependencies = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && i.path.startsWith("/npm/"))
    .map((i) => i.path);
  return {code, dependencies};
}

export interface OfflineNpmOptions {
  projectRoot: string;
  frameworkRoot: string; // the `root` of observablehq.config.ts
  log?: (message: string) => void;
}

export function installOfflineNpm({projectRoot, frameworkRoot, log = () => {}}: OfflineNpmOptions): void {
  const installed = readLockfile(projectRoot);
  const topLevel = (name: string) => installed.find((p) => p.name === name && p.base === projectRoot);
  const npmDir = join(cacheDir(frameworkRoot), "_npm");
  const notInstalled = (name: string) =>
    new OfflineNpmError(
      `npm:${name} is imported by a page but is not in package-lock.json. Add it with: npm install ${name}`
    );

  const answerRegistry = (url: URL): Response => {
    // /NAME or /@scope/NAME, optionally followed by /DISTTAG
    const segments = decodeURIComponent(url.pathname).slice(1).split("/");
    const name = segments[0].startsWith("@") ? segments.slice(0, 2).join("/") : segments[0];
    const disttag = segments.slice(name.split("/").length).join("/");
    const top = topLevel(name);
    // Framework's client names some optional modules (react-dom for JSX) only to resolve a version; answer
    // with a placeholder so the build goes on, and fail only if a page actually loads the module.
    if (!top) return Response.json({name, version: NOT_INSTALLED, versions: {[NOT_INSTALLED]: {}}});
    if (disttag) return Response.json({name, version: top.version});
    // Only the top-level install answers a bare `npm:NAME`, so pages get the version package.json asked for.
    return Response.json({name, versions: {[top.version]: {}}});
  };

  const answerCdn = async (url: URL): Promise<Response> => {
    const spec = decodeURIComponent(url.pathname.replace(/^\/npm\//, ""));
    const {name, version, path} = parseCdnSpecifier(spec);
    const pkg =
      installed.find((p) => p.name === name && p.version === version) ?? (version ? undefined : topLevel(name));
    if (!pkg) {
      if (version === NOT_INSTALLED || !installed.some((p) => p.name === name)) throw notInstalled(name);
      throw new OfflineNpmError(
        `npm:${name}@${version} is requested but package-lock.json has ${name} at ${installed
          .filter((p) => p.name === name)
          .map((p) => p.version)
          .join(", ")}; pin the version the lockfile has, or run: npm install ${name}@${version}`
      );
    }
    if (path === "+esm" || path.endsWith("/+esm")) {
      const {code, dependencies} = await bundleEsm(pkg, path.replace(/\/?\+esm$/, ""));
      // Mark each dependency's exact version as present so Framework takes it from the lockfile too.
      for (const d of dependencies) {
        const dep = parseCdnSpecifier(d.slice("/npm/".length));
        mkdirSync(join(npmDir, `${dep.name}@${dep.version}`), {recursive: true});
      }
      log(`npm:${name}@${pkg.version}/${path} ← ${pkg.dir}`);
      return new Response(code, {headers: {"content-type": "application/javascript; charset=utf-8"}});
    }
    const file = join(pkg.dir, path);
    if (!file.startsWith(pkg.dir + "/") || !existsSync(file)) {
      throw new OfflineNpmError(`npm:${name}@${pkg.version} has no file ${path}`);
    }
    const type = file.endsWith(".js")
      ? "application/javascript"
      : file.endsWith(".css")
        ? "text/css"
        : "application/octet-stream";
    return new Response(readFileSync(file), {headers: {"content-type": type}});
  };

  const localFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    // The project's own engine, on this machine (scripts/engine-host.ts).
    const engine = process.env.TECH_EDGE_ENGINE;
    if (engine && url.origin === new URL(engine).origin) return localFetch(input);
    if (url.hostname === "registry.npmjs.org") return answerRegistry(url);
    if (url.hostname === "cdn.jsdelivr.net" && url.pathname.startsWith("/npm/")) return answerCdn(url);
    throw new OfflineNpmError(
      `offline build: refusing to fetch ${url.href} (only npm: imports from node_modules are served)`
    );
  };
}
