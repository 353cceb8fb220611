// Articles made for the tests and the benchmark.

// A long article: `amounts` amounts in five currencies (two a sentence), of past, present and future years.
export function longArticle(amounts: number): string {
  const money = ["US$%d billion", "€%d million", "¥%d billion", "%d trillion won", "£%d million"];
  const when = ["last year", "this year", "next year", "in 2023", "over the next five years", "since 2021"];
  const sentences: string[] = [];
  for (let i = 0; i < amounts; i += 2) {
    const a = money[i % 5].replace("%d", String(10 + i));
    const b = money[(i + 1) % 5].replace("%d", String(11 + i));
    sentences.push(`Company ${i} will spend ${a} on plant ${i} ${when[i % 6]}, and ${b} on research in region ${i}.`);
  }
  return sentences.map((s, i) => (i % 4 === 3 ? `${s}\n\n` : `${s} `)).join("");
}
