// The raw bytes of an input file → its text: UTF-8 checked, a BOM dropped, every line end made "\n", so that
// line and column numbers mean the same in every file whatever editor saved it.
import type {Problem} from "./errors.js";

// Where `bytes` stops being UTF-8: the first byte of the first bad character (a sequence cut short counts from
// its lead byte), or -1. A fatal TextDecoder in streaming mode accepts a prefix that ends inside a character,
// so the shortest failing prefix ends at the byte that breaks it.
export function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder("utf-8", {fatal: true}).decode(bytes.subarray(0, end), {stream});
      return true;
    } catch {
      return false;
    }
  };
  const valid = (end: number) => decodes(end, end < bytes.length);
  if (valid(bytes.length)) return -1;
  let [lo, hi] = [0, bytes.length]; // valid(lo) and !valid(hi)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (valid(mid)) lo = mid;
    else hi = mid;
  }
  if (decodes(lo, false)) return lo;
  for (let start = lo - 1; start >= Math.max(0, lo - 3); start--) if (bytes[start] >= 0xc0) return start;
  return lo;
}

// 1-based line and column (in characters) of a UTF-16 offset: ("a\nbc", 3) → {line: 2, column: 2}
export function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1};
}

// The first control character of `text` (C0 and C1 but tab and line end; the non-characters U+FFFE, U+FFFF):
// "Japan\u000Bspends" → "\u000B".
export function controlIn(text: string): string | undefined {
  return [...text].find((c) => {
    const n = c.codePointAt(0)!;
    return (
      (n < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") || (n >= 0x7f && n <= 0x9f) || n === 0xfffe || n === 0xffff
    );
  });
}

// "\u000B" → "holds the control character U+000B, which cannot be printed: delete it"
export const controlProblem = (c: string) =>
  `holds the control character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}, which cannot be printed: delete it`;

// "\uFEFFa\r\nb\rc" → "a\nb\nc"
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

// An input file → its text, or undefined if it is missing (one problem). Invalid UTF-8 is one problem at
// the line and column of the first bad byte; the rest is decoded with U+FFFD so other checks still run.
export function inputText(input: string | Uint8Array | null, file: string, problems: Problem[]): string | undefined {
  if (input === null) {
    problems.push({file, message: "file is missing", partial: true});
    return undefined;
  }
  if (typeof input === "string") return normaliseText(input);
  const bad = firstInvalidByte(input);
  if (bad >= 0) {
    const before = normaliseText(new TextDecoder().decode(input.subarray(0, bad)));
    problems.push({
      file,
      ...positionOf(before, before.length),
      message: `invalid UTF-8: byte 0x${input[bad].toString(16).toUpperCase().padStart(2, "0")}; save the file as UTF-8`
    });
  }
  return normaliseText(new TextDecoder().decode(input));
}
