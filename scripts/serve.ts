// npm run serve [-- --port 4321]: the built site (dist/) on 127.0.0.1 as a CDN would serve it: extensionless
// addresses (/fact-check → fact-check.html), brotli or gzip, and cache headers (a year for hashed assets). The way
// to look at a build; `python3 -m http.server` answers 404 for /fact-check.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {projectRoot} from "./root.js";
import {serveStatic} from "./static-server.js";

const {values} = parseArgs({options: {port: {type: "string", default: "4321"}}, strict: true});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`serve: --port "${values.port}" is not a port number (0 to 65535)\n`);
  process.exit(2);
}
const dist = join(projectRoot, "dist");
if (!existsSync(join(dist, "index.html"))) {
  process.stderr.write("serve: dist/ has no site yet: run npm run build first\n");
  process.exit(2);
}
const server = await serveStatic(dist, port, {cdn: true});
process.stdout.write(`serving dist/ at ${server.url} (Ctrl-C to stop)\n`);
