// Sentence boundaries in news text, in UTF-16 offsets.

export interface Span {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence ("Mr. Son", "U.S. chips").
const ABBREVIATIONS = new Set(
  "mr mrs ms dr st jr sr inc corp co ltd plc no vs etc gov sen rep prof gen col lt sgt jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e".split(
    " "
  )
);

// "He said. She left.\nNew para" → [{0,8}, {9,18}, {19,27}] (spans exclude the whitespace between sentences)
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’')\]]*[ \t\u00a0]+(?=["“‘(\p{Lu}\p{N}])|[.!?]+["”’')\]]*(?=\n)|\n+/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === ".") {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(start, m.index - 12), m.index + 1));
      if (word && (ABBREVIATIONS.has(word[1].toLowerCase()) || /^\p{Lu}$/u.test(word[1]))) continue;
    }
    const end = m[0][0] === "\n" ? m.index : m.index + m[0].trimEnd().length;
    if (end > start) spans.push({start, end});
    start = m.index + m[0].length;
  }
  if (text.length > start && text.slice(start).trim()) spans.push({start, end: text.trimEnd().length});
  return spans;
}

// Index of the span that contains `offset` (spans sorted, non-overlapping), or -1.
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

// The clauses of a sentence: split after ",", ";" or ":" and around a dash, never inside parentheses.
export function clauses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  let depth = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth) continue;
    // (Not the comma of a date: "April 1, 2019".)
    const date =
      c === "," &&
      /\b\p{Lu}\p{Ll}+\.?\s+\d{1,2}$/u.test(text.slice(i - 14, i)) &&
      /^\s+\d{4}\b/.test(text.slice(i + 1, i + 7));
    const cut =
      /[,;:]/.test(c) && /\s/.test(text[i + 1] ?? "") && !date ? 1 : /^\s[—–]\s/.test(text.slice(i, i + 3)) ? 3 : 0;
    if (!cut) continue;
    if (i > start) out.push({start, end: i});
    start = i + cut;
  }
  if (s.end > start) out.push({start, end: s.end});
  return out;
}
