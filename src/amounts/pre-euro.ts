// Money of an article published before the euro (1 January 2002): bare "francs" are the franc of the country the
// article is about, when its text names one clearly ("2 billion francs" in a French story of 1985 are French
// francs); bare "marks" with a scale are Deutsche marks. A franc the text leaves unclear stays the Swiss franc,
// marked for a person to check.
import type {Quantity} from "./quantity.js";

export const EURO_START = "2002-01-01";

// The franc of each country, and the words that name the country.
const FRANCS: [string, RegExp][] = [
  ["FRF", /\b(?:France|French|Paris)\b/g],
  ["BEF", /\b(?:Belgi(?:um|an)|Brussels)\b/g],
  ["CHF", /\b(?:Switzerland|Swiss|Zurich|Geneva|Bern)\b/g]
];
// "2 billion francs", not "2 billion Swiss francs".
const BARE_FRANCS = /(?:^|[\s\d.,-])francs?$/i;
// "4 billion marks" after a number with a scale: the Deutsche mark.
const MARKS = /^[ \u00a0]+marks?(?![\p{L}])/iu;

export function preEuro(text: string, quantities: Quantity[], published: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || published >= EURO_START) return;
  const named = FRANCS.map(([code, re]) => [code, (text.match(re) ?? []).length] as const).filter(([, n]) => n > 0);
  for (const q of quantities) {
    if (q.kind === "money" && q.unit === "CHF" && BARE_FRANCS.test(q.text) && !/swiss|french|belgian/i.test(q.text)) {
      if (named.length === 1) q.unit = named[0][0];
      else q.currencyFrom = "sentence"; // no one country: the Swiss franc, for a person to check
    }
    const marks = q.kind === "count" && q.exponent >= 6 ? MARKS.exec(text.slice(q.end, q.end + 12)) : null;
    if (marks) {
      q.kind = "money";
      q.unit = "DEM";
      q.end += marks[0].length;
      q.text = text.slice(q.start, q.end);
    }
  }
}
