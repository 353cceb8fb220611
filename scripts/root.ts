// The project's root folder, for every script, test and benchmark.
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
