// The inline ${…} expressions of Markdown text, outside its code spans: what Framework runs as inline cells. Below
// both the cells' checks (src/story/cells.ts) and the HTML policy (src/inputs/html-policy.ts), which each look for them.
import {codeSpans} from "../inputs/tokens.js";

// `${` in text (not in code) → the expression up to its matching brace: "a ${x + {a: 1}.a} b" → "x + {a: 1}.a".
export function inlineExpressions(text: string): {at: number; code: string}[] {
  const code = codeSpans(text);
  const out: {at: number; code: string}[] = [];
  for (let i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 2)) {
    if (code.some((s) => i >= s.start && i < s.end)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) {
        end = j;
        break;
      }
    }
    out.push({at: i, code: end < 0 ? text.slice(i + 2) : text.slice(i + 2, end)});
    if (end > 0) i = end - 1;
  }
  return out;
}
