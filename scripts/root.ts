// The project's root folder, for every script, test and benchmark.
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// Where Framework keeps loader outputs and the modules it resolved: "docs" → "docs/.observablehq/cache".
export const cacheDir = (frameworkRoot: string) => join(frameworkRoot, ".observablehq", "cache");
