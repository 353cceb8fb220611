// The authors of an article, from its byline.

// "By Kim Min-ji, Lee Joon and Anna Berg" → ["Kim Min-ji", "Lee Joon", "Anna Berg"]
export function splitByline(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
