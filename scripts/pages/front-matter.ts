// A page's front matter, each field a JSON string or a word: {title: "Data", toc: false} →
// "---\ntitle: \"Data\"\ntoc: false\n---\n\n".
export function frontMatter(fields: Record<string, string | boolean>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : v}`);
  return `---\n${lines.join("\n")}\n---\n\n`;
}
