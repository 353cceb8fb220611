// Parsed input files kept between two builds of a preview, by file and text: the large reference files (rates, CPI,
// the World Bank's series) seldom change while a journalist edits the story. The engine owns one cache; a one-off
// build, a test or a command passes none and parses every file.
import type {Problem} from "./errors.js";

export type ParseCache = Map<string, {text: string | undefined; value: unknown; problems: Problem[]}>;

// `parse(text)` once per file and text: its value, with its problems added to `problems` each time.
export function parsedOnce<T>(
  cache: ParseCache | undefined,
  file: string,
  text: string | undefined,
  problems: Problem[],
  parse: (problems: Problem[]) => T
): T {
  const kept = cache?.get(file);
  if (kept && kept.text === text) {
    problems.push(...kept.problems);
    return kept.value as T;
  }
  const own: Problem[] = [];
  const value = parse(own);
  cache?.set(file, {text, value, problems: own});
  problems.push(...own);
  return value;
}
