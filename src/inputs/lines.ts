// Positions in a text as a person reads them.

// Line number (1-based) of a UTF-16 offset: "a\nb", 2 → 2
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// The 1-based line of the first place `pattern` matches at or after `from`, or undefined: for naming the line
// of a JSON value.
export function lineOfMatch(text: string, pattern: RegExp, from = 0): number | undefined {
  const i = text.slice(from).search(pattern);
  return i < 0 ? undefined : lineOf(text, from + i);
}

// The line of `"key": "value"` in a JSON text: ("…\n  \"figure\": \"aws\"", "figure", "aws") → 2
export function lineOfJsonValue(text: string, key: string, value: string, from = 0): number | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return lineOfMatch(text, new RegExp(`"${esc(key)}"\\s*:\\s*"${esc(value)}"`), from);
}
