// JSON input → a value, or a problem at the line and column of each syntax error. jsonc-parser (the parser
// behind VS Code's JSON support) finds the offsets; JSON.parse reads a text that has none.
import {parse, printParseErrorCode, type ParseError} from "jsonc-parser";
import type {Problem} from "./errors.js";
import {positionOf} from "./input-text.js";

// "CommaExpected" → "comma expected"
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

// Only the first error is reported: the ones after it mostly follow from it.
export function parseJson(text: string, file: string, problems: Problem[]): unknown {
  const errors: ParseError[] = [];
  parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  try {
    if (!errors.length) return JSON.parse(text);
  } catch (error) {
    problems.push({file, line: 1, message: `not valid JSON: ${(error as Error).message}`});
    return undefined;
  }
  const [{error, offset}] = errors;
  problems.push({file, ...positionOf(text, offset), message: `not valid JSON: ${words(printParseErrorCode(error))}`});
  return undefined;
}
