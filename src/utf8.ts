// Where a byte string stops being valid UTF-8, as a person finds it in an editor: line and column.

export interface Utf8Error {
  offset: number; // byte offset of the first invalid byte
  byte: number; // its value: 0xe9 for a Latin-1 "é"
  line: number; // 1-based
  column: number; // 1-based, in characters (code points)
}

// The length of the valid UTF-8 sequence at `i`, or 0: [0xc3, 0xa9] ("é"), 0 → 2; [0xe9, 0x20], 0 → 0
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const [n, min, max] =
    c >= 0xc2 && c <= 0xdf
      ? [2, 0x80, 0xbf]
      : c === 0xe0
        ? [3, 0xa0, 0xbf]
        : c === 0xed
          ? [3, 0x80, 0x9f] // no UTF-16 surrogates
          : c >= 0xe1 && c <= 0xef
            ? [3, 0x80, 0xbf]
            : c === 0xf0
              ? [4, 0x90, 0xbf]
              : c >= 0xf1 && c <= 0xf3
                ? [4, 0x80, 0xbf]
                : c === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (!n || i + n > b.length || b[i + 1] < min || b[i + 1] > max) return 0;
  for (let k = 2; k < n; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return 0;
  return n;
}

// The first invalid byte of `bytes`, or undefined when it is all valid UTF-8:
// "ab\ncaf\xe9" → {offset: 6, byte: 0xe9, line: 2, column: 4}
export function invalidUtf8(bytes: Uint8Array): Utf8Error | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (!n) return {offset: i, byte: bytes[i], line, column};
    if (bytes[i] === 0x0a) [line, column] = [line + 1, 1];
    else column++;
    i += n;
  }
  return undefined;
}
