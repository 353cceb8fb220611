// data/corrections.csv (optional) → the story's corrections, oldest first, as published.
import {readCsv} from "../csv/read-csv.js";
import {isIsoDate} from "./dates.js";
import type {Problem} from "./errors.js";

export interface Correction {
  date: string; // ISO date of the correction
  figure_id: string; // the figure it concerns, if one
  was: string; // what was wrong
  now: string; // what the story says now
}

// "2024-05-02,aws_cloud,US$15 billion,US$14 billion" → {date, figure_id, was, now}, each cell checked.
export function parseCorrections(
  csv: string | undefined,
  file: string,
  ids: Set<string> | undefined, // the registry's ids; undefined when it could not be read whole
  figuresFile: string,
  problems: Problem[]
): Correction[] {
  return readCsv(csv, file, ["date", "figure_id", "was", "now"], problems).map(({line, cells}) => {
    const c = {date: cells.date ?? "", figure_id: cells.figure_id ?? "", was: cells.was ?? "", now: cells.now ?? ""};
    const at = (message: string) => problems.push({file, line, message});
    if (!isIsoDate(c.date)) at(`date "${c.date}" is not a calendar date (YYYY-MM-DD)`);
    if (c.figure_id && ids && !ids.has(c.figure_id)) at(`figure_id "${c.figure_id}" is not in ${figuresFile}`);
    if (!c.was || !c.now) at(`a correction needs both "was" (what was wrong) and "now" (what it says now)`);
    return c;
  });
}
