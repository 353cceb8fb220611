// A name that its acronym follows in brackets, written as the acronym: "the Faster Adoption and Manufacturing of
// (Hybrid and) Electric vehicles (FAME) scheme" → "the FAME scheme".

// How many words back the name may start.
const REACH = 12;

export function withAcronyms(s: string): string {
  let out = s;
  for (const m of [...s.matchAll(/\(\s*(\p{Lu}[\p{Lu}\p{N}&-]{1,9})\s*\)/gu)].reverse()) {
    const letters = m[1].replace(/[^\p{Lu}]/gu, "");
    const words = [...s.slice(0, m.index).matchAll(/[^\s()]+/g)].slice(-REACH);
    // The nearest capitalised word back that opens on the acronym's first letter, if the capitalised words from it
    // to the bracket hold the acronym's letters in order.
    const from = words.findLastIndex((w) => w[0][0] === letters[0]);
    if (from < 0) continue;
    let k = 0;
    for (const w of words.slice(from)) if (w[0][0] === letters[k]) k++;
    if (k === letters.length) out = `${out.slice(0, words[from].index)}${m[1]}${out.slice(m.index + m[0].length)}`;
  }
  return out;
}
