// Problems with the inputs, all reported at once, each naming its file and line.

export interface Problem {
  file: string; // "data/figures.csv"
  line?: number; // 1-based line in that file
  column?: number; // 1-based column (in characters) on that line
  message: string;
  partial?: boolean; // the file could not be read whole: checks that something is absent from it are skipped
}

// {file: "data/article.txt", line: 3, column: 14, message: "…"} → "data/article.txt:3:14: …"
export function formatProblem({file, line, column, message}: Problem): string {
  return `${file}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: ${message}`;
}

export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the inputs:\n${problems.map(formatProblem).join("\n")}`
    );
    this.name = "InputError";
    this.problems = problems;
  }
}

// Throws one InputError listing every problem, if there are any.
export function assertNoProblems(problems: Problem[]): void {
  if (problems.length) throw new InputError(problems);
}

// The columns a CSV header lacks, as one problem on line 1: ["a", "b"] → `missing columns "a", "b"`. Returns
// whether all are there.
export function hasColumns(header: string[], columns: string[], file: string, problems: Problem[]): boolean {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    problems.push({
      file,
      line: 1,
      message: `missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}`
    });
  }
  return missing.length === 0;
}
