// npm run --silent extract -- <file|->
// Prints every quantity in a text as CSV (start,end,text,kind,value,unit) to stdout. Reads the input in
// chunks, so memory stays flat however large it is; offsets are UTF-16 code units from the start of the input.
// Binary input (a NUL byte, or more than 1 character in 10 not valid UTF-8) is refused with exit 2.
import {closeSync, createReadStream, openSync, readSync, statSync} from "node:fs";
import {AmountStream, CountingDecoder, binaryReason} from "../src/amounts/amount-stream.js";
import {toCsv, type Quantity} from "../src/index.js";

const COLUMNS = ["start", "end", "text", "kind", "value", "unit"];
const PROGRESS_OVER = 4 << 20; // report progress on inputs over 4 MB
const SNIFF = 64 << 10; // standard input: nothing is printed before this much has been checked for binary

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0] === "-h" || args[0] === "--help") {
  fail("usage: npm run --silent extract -- <file|->   (reads the text from the file, or from standard input with -)");
}
const [input] = args;
const name = input === "-" ? "standard input" : input;
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
  // A file is checked whole before anything is printed, so a binary file gives no partial output.
  const check = new CountingDecoder();
  const fd = openSync(input, "r");
  const block = Buffer.alloc(1 << 20);
  for (let n = readSync(fd, block); n > 0 && !check.stats.nulBytes; n = readSync(fd, block))
    check.decode(block.subarray(0, n));
  check.end();
  closeSync(fd);
  const reason = binaryReason(check.stats);
  if (reason) fail(`${input}: not a text file: ${reason}`);
}

const stream = input === "-" ? process.stdin : createReadStream(input);
const amounts = new AmountStream();
let held: Quantity[] | undefined = input === "-" ? [] : undefined; // rows waiting for the binary check
let lastReport = 0;
let header = true;
const started = performance.now();

function emit(rows: Quantity[]): void {
  if (held) {
    for (const q of rows) held.push(q);
    return;
  }
  let csv = toCsv(
    rows.map(({start, end, text, kind, value, unit}) => ({start, end, text, kind, value, unit})),
    COLUMNS
  );
  if (!header) csv = csv.slice(csv.indexOf("\r\n") + 2);
  header = false;
  // Respect back-pressure: stop reading until stdout has taken what it was given.
  if (csv && !process.stdout.write(csv)) {
    stream.pause();
    process.stdout.once("drain", () => stream.resume());
  }
}

function checkBinary(final: boolean): void {
  const reason = binaryReason(amounts.stats);
  if (reason) fail(`${name}: not a text file: ${reason}`);
  if (held && (final || amounts.stats.bytes >= SNIFF)) {
    const rows = held;
    held = undefined;
    emit(rows);
  }
}

function progress(final = false): void {
  const now = performance.now();
  if (!final && now - lastReport < 1000) return;
  lastReport = now;
  const bytes = amounts.stats.bytes;
  const mb = bytes / 1e6;
  const rate = mb / ((now - started) / 1000 || 1e-9);
  const share = size ? ` (${Math.min(100, (bytes / size) * 100).toFixed(0)}%)` : "";
  process.stderr.write(`extract: ${mb.toFixed(1)} MB read${share}, ${rate.toFixed(1)} MB/s${final ? ", done" : ""}\n`);
}

stream.on("data", (chunk: string | Buffer) => {
  emit(amounts.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
  checkBinary(false);
  if (size > PROGRESS_OVER || amounts.stats.bytes > PROGRESS_OVER) progress();
});
stream.on("end", () => {
  emit(amounts.end());
  checkBinary(true);
  if (header) emit([]); // the header alone for a text with no quantities
  if (size > PROGRESS_OVER || amounts.stats.bytes > PROGRESS_OVER) progress(true);
});
stream.on("error", (error: Error) => fail(`${input}: ${error.message}`));
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
