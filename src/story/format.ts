// Numbers as the story prints them, with d3-format.
import {format} from "d3-format";
import {CURRENCIES} from "../amounts/currencies.js";

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"]
];
const threeDigits = format(",.3~r");
const allDigits = format(",.12~r");

// 25.44e9, "USD" → "US$25.4 billion"; 3.9e12, "JPY" → "¥3.9 trillion"; 39e9 → "US$39 billion";
// with {exact: true}, as printed: 25.44e9 → "US$25.44 billion"
export function formatMoney(value: number, currency: string, {exact = false} = {}): string {
  const digits = exact ? allDigits : threeDigits;
  const symbol = CURRENCIES[currency]?.symbol ?? `${currency} `;
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (abs >= scale * 0.9995) return `${sign}${symbol}${digits(abs / scale)} ${word}`;
  }
  // Less than one unit keeps its significant digits: 0.004 → "US$0.004", never "US$0".
  if (abs > 0 && abs < 1) return `${sign}${symbol}${digits(abs)}`;
  return `${sign}${symbol}${format(",.0f")(abs)}`;
}

// The unit a money axis counts in, from its largest value: 25.4e9 → {scale: 1e9, word: "billion"};
// 9800 → {scale: 1e3, word: "thousand"}; 450 → {scale: 1, word: ""}.
export function axisScale(max: number): {scale: number; word: string} {
  for (const [scale, word] of [...SCALES, [1e3, "thousand"] as [number, string]])
    if (Math.abs(max) >= scale) return {scale, word};
  return {scale: 1, word: ""};
}

// A rate as the tables keep it, to four decimals: 127.273456 → 127.2735.
export const roundRate = (rate: number) => Math.round(rate * 10000) / 10000;

// 3e6 → "3 million"; 1200 → "1,200"
export function formatCount(value: number): string {
  for (const [scale, word] of SCALES) if (value >= scale) return `${threeDigits(value / scale)} ${word}`;
  return format(",~r")(value);
}

// 153.3018… → "153.30"
export const formatRate = format(".2f");

// 0.0058333 → "0.58%"; 0.024 → "2.4%"
export function formatShare(share: number): string {
  return format(share < 0.01 ? ".2~%" : ".2~r")(share < 0.01 ? share : share * 100) + (share < 0.01 ? "" : "%");
}

// 32 → "32nd"
export function formatOrdinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

// How one sum compares with another, from the unrounded values: (30.6e9, 25.4e9) → "20% more than"; (46.4, 46.5) →
// "about the same as" (under 0.5% apart); (97.7, 100) → "2.3% less than".
export function compareWords(value: number, reference: number): string {
  const change = (value / reference - 1) * 100;
  if (!Number.isFinite(change) || Math.abs(change) < 0.5) return "about the same as";
  const size = Math.abs(change);
  const shown = size >= 10 ? String(Math.round(size)) : String(Math.round(size * 10) / 10);
  return `${shown}% ${change > 0 ? "more" : "less"} than`;
}
