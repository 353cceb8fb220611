// Inputs built to make a careless scanner slow: long runs of what almost starts an amount. The tests run each
// at 250 kB; the benchmark times them at 250 kB and 1 MB, where a linear scan takes about ×4, a quadratic ×16.
export const ADVERSARIAL: [string, (n: number) => string][] = [
  ["a 1 MB line of digits", (n) => "9".repeat(n)],
  ["a 1 MB line of digit groups", (n) => "1,".repeat(n / 2)],
  ["nested parentheses", (n) => "(".repeat(n / 2) + "US$1 billion" + ")".repeat(n / 2)],
  ["a 1 MB line of amounts", (n) => "¥3.9 trillion (US$25.44 billion) ".repeat(n / 32)],
  ["currency symbols without numbers", (n) => "US$ ".repeat(n / 4)],
  ["decimals without end", (n) => "1.".repeat(n / 2)]
];
