// The ids of drafted figures, readable: the currency and the amount.

const SCALES: [number, string][] = [
  [1e12, "tn"],
  [1e9, "bn"],
  [1e6, "m"],
  [1e3, "k"]
];
const fewDecimals = (n: number) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6;
const idNumber = (n: number) => String(Math.round(n * 1000) / 1000).replace(/[^0-9]+/g, "_");

// A readable id for an amount: 14e9 USD → "usd_14bn"; 3.9e12 JPY → "jpy_3_9tn"; 1234567 USD → "usd_1234567"
export function figureId(value: number, unit: string): string {
  const scale = SCALES.find(([s], i) => value >= s && (i === 0 || value < s * 1000) && fewDecimals(value / s));
  const number = scale ? `${idNumber(value / scale[0])}${scale[1]}` : idNumber(value);
  return `${unit.toLowerCase().replace(/[^a-z0-9]/g, "")}_${number}`;
}
