// The daily USD/JPY reference rates file → trading days.
import {readCsv} from "../csv/read-csv.js";
import {isIsoDate} from "./dates.js";
import {assertNoProblems, type Problem} from "./errors.js";
import type {DailyRate} from "../money/fx.js";

// The daily reference rates file → trading days, holidays (empty values) skipped, never read as 0. Dates must
// be calendar dates, each once, in ascending order. Problems go to `problems` if given, else are thrown.
export function parseDailyRates(
  csv: string | undefined,
  file = "data/usdjpy-daily.csv",
  problems?: Problem[]
): DailyRate[] {
  const found: Problem[] = [];
  const rates: DailyRate[] = [];
  const seen = new Map<string, number>(); // date → line
  let last: {date: string; line: number} | undefined;
  for (const {line, cells} of readCsv(csv, file, ["date", "jpy_per_usd"], found)) {
    const {date} = cells;
    const raw = cells.jpy_per_usd.trim();
    if (!isIsoDate(date)) {
      found.push({file, line, message: `date "${date}" is not a calendar date (YYYY-MM-DD)`});
      continue;
    }
    if (seen.has(date)) found.push({file, line, message: `duplicate date ${date} (first on line ${seen.get(date)})`});
    else if (last && date < last.date)
      found.push({
        file,
        line,
        message: `date ${date} is out of order: it comes after ${last.date} (line ${last.line})`
      });
    seen.set(date, seen.get(date) ?? line);
    if (!last || date > last.date) last = {date, line};
    if (raw === "" || raw === ".") continue; // a market holiday: no rate that day
    const rate = Number(raw);
    if (!Number.isFinite(rate) || rate <= 0)
      found.push({file, line, message: `rate "${raw}" on ${date} is not a positive number`});
    else rates.push({date, rate});
  }
  if (problems) problems.push(...found);
  else assertNoProblems(found);
  return rates;
}
