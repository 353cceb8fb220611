// Short labels for the amounts of an article, from their own sentences: the noun phrase the money is for, with
// the sentence's subject when it names one. "…would issue 15 trillion won of government-guaranteed bonds…" →
// "government-guaranteed bonds"; "Acme said it would invest US$2 billion in Ohio." → "Acme: Ohio".
import type {Span} from "./sentences.js";

// Words that end a noun phrase: verbs, clause words, prepositions of time and manner.
const STOP = new Set(
  (
    "that which who whom whose to by from over at as with under until since through during after before while " +
    "because said says say will would could should may might can is was are were be been being has have had do " +
    "does did than then when where if but or nor so yet also about around nearly almost some up down out into " +
    "including include includes according per each this these those its their his her our your it they he she we " +
    "i you amid against across between among via plus more less up"
  ).split(" ")
);
// Words that begin a phrase of time, not of what the money is for: "in 2026", "next year".
const TIME =
  /^(?:(?:in|for|during|over|by|since|until|through)\s+)?(?:the\s+)?(?:(?:19|20)\d{2}\b|fiscal\b|next\b|last\b|this\b|coming\b|past\b|previous\b|current\b|first\b|second\b|third\b|fourth\b|year\b|years\b|month\b|months\b|quarter\b|week\b|january|february|march|april|may\b|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
const DETERMINERS =
  /^(?:(?:and|but|or)\s+)?(?:(?:a|an)\s+(?:further|additional|extra)\b\s*|(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|about|around|nearly|almost)\s+)/i;
// Leading words of time: "Last year's budget" → "budget"; "This year's" → "".
const TIME_POSSESSIVE =
  /^(?:(?:last|this|next|the\s+previous|the\s+current)\s+(?:year|month|week|quarter)(?:'s|’s)|(?:19|20)\d{2}(?:'s|’s)?)\s+/i;
// Verbs between a subject and its amount: "Defence spending will rise to", "Electricity subsidies will cost".
const VERB =
  /\b(?:will|would|could|is|was|are|were|has|have|had|rose|rise|rises|risen|fell|fall|falls|cost|costs|reached|reach|reaches|totals|totalled|totaled|total|amounted|amounts|stood|stands|grew|grow|jumped|climbed|dropped|declined|expected|set|plans|planned|approved|proposed|said|says|spent|spend|spends|invested|invest|invests|raised|raise|raises|earmarked|allocated|pledged|announced)\b/i;

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/u;
// A dateline: "SEOUL (Reuters) - ", "TOKYO, Sept 1 (AP) — ", "SAO PAULO, Nov. 20 (Reuters) - "
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}\p{L}*\.?\s+\d{1,2})?\s*\([^)]*\)\s*[-–—]+\s*/u;

// A span without the dateline it opens with: "SAO PAULO, Nov 20 (Reuters) - Brazil's government…" → "Brazil's…".
export function withoutDateline(text: string, span: Span): Span {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  return m && m[0].length < span.end - span.start ? {start: span.start + m[0].length, end: span.end} : span;
}

