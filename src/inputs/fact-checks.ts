// data/fact-check.csv → the verdict on each checked figure, checked against the registry.
import {readCsv} from "../csv/read-csv.js";
import type {Problem} from "./errors.js";

export const VERDICTS = ["confirmed", "rounded", "discrepancy", "depends on method", "not confirmed"];

export interface FactCheck {
  figure_id: string;
  claim: string;
  primary_source_says: string;
  verdict: string;
  source: string;
  computed: string[]; // optional column `computed`: ids of derived figures that are the project's own computation
  line: number;
}

const COLUMNS = ["figure_id", "claim", "primary_source_says", "verdict", "source"];

export function parseFactChecks(
  csv: string | undefined,
  file: string,
  ids: Set<string> | undefined, // the registry's ids; undefined when it could not be read whole
  figuresFile: string,
  problems: Problem[]
): FactCheck[] {
  return readCsv(csv, file, COLUMNS, problems).map(({line, cells}) => {
    const row: FactCheck = {
      figure_id: cells.figure_id,
      claim: cells.claim,
      primary_source_says: cells.primary_source_says,
      verdict: cells.verdict,
      source: cells.source,
      computed: (cells.computed ?? "").split(/\s+/).filter(Boolean),
      line
    };
    for (const id of row.computed)
      if (ids && !ids.has(id)) problems.push({file, line, message: `computed "${id}" is not in ${figuresFile}`});
    if (ids && !ids.has(row.figure_id))
      problems.push({file, line, message: `figure_id "${row.figure_id}" is not in ${figuresFile}`});
    if (!VERDICTS.includes(row.verdict))
      problems.push({file, line, message: `verdict "${row.verdict}" must be one of: ${VERDICTS.join(", ")}`});
    if (!row.source) problems.push({file, line, message: `"${row.figure_id}" has no source`});
    return row;
  });
}
