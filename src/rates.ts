// The daily USD/JPY reference rates file → trading days.
import {csvParse} from "d3-dsv";
import {assertNoProblems, hasColumns, type Problem} from "./errors.js";
import type {DailyRate} from "./fx.js";

// The daily reference rates file → trading days, holidays (empty values) skipped, never read as 0.
export function parseDailyRates(csv: string, file = "data/usdjpy-daily.csv"): DailyRate[] {
  const problems: Problem[] = [];
  const rows = csvParse(csv);
  hasColumns(rows.columns, ["date", "jpy_per_usd"], file, problems);
  assertNoProblems(problems);
  const rates: DailyRate[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const date = row.date ?? "";
    const raw = (row.jpy_per_usd ?? "").trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
      problems.push({file, line, message: `date "${date}" is not an ISO date (YYYY-MM-DD)`});
      return;
    }
    if (raw === "" || raw === ".") return; // a market holiday: no rate that day
    const rate = Number(raw);
    if (!Number.isFinite(rate) || rate <= 0)
      problems.push({file, line, message: `rate "${raw}" on ${date} is not a positive number`});
    else rates.push({date, rate});
  });
  for (let i = 1; i < rates.length; i++) {
    if (rates[i].date <= rates[i - 1].date) problems.push({file, message: `dates out of order at ${rates[i].date}`});
  }
  assertNoProblems(problems);
  return rates;
}
