// JSON input → a value, or one problem at the line and column where the syntax breaks.
import type {Problem} from "./errors.js";
import {positionOf} from "./input-text.js";

export function parseJson(text: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 names the offset ("… in JSON at position 145") and, from Node 22, the line and column too.
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/s, "")
      .replace(/,\s*".*" is not valid JSON$/s, "")
      .replace(/\s*\(line \d+ column \d+\)$/, "");
    problems.push({file, ...positionOf(text, offset), message: `not valid JSON: ${reason}`});
    return undefined;
  }
}
