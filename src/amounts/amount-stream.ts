// Amounts in a text that arrives in pieces (bytes or strings), with the offsets and rows one scan of the
// whole text would give, in memory that does not grow with the input.
import type {Quantity} from "./quantity.js";
import {REACH, scanAmounts} from "./scan-amounts.js";

export interface StreamStats {
  bytes: number; // bytes read (0 when fed strings)
  chars: number; // UTF-16 code units decoded
  nulBytes: number;
  firstNul: number; // byte offset of the first NUL, or -1
  replaced: number; // characters decoded as U+FFFD (invalid UTF-8, or U+FFFD in the input)
}

const CHUNK = 64 << 10; // scan once 64 KiB have arrived: few enough rows at a time to keep memory flat

// UTF-8 bytes → text, counting what makes a file look binary. Strings pass through (counted too).
export class CountingDecoder {
  readonly stats: StreamStats = {bytes: 0, chars: 0, nulBytes: 0, firstNul: -1, replaced: 0};
  private decoder = new TextDecoder("utf-8");

  decode(piece: string | Uint8Array): string {
    let text: string;
    if (typeof piece === "string") text = piece;
    else {
      for (let i = piece.indexOf(0); i >= 0; i = piece.indexOf(0, i + 1)) {
        if (this.stats.firstNul < 0) this.stats.firstNul = this.stats.bytes + i;
        this.stats.nulBytes++;
      }
      this.stats.bytes += piece.length;
      text = this.decoder.decode(piece, {stream: true});
    }
    return this.count(text);
  }

  end(): string {
    return this.count(this.decoder.decode());
  }

  private count(text: string): string {
    for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) this.stats.replaced++;
    this.stats.chars += text.length;
    return text;
  }
}

// const s = new AmountStream(); for (const piece of pieces) emit(s.push(piece)); emit(s.end());
// (`chunk`: how many characters arrive between scans, 64 Ki unless a test wants many scans of a short text.)
export class AmountStream {
  private decoder = new CountingDecoder();
  readonly stats = this.decoder.stats;
  private buffer = ""; // text from `base` on: REACH characters of context, then text not yet scanned for good
  private base = 0; // offset of buffer[0] in the whole text
  private from = 0; // where the next scan resumes, inside buffer
  private scanAt: number; // scan when the buffer is this long

  constructor(private readonly chunk = CHUNK) {
    this.scanAt = chunk;
  }

  push(piece: string | Uint8Array): Quantity[] {
    this.buffer += this.decoder.decode(piece);
    return this.buffer.length >= this.scanAt ? this.scan(false) : [];
  }

  end(): Quantity[] {
    this.buffer += this.decoder.end();
    return this.scan(true);
  }

  private scan(final: boolean): Quantity[] {
    const {quantities, next} = scanAmounts(this.buffer, this.from, final);
    for (const q of quantities) {
      q.start += this.base;
      q.end += this.base;
    }
    if (!final) {
      const keep = Math.max(0, next - REACH);
      this.buffer = this.buffer.slice(keep);
      this.base += keep;
      this.from = next - keep;
      // Scan again when a chunk more has arrived, or twice what is left over when a single token (a line of
      // digits) is longer than a chunk: the work per character stays bounded.
      this.scanAt = this.buffer.length + Math.max(this.chunk, this.buffer.length - this.from);
    }
    return quantities;
  }
}

// Why a text should not be read as text, from what a stream has seen so far, or undefined.
// Binary: any NUL byte, or more than 1 character in 10 that is not valid UTF-8.
export function binaryReason(stats: StreamStats): string | undefined {
  if (stats.nulBytes) return `it contains NUL bytes (the first at byte ${stats.firstNul}), so it looks binary`;
  if (stats.chars >= 16 && stats.replaced * 10 > stats.chars)
    return `${stats.replaced} of its ${stats.chars} characters are not valid UTF-8, so it looks binary`;
  return undefined;
}
