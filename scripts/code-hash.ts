// A hash of the code every built page depends on: the library, the scripts that draw the pages, the Framework
// root's components and loaders, the config and the lockfile. A story built with other code is built again.
import {join} from "node:path";
import {hashInputs} from "./freshness.js";

export const CODE = ["src", "scripts", "docs", "observablehq.config.ts", "package-lock.json"];

export const codeHash = (root: string): string =>
  hashInputs(
    CODE.map((p) => join(root, p)),
    root
  );
