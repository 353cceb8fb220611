// JSON inputs → values, with a syntax error reported at its line and column.
import type {Problem} from "./errors.js";
import {lineOf} from "./lines.js";

// '{"a": 1,}' → problem "not valid JSON at 1:9: …"; returns undefined when the text is not JSON.
export function parseJson(text: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const line = lineOf(text, offset);
    const column = offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1;
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
    problems.push({file, line, message: `not valid JSON at ${line}:${column}: ${reason}`});
    return undefined;
  }
}
