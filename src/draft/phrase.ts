// The words of a label: where a noun phrase stops (a verb, a clause word, a time, another amount), the words that
// cannot open one, and the tidying of what is kept. "government-guaranteed bonds and attract 15 trillion won" →
// "government-guaranteed bonds".

// Words that end a noun phrase: verbs, clause words, prepositions of time and manner.
export const STOP = new Set(
  (
    "that which who whom whose to by from over at as with under until since through during after before while " +
    "because said says say will would could should may might can is was are were be been being has have had do " +
    "does did than then when where if but or nor so yet also about around nearly almost some up down out into " +
    "including include includes according per each this these those its their his her our your it they he she we " +
    "i you amid against across between among via plus more less up already still just only now even again " +
    "respectively annually"
  ).split(" ")
);
// Words that begin a phrase of time, not of what the money is for: "in 2026", "next year".
export const TIME =
  /^(?:(?:in|for|during|over|by|since|until|through)\s+)?(?:the\s+)?(?:(?:19|20)\d{2}\b|fiscal\b|next\b|last\b|this\b|coming\b|past\b|previous\b|current\b|(?:first|second|third|fourth)\s+(?:quarter|half|year|month|week|fiscal)\b|year\b|years\b|month\b|months\b|quarter\b|week\b|january|february|march|april|may\b|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
export const DETERMINERS =
  /^(?:(?:and|but|or)\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\b\s*|(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|about|around|nearly|almost)\s+)/i;
// Leading words of time: "Last year's budget" → "budget"; "This year's" → "".
const TIME_POSSESSIVE =
  /^(?:(?:last|this|next|the\s+previous|the\s+current)\s+(?:year|month|week|quarter)(?:'s|’s)|(?:19|20)\d{2}(?:'s|’s)?)\s+/i;
// Verbs between a subject and its amount: "Defence spending will rise to", "Electricity subsidies will cost".
export const VERB =
  /\b(?:will|would|could|is|was|are|were|has|have|had|rose|rise|rises|risen|fell|fall|falls|cost|costs|reached|reach|reaches|totals|totalled|totaled|total|amounted|amounts|stood|stands|grew|grow|jumped|climbed|dropped|declined|expected|set|plans|planned|approved|proposed|said|says|spent|spend|spends|invested|invest|invests|raised|raise|raises|earmarked|allocated|pledged|announced)\b/i;

export const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/u;
const PREPOSITION = /^(?:of|for|in|on|to|into|with|at|by|from)$/i;
// An amount next: "Rs 1,87,000", "RM5.8 billion", "US$2 billion", "$5 billion", "15 trillion won".
const AMOUNT_NEXT = /^\s+(?:\d|(?:Rs|Rp|RMB?|Rmb)\.?\s?\d|\p{Lu}{0,3}\s?\p{Sc}\s?\d|\p{Lu}{3}\s\d)/u;

// The words of `s` from its start until a stop word, punctuation or an amount: at most `max` words.
export function phrase(s: string, max = 6): string {
  const out: string[] = [];
  let rest = s;
  for (;;) {
    rest = rest.replace(/^\s+/, "");
    const m = WORD.exec(rest);
    if (!m) break;
    const word = m[0].replace(/[.’']+$/, "");
    // A name is never cut: "the debt of Air India Ltd", not "… of Air" (a few words more at most).
    const name = /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(out.at(-1) ?? "");
    if (out.length >= max && !(name && out.length < max + 4)) {
      // …and a phrase cut at `max` words ends before its last preposition: "venture Rapidus Corp in additional
      // financial aid" → "venture Rapidus Corp"
      // (not one that ends there anyway: "fund for construction of production bases | for cutting-edge chips")
      const ends = PREPOSITION.test(word) || STOP.has(word.toLowerCase()) || VERB.test(word);
      const at = out.findLastIndex((w, i) => i > 0 && PREPOSITION.test(w));
      if (at > 0 && !ends) out.splice(at);
      break;
    }
    // "support to Rapidus": a recipient's name after "to" stays
    if (out.length && word.toLowerCase() === "to" && /^\s+\p{Lu}/u.test(rest.slice(m[0].length))) {
      out.push(word);
      rest = rest.slice(m[0].length);
      continue;
    }
    // "cost" after a word that qualifies it is a noun: "Estimated cost of the scheme", "total cost", "additional costs"
    const noun =
      /^costs?$/i.test(word) &&
      /^(?:estimated|projected|total|final|overall|additional|extra|other|further|operating|running|rising)$/i.test(
        out.at(-1) ?? ""
      );
    if (STOP.has(word.toLowerCase()) || (VERB.test(word) && out.length && !noun)) break;
    if (out.length && /^(?:going|coming|flowing|heading)$/i.test(word)) break;
    if (out.length && /^\p{Ll}+ly$/u.test(word) && !/^(?:supply|family|assembly|monopoly)$/i.test(word)) break; // "Intel initially agreed" // "aid going into the firm"
    if (/\d/.test(word) && out.length) break; // another amount: "Sabah and RM5.8 billion"
    // A verb in the past before its object: "Ministry of Finance issued 1.55 trillion yuan" → "Ministry of Finance"
    if (
      out.length &&
      /^\p{Ll}+ed$/u.test(word) &&
      /^\s*(?:$|\p{Sc}|\d|(?:a|an|the|some|about|nearly)\s)/u.test(rest.slice(m[0].length))
    )
      break;
    // "a fund aimed at ensuring stable supply", "a fund designed to facilitate the construction" → "fund for …"
    const purpose = /^\s+(?:at\s+[\p{L}-]+ing|to\s+[\p{L}-]+)(?=\s)/u.exec(rest.slice(m[0].length));
    if (out.length && /^(?:aimed|designed|intended|meant)$/i.test(word) && purpose) {
      out.push("for");
      rest = rest.slice(m[0].length + purpose[0].length).replace(/^\s+(?:the|a|an)\s/i, " ");
      continue;
    }

    if (TIME.test(rest) && out.length) break;
    // "and" joins two nouns ("electricity and gas"), not a new clause ("and attract 15 trillion won"): it is kept
    // only when a noun follows that is not a verb of the sentence
    if (/^(?:and|&)$/i.test(word)) {
      const next = WORD.exec(rest.slice(m[0].length).replace(/^\s+/, ""))?.[0] ?? "";
      if (
        !next ||
        AMOUNT_NEXT.test(rest.slice(m[0].length)) || // another amount: "three-wheelers and Rs 1,87,000"
        /^(?:the|a|an)$/i.test(next) || // "the state government and the rest"
        VERB.test(next) ||
        STOP.has(next.toLowerCase()) ||
        /(?:ed|ing)$/.test(next) ||
        // a verb and its object: "and increase the ceiling"
        /^\s+\p{Ll}+\s+(?:the|a|an|its|their)\s/u.test(rest.slice(m[0].length)) ||
        /^(?:attract|create|build|expand|boost|fund|support|raise|spend|invest|cut|make|help)$/i.test(next)
      )
        break;
    }
    out.push(word);
    rest = rest.slice(m[0].length);
    // A comma inside a list of what qualifies one noun goes on to that noun: "buyers of all-electric, “near
    // all-electric” and hydrogen vehicles", "education, health and social services"
    const list = modifierList(word, rest);
    if (list && out.length + list.length <= max + 4) {
      out[out.length - 1] += ",";
      out.push(...list);
      break;
    }
    if (/^\s*[,;:()—–]/.test(rest) || /^[.](?:\s|$)/.test(rest)) break;
  }
  while (out.length && /^(?:and|&|of|for|the|a|an|on|in)$/i.test(out.at(-1)!)) out.pop();
  return out.join(" ");
}

// The rest of a list after `word` and its comma, when it ends on the noun the list qualifies: ", “near
// all-electric” and hydrogen vehicles" → ["near", "all-electric", "and", "hydrogen", "vehicles"]. Only after a word
// that is no plural noun of its own, items of one or two plain words, and a last item of a word and its plural.
const LIST =
  /^\s*,\s*((?:["“]?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?["”]?\s*,\s*){0,3}["“]?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?["”]?,?\s+(?:and|or)\s+[\p{Ll}-]+\s+\p{Ll}{2,}s)(?![\p{L}-])/u;
function modifierList(word: string, rest: string): string[] | undefined {
  const m = /\p{Ll}$/u.test(word) && !/s$/.test(word) ? LIST.exec(rest) : null;
  const words = m?.[1].replace(/["“”]/g, "").trim().split(/\s+/);
  const plain = (w: string) =>
    /^(?:and|or)$/.test(w) || (!STOP.has(w.replace(/,$/, "")) && !VERB.test(w) && !DETERMINERS.test(`${w} `));
  return words?.every(plain) ? words : undefined;
}
// Where a clause cut at such a list's comma ends, with the list: `end` is the comma's offset in `text`.
export function listEnd(text: string, end: number): number {
  const word = /[\p{L}-]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? "";
  const list = modifierList(word, text.slice(end));
  return list ? end + LIST.exec(text.slice(end))![0].length : end;
}

// Whether a word can open a label: not a preposition, an adverb or a verb's form ("About", "According",
// "Bringing", "Estimated", "Specifically").
export const OPENER_WORDS =
  /^(?:to|by|of|for|from|in|on|at|with|as|than|about|around|into|over|under|among|amid|according|after|before|since|such|alone|which|that|while|including|up|per|plus|via)$/i;
export function headWord(word: string): boolean {
  if (/^total$/i.test(word)) return true; // "total government aid"
  return (
    !OPENER_WORDS.test(word) && !/^\p{L}+(?:ing|ed)$/u.test(word) && !/^\p{Ll}+ly$/u.test(word) && !VERB.test(word)
  );
}

// Whether a subject phrase can be a label: its first word a noun, and a verb's form only when no object follows
// it in `source` ("Spending will reach …" yes; "Bringing the total to …", "Totaling R$ 40 billion" no).
export function opensLabel(subject: string, source: string): boolean {
  const first = subject.split(/\s+/)[0];
  if (headWord(first)) return true;
  if (/^\p{L}+ed$/u.test(subject)) return false; // "Estimated", "Combined" alone are no noun
  if (OPENER_WORDS.test(first) || /^\p{Ll}+ly$/u.test(first) || VERB.test(first)) return false;
  const at = source.toLowerCase().indexOf(first.toLowerCase());
  return (
    at >= 0 &&
    !/^\s*(?:the|a|an|its|their|his|her|some|\p{Sc}|\p{Lu}{1,2}\b|\d|[,:;(])/iu.test(source.slice(at + first.length))
  );
}

export const tidy = (s: string) =>
  s
    .trim()
    .replace(/^(?:and|but|or|while|whereas)\s+/i, "")
    .replace(DETERMINERS, "")
    .replace(TIME_POSSESSIVE, "")
    .replace(DETERMINERS, "")
    // "the total amount of government support" → "total government support"
    .replace(/^(?:total\s+)?amount\s+of\s+/i, "total ")
    .trim();
