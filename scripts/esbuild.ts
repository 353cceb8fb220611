// The esbuild that Framework itself depends on (and so the one it was tested with), for every bundle the scripts
// make: npm modules for the pages, the pages' Plot, and the engine.
import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
export const framework = createRequire(require.resolve("@observablehq/framework/package.json"));
export const esbuild = require(framework.resolve("esbuild")) as typeof import("esbuild");
