// npm run --silent extract -- <file|->
// Prints every quantity in a text as CSV (start,end,text,kind,value,unit) to stdout. Reads the input in
// chunks, so memory stays flat however large it is; offsets are UTF-16 code units from the start of the input.
import {createReadStream, statSync} from "node:fs";
import {extractAmounts, toCsv} from "../src/index.js";

const COLUMNS = ["start", "end", "text", "kind", "value", "unit"];
const CHUNK = 1 << 20; // scan once a megabyte has arrived
const MARGIN = 256; // an amount ending this close to the end of what has arrived may still grow
const CONTEXT = 16; // characters kept before the next scan so "US$" before a number is still seen
const PROGRESS_OVER = 4 << 20; // report progress on inputs over 4 MB

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0] === "-h" || args[0] === "--help") {
  fail("usage: npm run --silent extract -- <file|->   (reads the text from the file, or from standard input with -)");
}
const [input] = args;
let size = 0;
if (input !== "-") {
  try {
    const stat = statSync(input);
    if (stat.isDirectory()) fail(`${input} is a directory, not a text file`);
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `${input}: no such file` : `${input}: ${(error as Error).message}`);
  }
}

const stream = input === "-" ? process.stdin : createReadStream(input);
stream.setEncoding("utf8");

let buffer = ""; // text not yet scanned for good
let base = 0; // offset of buffer[0] in the whole input
let from = 0; // where the next scan starts inside buffer
let bytes = 0;
let lastReport = 0;
let header = true;
const started = performance.now();

function emit(rows: {start: number; end: number; text: string; kind: string; value: number; unit: string}[]): void {
  let csv = toCsv(rows, COLUMNS);
  if (!header) csv = csv.slice(csv.indexOf("\r\n") + 2);
  header = false;
  // Respect back-pressure: stop reading until stdout has taken what it was given.
  if (csv && !process.stdout.write(csv)) {
    stream.pause();
    process.stdout.once("drain", () => stream.resume());
  }
}

function scan(final: boolean): void {
  const found = extractAmounts(buffer, {from, sentences: false});
  const safe = final ? Infinity : buffer.length - MARGIN;
  const done = found.filter((q) => q.end <= safe);
  const pending = found.find((q) => q.end > safe);
  emit(
    done.map((q) => ({
      start: base + q.start,
      end: base + q.end,
      text: q.text,
      kind: q.kind,
      value: q.value,
      unit: q.unit
    }))
  );
  if (final) return;
  let cut = Math.max(from, Math.min(pending ? pending.start : safe, safe));
  // Never cut inside a word or number ("A3|80" would rescan as "80"); look back a little for a space.
  for (let i = 0; i < 64 && cut > from && /[\p{L}\p{N},.$]/u.test(buffer[cut - 1]); i++) cut--;
  const keep = Math.max(0, cut - CONTEXT);
  buffer = buffer.slice(keep);
  base += keep;
  from = cut - keep;
}

function progress(final = false): void {
  const now = performance.now();
  if (!final && now - lastReport < 1000) return;
  lastReport = now;
  const mb = bytes / 1e6;
  const rate = mb / ((now - started) / 1000 || 1e-9);
  const share = size ? ` (${Math.min(100, (bytes / size) * 100).toFixed(0)}%)` : "";
  process.stderr.write(`extract: ${mb.toFixed(1)} MB read${share}, ${rate.toFixed(1)} MB/s${final ? ", done" : ""}\n`);
}

stream.on("data", (chunk: string | Buffer) => {
  const text = String(chunk);
  buffer += text;
  bytes += Buffer.byteLength(text);
  if (buffer.length - from >= CHUNK) scan(false);
  if (size > PROGRESS_OVER || bytes > PROGRESS_OVER) progress();
});
stream.on("end", () => {
  scan(true);
  if (size > PROGRESS_OVER || bytes > PROGRESS_OVER) progress(true);
});
stream.on("error", (error: Error) => fail(`${input}: ${error.message}`));
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
