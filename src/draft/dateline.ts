// What opens a sentence before its subject: a wire story's dateline, an opening phrase.
import type {Span} from "../amounts/sentences.js";

// A dateline: "SEOUL (Reuters) - ", "TOKYO, Sept 1 (AP) — ", "SAO PAULO, Nov. 20 (Reuters) - ", "SAO PAULO--",
// "TOKYO – ", "KUALA LUMPUR (Oct 13): ", "Nov. 8 (Jiji Press)--"
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*\p{Lu}\p{L}*\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:--|[–—:]|-(?=\s))|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*(?:--|[-–—]))\s*/u;
// An opening phrase before the clause's subject: "According to the ministry, ", "As of Thursday, ", "Combined, ".
export const OPENING =
  /^(?:according|as|among|after|before|by|for|in|on|at|of|since|to|under|with|while|meanwhile|however|also|overall|separately|specifically|combined|altogether|together|in addition|besides|still|yet|now|then|thus|so)\b[^,;:]{0,80},\s*/i;

// A span without the dateline it opens with: "SAO PAULO, Nov 20 (Reuters) - Brazil's government…" → "Brazil's…".
export function withoutDateline(text: string, span: Span): Span {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  return m && m[0].length < span.end - span.start ? {start: span.start + m[0].length, end: span.end} : span;
}
