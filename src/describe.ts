// A chart in a sentence or two, written from its rows for screen readers: what is largest and smallest, the range,
// the trend. The static page carries it beside each chart, and the live page rewrites it on a change of view.
import {formatMoney, formatOrdinal, formatRate, formatShare} from "./format.js";
import {MONTH_NAMES} from "./period.js";

// 2024-04-10 → "10 April 2024"
const longDay = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

// "5 amounts in US dollars. The largest is AWS: cloud infrastructure, US$14 billion; the smallest is …"
export function describeBars(
  rows: {label: string; value_usd: number; kind: string}[],
  dollars?: string // "April 2024 dollars", when the chart shows constant dollars
): string {
  if (!rows.length) return "No amounts.";
  const sorted = [...rows].sort((a, b) => b.value_usd - a.value_usd);
  const [top, bottom] = [sorted[0], sorted.at(-1)!];
  const converted = rows.filter((r) => r.kind === "derived").length;
  const unit = dollars ? `US dollars of ${dollars.replace(/ dollars$/, "")}` : "US dollars";
  const money = (r: (typeof rows)[number]) => `${r.label}, ${formatMoney(r.value_usd, "USD")}`;
  return [
    `${plural(rows.length, "amount")} in ${unit}.`,
    rows.length === 1 ? `${money(top)}.` : `The largest is ${money(top)}; the smallest is ${money(bottom)}.`,
    converted ? `${converted} of them ${converted === 1 ? "is" : "are"} converted from another currency.` : ""
  ]
    .filter(Boolean)
    .join(" ");
}

// "Yen per US dollar from 4 January 2021 to 31 December 2024: 103.19 at the start, 157.37 at the end (up 53%). Lowest
// 102.61 on 6 January 2021, highest 161.70 on 3 July 2024."
export function describeRates(rows: {date: Date; rate: number}[], unit: string): string {
  if (rows.length < 2) return `${unit[0].toUpperCase()}${unit.slice(1)}: too few rates to draw.`;
  const [first, last] = [rows[0], rows.at(-1)!];
  const lo = rows.reduce((a, b) => (b.rate < a.rate ? b : a));
  const hi = rows.reduce((a, b) => (b.rate > a.rate ? b : a));
  const change = Math.round((last.rate / first.rate - 1) * 100);
  const trend = change === 0 ? "about the same" : `${change > 0 ? "up" : "down"} ${Math.abs(change)}%`;
  return (
    `${unit[0].toUpperCase()}${unit.slice(1)} from ${longDay(first.date)} to ${longDay(last.date)}: ` +
    `${formatRate(first.rate)} at the start, ${formatRate(last.rate)} at the end (${trend}). ` +
    `Lowest ${formatRate(lo.rate)} on ${longDay(lo.date)}, highest ${formatRate(hi.rate)} on ${longDay(hi.date)}.`
  );
}

// "Japan ranks 32nd of 64, in the top half."
export function describeRank(row: {subject: string; value: number; of: number}): string {
  const share = row.value / row.of;
  const where =
    share <= 0.25
      ? "in the top quarter"
      : share <= 0.5
        ? "in the top half"
        : share <= 0.75
          ? "in the bottom half"
          : "in the bottom quarter";
  return `${row.subject} ranks ${formatOrdinal(row.value)} of ${row.of}, ${where}.`;
}

// "Japanese firms among the world's tech unicorns: 7 of 1,200 (0.58%). People …: 3 million of 125 million (2.4%)."
export function describeShares(rows: {label: string; text: string; share: number}[]): string {
  return rows.map((r) => `${r.label}: ${r.text} (${formatShare(r.share)}).`).join(" ");
}

// "6 events, from 19 January 2024 (AWS announces …) to 1 January 2027 (Rapidus aims …)."
export function describeTimeline(rows: {date: Date; label: string}[]): string {
  if (!rows.length) return "No events.";
  const [first, last] = [rows[0], rows.at(-1)!];
  return rows.length === 1
    ? `One event: ${longDay(first.date)}, ${first.label}.`
    : `${plural(rows.length, "event")}, from ${longDay(first.date)} (${first.label}) to ${longDay(last.date)} (${last.label}).`;
}

// "¥3.9 trillion in US dollars at rates from 100 to 160 yen per US dollar: from US$39 billion to US$24.4 billion. At
// the chosen rate, 153.30 (the article's own rate), it is US$25.4 billion."
export function describeSweep(
  sweep: {rate: number; value_usd: number}[],
  chosen: {rate: number; label: string; value_usd: number},
  amount: string,
  unit: string
): string {
  const [first, last] = [sweep[0], sweep.at(-1)!];
  return (
    `${amount} in US dollars at rates from ${formatRate(first.rate)} to ${formatRate(last.rate)} ${unit}: from ` +
    `${formatMoney(first.value_usd, "USD")} to ${formatMoney(last.value_usd, "USD")}. At the chosen rate, ` +
    `${formatRate(chosen.rate)} (${chosen.label}), it is ${formatMoney(chosen.value_usd, "USD")}.`
  );
}
