// Whether a drafted label is a fragment an editor would not print: "Three-wheelers and Rs", "Rs: light commercial
// vehicles", "Period of three", "Intel: totalling", "Rs 1,500 crore".
import {isCurrency} from "../amounts/currencies.js";
import {currencyOfWord} from "../amounts/currency-words.js";
import {scaleExponent} from "../amounts/numbers.js";
import {OPENER_WORDS, VERB} from "./phrase.js";

// Words a phrase cannot end on: prepositions, conjunctions, articles, determiners, auxiliaries ("the debt of",
// "… and", "package is").
const DANGLING =
  /^(?:of|for|to|in|on|at|by|with|from|into|over|under|and|or|but|nor|the|an|its|their|his|her|our|this|that|these|those|such|than|as|which|who|including|per|via|plus|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should)$/i;
// A word that only links a subject to its amount: "Intel: totalling".
const LINK = /^(?:totall?ing|totaled|totalled|amounting|amounts?|bringing|reaching|worth|valued|costing)$/i;

// A count with no noun after it: "period of three".
const COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)$/;

// A word of currency: its sign, letters or name, or a scale ("Rs", "crore", "US$", "yen", "bn").
function currencyWord(word: string): boolean {
  const w = word.replace(/[.,;:]+$/, "");
  return (
    /^\p{L}{0,3}\p{Sc}[\p{N}.,]*$/u.test(w) ||
    /^(?:Rs|Rp|RM|RMB|Rmb)$/.test(w) ||
    (/^\p{Lu}{3}$/u.test(w) && isCurrency(w)) ||
    currencyOfWord(w) !== undefined ||
    (w.length > 1 && /^\p{Ll}+$/u.test(w) && scaleExponent(w) !== undefined)
  );
}

// Whether a label, before any time or amount the draft adds to it, is a fragment: it opens on a preposition, a
// conjunction or a currency, ends on one of those, an article or a count, is only an amount, or names only the
// word that links a subject to its amount. Each part of "Subject: what" is read on its own.
export function isFragment(label: string): boolean {
  return label.split(/:\s+/).some((part) => {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return true;
    const [first, last] = [words[0], words.at(-1)!.replace(/[.,;:]+$/, "")];
    return (
      OPENER_WORDS.test(first) ||
      /^(?:and|or|but)$/i.test(first) ||
      currencyWord(first) ||
      DANGLING.test(last) ||
      last === "a" ||
      COUNT.test(last) ||
      currencyWord(last) ||
      words.every((w) => currencyWord(w) || /^[\p{N}.,–-]+$/u.test(w)) ||
      (words.length === 1 && (LINK.test(first) || (VERB.test(first) && !/^total$/i.test(first))))
    );
  });
}
