// The time that qualifies an amount, for its label.
import type {PeriodCue} from "../money/infer-period.js";
import {describePeriod, formatPeriod} from "../money/period.js";

// The time said just after an amount, which tells its money from the article's others: "R18bn over the next three
// years" → "next three years"; "A$500 million … for the fiscal year that ends in June 2020" → "Jul 2019–Jun 2020";
// "" when the time is said elsewhere, or the label already says it ("fiscal 2020/21").
export function labelTime(label: string, amountEnd: number, period: PeriodCue | undefined): string {
  if (!period || period.at < amountEnd || period.at - amountEnd > 40) return "";
  if (label.toLowerCase().includes(period.cue.toLowerCase())) return "";
  const span =
    /^(?:over|in|within|during)\s+(?:the\s+)?((?:next|coming)\s+.+|\S+\s+(?:years?|months?|decades?))$/i.exec(
      period.cue
    );
  return span ? span[1].toLowerCase() : describePeriod(formatPeriod(period.period));
}
