// The figure a drafted story leads on, from its headline.
import {extractAmounts} from "../amounts/extract-amounts.js";

// The money a story is about: the amount its headline names (the figure of the article's text that states it, or
// that this one converts), else the article's first sum.
export function leadOf(
  title: string,
  figures: {id: string; value: number; unit: string; restates: string; converts: string}[],
  home?: string
): string | undefined {
  const own = figures.filter((f) => !f.restates);
  // Its money, or a bare number the article gives a currency ("…of the promised 8 billion": 8 billion reais).
  const amounts = extractAmounts(title, {sentences: false, home});
  const named =
    amounts.flatMap((q) =>
      q.kind === "money" ? own.filter((f) => f.value === q.value && f.unit === q.unit) : []
    )[0] ??
    amounts.flatMap((q) => (q.kind !== "money" && q.value >= 1e6 ? own.filter((f) => f.value === q.value) : []))[0];
  const lead = named ?? own.find((f) => !f.converts);
  return lead?.converts || lead?.id;
}