// The words of `s` from its start until a stop word, punctuation or an amount: at most `max` words.
function phrase(s: string, max = 6): string {
  const out: string[] = [];
  let rest = s;
  for (;;) {
    rest = rest.replace(/^\s+/, "");
    const m = WORD.exec(rest);
    if (!m || out.length >= max) break;
    const word = m[0].replace(/[.’']+$/, "");
    if (STOP.has(word.toLowerCase()) || (VERB.test(word) && out.length)) break;
    if (/^\d/.test(word) && out.length) break; // another amount
    if (TIME.test(rest) && out.length) break;
    // "and" joins two nouns ("electricity and gas"), not a new clause ("and attract 15 trillion won"): it is kept
    // only when a noun follows that is not a verb of the sentence
    if (/^(?:and|&)$/i.test(word)) {
      const next = WORD.exec(rest.slice(m[0].length).replace(/^\s+/, ""))?.[0] ?? "";
      if (
        !next ||
        VERB.test(next) ||
        STOP.has(next.toLowerCase()) ||
        /(?:ed|ing)$/.test(next) ||
        /^(?:attract|create|build|expand|boost|fund|support|raise|spend|invest|cut|make|help)$/i.test(next)
      )
        break;
    }
    out.push(word);
    rest = rest.slice(m[0].length);
    if (/^\s*[,;:()—–]/.test(rest) || /^[.](?:\s|$)/.test(rest)) break;
  }
  while (out.length && /^(?:and|&|of|for|the|a|an|on|in)$/i.test(out.at(-1)!)) out.pop();
  return out.join(" ");
}

const tidy = (s: string) =>
  s
    .trim()
    .replace(/^(?:and|but|or|while|whereas)\s+/i, "")
    .replace(DETERMINERS, "")
    .replace(TIME_POSSESSIVE, "")
    .replace(DETERMINERS, "")
    .trim();

// A proper name: "Foxconn", "SK Hynix", "Bank of Japan", "Banco de Brasil".
const NAME = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*/u;
// The kinds of company or body a name follows: "Chinese firm Zilia", "chip designer Ceitec".
const ROLES =
  "firm|company|group|maker|chipmaker|carmaker|automaker|giant|startup|start-up|bank|lender|fund|insurer|retailer|operator|designer|developer|manufacturer|conglomerate|rival|unit|subsidiary|chip|battery|tech|industry|trade|lobby";
const LEADING_NAME = new RegExp(`^(${NAME.source})`, "u");
// What comes between a place or a kind and the name it introduces: "'s Foxconn", " firm Zilia".
const INTRODUCED = new RegExp(`^(?:['’]s|\\s+(?:${ROLES})(?:\\s+(?:${ROLES}))?)\\s+(${NAME.source})`, "u");

// The sentence's subject when it is a name: "South Korea's government on Thursday…" → "South Korea";
// "Acme said…" → "Acme"; "The finance ministry said…" → "".
export function entityOf(text: string, sentence: Span): string {
  let s = text.slice(sentence.start, sentence.end).trimStart();
  // A dateline: "SEOUL (Reuters) - " or "TOKYO, Sept 1 (AP) — "
  s = s.replace(DATELINE, "").replace(/^(?:(?:and|but|while|whereas)\s+)?(?:the\s+|The\s+)(?=\p{Lu})/u, "");
  s = s.replace(/^(?:and|but|while|whereas)\s+(?=\p{Lu})/u, "");
  const m = LEADING_NAME.exec(s);
  // A currency's letters are no one's name: "R$15 billion", "S$2 billion".
  if (!m || /^\p{Sc}/u.test(s.slice(m[1].length))) return "";
  // A name that a place or a kind introduces is the one: "Taiwan's Foxconn", "Chinese firm Zilia", "Industry group
  // Abisemi" → Foxconn, Zilia, Abisemi ("South Korea's government" stays South Korea's).
  const named = INTRODUCED.exec(s.slice(m[1].length));
  const [name, rest] = named
    ? [named[1], s.slice(m[1].length + named[0].length)]
    : [m[1].replace(/(?:'s|’s)$/, ""), s.slice(m[1].length)];
  // The one who speaks is a source, not the one the money is about: "Prime Minister Shigeru Ishiba said…"
  // (unless it speaks of itself: "Acme said it would invest…", "Foxconn said last year it would…")
  if (
    /^\s+(?:said|says|told|added|noted|announced)\b(?!\s+(?:(?:on|last|this|in)\s+\w+\s+)?(?:it|its|they|their|we)\b)/.test(
      rest
    )
  )
    return "";
  const first = name.split(/\s+/)[0];
  if (
    /^(?:The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|These|Those|Last|Next|Since|Over|Under|Its|Their|Spending|Finance|Defence|Defense)$/.test(
      first
    )
  )
    return "";
  return name.split(/\s+/).length <= 5 ? name : "";
}

// The amount's own noun phrase, from its sentence:
// - what follows it: "of government-guaranteed bonds", "for semiconductors", "on AI", "in Ohio";
// - the noun it qualifies: "a 728 trillion won ($523 billion) budget" → "budget";
// - else its clause's subject: "Defence spending will rise to 82.7 billion euros" → "Defence spending".
// `end` is where the amount ends, its bracketed conversion included.
// Words that qualify an amount without saying what it is for: "a further", "an extra".
const EMPTY_LABEL =
  /^(?:further|additional|extra|new|more|other|another|total|record|country|nation|region|world|economy)$/i;

export function nounPhrase(text: string, amount: {start: number; end: number}, clause: Span): string {
  const label = phraseOf(text, amount, clause);
  return EMPTY_LABEL.test(label) ? "" : label;
}

function phraseOf(text: string, amount: {start: number; end: number}, clause: Span): string {
  // A participle between the amount and what it is for: "30 billion euros expected from member states".
  const after = text
    .slice(amount.end, clause.end)
    .replace(/^\s+(?:expected|earmarked|promised|pledged|raised|allocated|coming|due)(?=\s+(?:from|for|by)\s)/i, "")
    .replace(/^(\s+)(?:from|by)(?=\s)/i, "$1for");
  const before = text.slice(clause.start, amount.start);
  const prep = /^\s+(?:of|for|on|in|to|toward|towards|into)\s+(?!(?:the\s+)?(?:19|20)\d{2}\b)/i.exec(after);
  if (prep && !TIME.test(after.slice(prep[0].length - 1).trimStart())) {
    const np = tidy(phrase(tidy(after.slice(prep[0].length))));
    if (np) return np;
  }
  if (
    /\b(?:a|an|the|its|their|his|her|our)\s*$/i.test(before) ||
    /(?:^|\s)(?:a|an)\s+(?:record|total|further|new|extra|additional)\s*$/i.test(before)
  ) {
    const head = phrase(after.replace(/\s+(?:for|of|on|in|to)\s[\s\S]*$/i, ""), 3);
    if (head && !VERB.test(head.split(" ")[0]) && !TIME.test(after.trimStart())) {
      const more = /^\s+(?:for|of)\s+(?!(?:the\s+)?(?:next|last|this|coming|(?:19|20)\d{2}))/i.exec(
        after.slice(after.indexOf(head) + head.length)
      );
      const tail = more ? phrase(after.slice(after.indexOf(head) + head.length + more[0].length), 4) : "";
      return tidy(tail ? `${head}${more![0].replace(/\s+/g, " ")}${tail}` : head);
    }
  }
  // "an extra budget of 13.9 trillion yen" → "extra budget"; "incentives of 760 billion rupees" → "incentives"
  const of =
    /(?:^|\s)((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/u.exec(
      before
    );
  if (of) {
    const words = of[1].split(/\s+/);
    const from = words.findLastIndex((w) => STOP.has(w.toLowerCase()) || VERB.test(w) || DETERMINERS.test(`${w} `));
    const noun = tidy(words.slice(from + 1).join(" "));
    if (noun && !TIME.test(noun)) return noun;
  }
  // "support the sector with more than ¥10 trillion" → "sector"
  const withs =
    /\b(?:the|a|an|its|their)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+with\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?$/u.exec(
      before
    );
  if (withs && !VERB.test(withs[1])) return withs[1];
  const subject = tidy(phrase(tidy(before.replace(DATELINE, ""))));
  if (subject && !VERB.test(subject.split(/\s+/)[0]) && !STOP.has(subject.toLowerCase())) return subject;
  return "";
}

// The subject of a sentence's first clause, for an amount in a clause of its own ("…will rise to 35.3 trillion
// won next year, from 29.6 trillion won this year" → "Spending on research and development").
export function subjectOf(text: string, clause: Span): string {
  const s = tidy(text.slice(clause.start, clause.end).replace(DATELINE, ""));
  const subject = tidy(phrase(s));
  return subject && !VERB.test(subject.split(/\s+/)[0]) && !STOP.has(subject.toLowerCase()) ? subject : "";
}

// Labels made unique: a repeated label gets its amount ("Defence spending, 82.7 billion euros").
export function uniqueLabels(items: {label: string; text: string}[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.label, (counts.get(i.label) ?? 0) + 1);
  const seen = new Set<string>();
  return items.map((i) => {
    let label = counts.get(i.label)! > 1 || !i.label ? (i.label ? `${i.label}, ${i.text}` : i.text) : i.label;
    for (let k = 2; seen.has(label); k++) label = `${i.label || i.text} (${k})`;
    seen.add(label);
    return label;
  });
}
