// Parenthetical currency pairs → one figure with the exchange rate the text implies.
import type {Quantity} from "./quantity.js";

export interface Conversion {
  from: Quantity; // "¥3.9 trillion"
  to: Quantity; // "US$25.44 billion"
  rate: number; // units of `from` per unit of `to`: 153.30 yen per dollar
  pair: string; // "JPY/USD"
}

const OPEN = /^[ \u00a0]*\([ \u00a0]*(?:about|around|roughly|some|approximately|or|nearly|almost)?[ \u00a0]*$/i;
const CLOSE = /^[ \u00a0]*\)/;

// "¥3.9 trillion (US$25.44 billion)" → {from: ¥3.9 tn, to: US$25.44 bn, rate: 153.30…, pair: "JPY/USD"}
export function linkConversions(text: string, quantities: Quantity[]): Conversion[] {
  const out: Conversion[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a.kind !== "money" || b.kind !== "money" || a.unit === b.unit || a.range || b.range) continue;
    if (!OPEN.test(text.slice(a.end, b.start)) || !CLOSE.test(text.slice(b.end, b.end + 4))) continue;
    out.push({from: a, to: b, rate: a.value / b.value, pair: `${a.unit}/${b.unit}`});
  }
  return out;
}
