// What `npm run build` prints: one line per step and the result. Framework's lines for each file it loads, copies,
// bundles or renders are kept for `npm run build -- --verbose`; a line that speaks of an error or a warning, and
// any line not known to be one of them, is always printed.
import {stripVTControlCharacters} from "node:util";

// "load /index.md → [fresh] success 36.5 kB in 5ms", "copy docs/x.csv → …", "npm:d3@latest → npm:d3@7.9.2", the
// tree of pages and their sizes.
const NOISE = [
  /^load /,
  /^npm:/,
  /^in \d/,
  /^built \d+ pages? in /,
  /^(index|bundle|build|copy|alias|render) /,
  /^docs\/\.observablehq\//,
  /^\S*\.dist-partial-\d+\/\S*$/,
  /^[┌├│└]/,
  /^\d+ links? validated$/,
  /^$/
];
const ALARM = /error|warning|fail|✗/i;

// A line of Framework's per-file log: "render /index → dist/index.html".
export function isNoise(line: string): boolean {
  const text = stripVTControlCharacters(line).trim();
  return !ALARM.test(text) && NOISE.some((p) => p.test(text));
}

// What a build's log says it did: the pages it rendered and the links it checked, for the summary line.
export interface BuildCounts {
  pages: number;
  links: number;
}

// Wraps `write` (a stream's) so that it passes whole lines, noise left out unless `verbose`, each first shown to
// `edit` (which may replace it, or drop it by returning undefined). Returns the wrapped write, the counts so far
// and a flush for a last line without its line end.
export function lineFilter(
  write: (text: string) => void,
  {verbose, edit = (line) => line}: {verbose: boolean; edit?: (line: string) => string | undefined}
): {write: (chunk: unknown) => boolean; counts: BuildCounts; flush: () => void} {
  const counts: BuildCounts = {pages: 0, links: 0};
  let pending = "";
  const pass = (line: string) => {
    const text = stripVTControlCharacters(line).trim();
    if (/^render \//.test(text)) counts.pages++;
    const links = /^(\d+) links? validated$/.exec(text);
    if (links) counts.links = Number(links[1]);
    const edited = edit(line);
    if (edited !== undefined && (verbose || !isNoise(edited))) write(`${edited}\n`);
  };
  return {
    counts,
    write: (chunk) => {
      const lines = (pending + String(chunk)).split("\n");
      pending = lines.pop()!;
      lines.forEach(pass);
      return true;
    },
    flush: () => {
      if (pending) pass(pending);
      pending = "";
    }
  };
}
