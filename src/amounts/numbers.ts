// Numbers as printed in news text → exact values.

// Scale words and abbreviations → powers of ten.
export const SCALES: Record<string, number> = {
  thousand: 3,
  k: 3,
  lakh: 5, // Indian numbering: 1 lakh = 100,000
  lakhs: 5,
  crore: 7, // 1 crore = 10 million
  crores: 7, // "Rs 57,613 crores"
  million: 6,
  mn: 6,
  mln: 6, // wire style: "920 bln euros", "3 mln euros"
  mil: 6,
  bil: 9, // "590 bil. yen"
  m: 6,
  billion: 9,
  bn: 9,
  bln: 9,
  b: 9,
  trillion: 12,
  tn: 12,
  tln: 12, // "4.7 Tln Won"
  trn: 12,
  tr: 12
};

// Scale abbreviations that stand for a scale only after a currency ("US$5m", not "5m tall").
export const MONEY_ONLY_SCALES = new Set(["k", "m", "b", "tr", "mil", "mln", "bln", "bil", "tln", "trn"]);

// Western grouping "1,234,567.5" or Indian grouping "45,67,890.12" (lakh and crore places), or plain digits.
export const NUMERAL_SOURCE = String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+(?!\d))?`;
const WHOLE_NUMERAL = new RegExp(`^${NUMERAL_SOURCE}$`);

// Plain digits ("2024"), the commonest numeral, need neither the pattern nor the commas taken out.
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

// "1,200" → 1200; "25.44" → 25.44; "45,67,890.12" → 4567890.12; "1.2.3" → NaN
export function parseNumeral(numeral: string): number {
  if (isDigits(numeral)) return Number(numeral);
  if (!WHOLE_NUMERAL.test(numeral)) return NaN;
  return Number(numeral.replace(/,/g, ""));
}

// ("3.9", 12) → 3900000000000, exactly: the decimal is scaled in text, not by float multiplication.
// Negative exponents scale down the same way: ("40", -2) → 0.4 (cents).
export function scaleNumeral(numeral: string, exponent: number): number {
  const value = parseNumeral(numeral);
  if (!Number.isFinite(value)) return NaN;
  return exponent === 0 ? value : Number(`${numeral.replace(/,/g, "")}e${exponent}`);
}

// "billion" → 9; "Bn" → 9; "lakh crore" → 12; "thousand-crore" → 10; "furlong" → undefined
export function scaleExponent(word: string): number | undefined {
  const single = SCALES[word] ?? SCALES[word.toLowerCase()];
  if (single !== undefined) return single;
  let total = 0;
  for (const part of word.toLowerCase().split(/[\s\u00a0-]+/)) {
    const e = SCALES[part];
    if (e === undefined) return undefined;
    total += e;
  }
  return total;
}
