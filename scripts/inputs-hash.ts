// A hash of a story's inputs: its folder and the reference data in data/.
import {createHash} from "node:crypto";
import {existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./root.js";

// A hash of every input file's name and bytes: the story is rebuilt when, and only when, this changes.
// `story`: the story's folder ("stories/<slug>"), hashed with the reference data in data/.
export function inputsHash(root = projectRoot, story = "data"): string {
  const hash = createHash("sha256");
  // data/ and its folder of extra pages (data/pages/<slug>.md). What cannot be read (data/ that is a file, a link to
  // nothing) is hashed by its error: readProjectFiles reports it.
  const add = (dir: string, prefix: string) => {
    let names: string[] = [];
    try {
      names = existsSync(dir) ? readdirSync(dir).sort() : [];
    } catch (error) {
      hash.update(`${prefix}\0${(error as NodeJS.ErrnoException).code}\0`);
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      try {
        if (lstatSync(path).isSymbolicLink()) hash.update(`${prefix}${name} → ${readlinkSync(path)}\0`);
        if (statSync(path).isDirectory()) add(path, `${prefix}${name}/`);
        else hash.update(`${prefix}${name}`).update("\0").update(readFileSync(path)).update("\0");
      } catch (error) {
        hash.update(`${prefix}${name}\0${(error as NodeJS.ErrnoException).code}\0`);
      }
    }
  };
  add(join(root, "data"), "");
  if (story !== "data") add(join(root, story), `${story}/`);
  return hash.digest("hex");
}
