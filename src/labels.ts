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
    "i you amid against across between among via plus more less up already still just only now even again " +
    "respectively annually"
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
// A dateline: "SEOUL (Reuters) - ", "TOKYO, Sept 1 (AP) — ", "SAO PAULO, Nov. 20 (Reuters) - ", "SAO PAULO--",
// "TOKYO – ", "KUALA LUMPUR (Oct 13): ", "Nov. 8 (Jiji Press)--"
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*\p{Lu}\p{L}*\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:--|[–—:]|-(?=\s))|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*(?:--|[-–—]))\s*/u;
// An opening phrase before the clause's subject: "According to the ministry, ", "As of Thursday, ", "Combined, ".
const OPENING =
  /^(?:according|as|among|after|before|by|for|in|on|at|of|since|to|under|with|while|meanwhile|however|also|overall|separately|specifically|combined|altogether|together|in addition|besides|still|yet|now|then|thus|so)\b[^,;:]{0,80},\s*/i;

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
    // "support to Rapidus": a recipient's name after "to" stays
    if (out.length && word.toLowerCase() === "to" && /^\s+\p{Lu}/u.test(rest.slice(m[0].length))) {
      out.push(word);
      rest = rest.slice(m[0].length);
      continue;
    }
    if (STOP.has(word.toLowerCase()) || (VERB.test(word) && out.length)) break;
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
    if (/^\s*[,;:()—–]/.test(rest) || /^[.](?:\s|$)/.test(rest)) break;
  }
  while (out.length && /^(?:and|&|of|for|the|a|an|on|in)$/i.test(out.at(-1)!)) out.pop();
  return out.join(" ");
}

// Whether a word can open a label: not a preposition, an adverb or a verb's form ("About", "According",
// "Bringing", "Estimated", "Specifically").
const OPENER_WORDS =
  /^(?:to|by|of|for|from|in|on|at|with|as|than|about|around|into|over|under|among|amid|according|after|before|since|such|alone|which|that|while|including|up|per|plus|via)$/i;
export function headWord(word: string): boolean {
  if (/^total$/i.test(word)) return true; // "total government aid"
  return (
    !OPENER_WORDS.test(word) && !/^\p{L}+(?:ing|ed)$/u.test(word) && !/^\p{Ll}+ly$/u.test(word) && !VERB.test(word)
  );
}

// Whether a subject phrase can be a label: its first word a noun, and a verb's form only when no object follows
// it in `source` ("Spending will reach …" yes; "Bringing the total to …", "Totaling R$ 40 billion" no).
function opensLabel(subject: string, source: string): boolean {
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

const tidy = (s: string) =>
  s
    .trim()
    .replace(/^(?:and|but|or|while|whereas)\s+/i, "")
    .replace(DETERMINERS, "")
    .replace(TIME_POSSESSIVE, "")
    .replace(DETERMINERS, "")
    // "the total amount of government support" → "total government support"
    .replace(/^(?:total\s+)?amount\s+of\s+/i, "total ")
    .trim();

// A proper name: "Foxconn", "SK Hynix", "Bank of Japan", "Banco de Brasil".
const NAME = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*/u;
// The kinds of company or body a name follows: "Chinese firm Zilia", "chip designer Ceitec".
const ROLES =
  "firm|company|group|maker|chipmaker|carmaker|automaker|giant|startup|start-up|bank|lender|fund|insurer|retailer|operator|designer|developer|manufacturer|conglomerate|rival|unit|subsidiary|chip|battery|tech|industry|trade|lobby";
const HEADLINE_VERB =
  /^(?:To|Will|Unveils?|Announces?|Approves?|Plans?|Eyes|Gives?|Commits?|Offers?|Reaches|Says|Sets|Launches|Backs|Pledges|Invests|Allocates|Earmarks|Boosts|Cuts|Raises|Injects|Spends|Gets|Wins|Seeks|Agrees)$/;
const LEADING_NAME = new RegExp(`^(${NAME.source})`, "u");
// What comes between a place or a kind and the name it introduces: "'s Foxconn", " firm Zilia".
const INTRODUCED = new RegExp(`^(?:['’]s|\\s+(?:${ROLES})(?:\\s+(?:${ROLES}))?)\\s+(${NAME.source})`, "u");

// The sentence's subject when it is a name: "South Korea's government on Thursday…" → "South Korea";
// "Acme said…" → "Acme"; "The finance ministry said…" → "".
export function entityOf(text: string, sentence: Span): string {
  let s = text.slice(sentence.start, sentence.end).trimStart();
  // A dateline: "SEOUL (Reuters) - " or "TOKYO, Sept 1 (AP) — "
  s = s
    .replace(DATELINE, "")
    .replace(OPENING, "")
    .replace(/^(?:(?:and|but|while|whereas)\s+)?(?:the\s+|The\s+)(?=\p{Lu})/u, "");
  s = s.replace(/^(?:and|but|while|whereas)\s+(?=\p{Lu})/u, "");
  const m = LEADING_NAME.exec(s);
  // A currency's letters are no one's name: "R$15 billion", "S$2 billion".
  if (!m || /^\p{Sc}/u.test(s.slice(m[1].length)) || /\d/.test(m[1])) return "";
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
  // A headline's verb ends the name: "UK Government Unveils Long-Awaited …" → "UK Government"
  const cut = name.split(/\s+/).findIndex((w, i) => i > 0 && HEADLINE_VERB.test(w));
  if (cut > 0) return entityOf(name.split(/\s+/).slice(0, cut).join(" "), {start: 0, end: name.length});
  const first = name.split(/\s+/)[0];
  if (
    /^(?:The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|These|Those|Last|Next|Since|Over|Under|Its|Their|Spending|Finance|Defence|Defense)$/.test(
      first
    ) ||
    !headWord(first)
  )
    return "";
  // A people's adjective names no one: "Japanese government" → ""
  if (/^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|can|man|ch)$/u.test(name) && /^\s+\p{Ll}/u.test(rest)) return "";
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

// Verbs of what money does, after "to" or "will": "to help cover the cost of rebuilding" → "covering the cost of
// rebuilding"; "will help companies keep jobs" → "helping companies keep jobs".
const PURPOSE =
  /^\s+(?:to|will|would|could|can)\s+(?:help\s+(?=\p{L}+\s))?(help|cover|support|fund|finance|offset|combat|fight|tackle|boost|build|rebuild|ease|improve|buy|develop|promote|expand|strengthen|soften|repair|upgrade|protect|revive|stimulate|modernise|modernize)\s+/iu;
const gerund = (verb: string) =>
  verb.toLowerCase() === "offset" ? "offsetting" : `${verb.toLowerCase().replace(/([^e])e$/, "$1")}ing`;
// A name of several capitalised words: "Ministry of Entrepreneur Development and Cooperatives", "United States".
const LONG_NAME = /\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:(?:of|de|and|for|&)\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*)*/u;
const BRACKETED = new RegExp(`(?:^|[\\s,;])(?:the\\s+)?(${LONG_NAME.source})\\s*\\(\\s*$`, "u");
// The words before `end` back to a verb, a stop word or a determiner, at most `max`: "…approved extension of
// Digital India project" → "extension of Digital India project".
function nounBefore(s: string, max = 7): string {
  const words = s
    .replace(/\s*\([^)]*\)/g, "")
    .trim()
    .split(/\s+/)
    .slice(-max);
  const from = words.findLastIndex(
    (w, i) =>
      (STOP.has(w.toLowerCase()) && !/^(?:of)$/i.test(w)) ||
      VERB.test(w) ||
      (/^\p{Ll}+(?:ing|ed)$/u.test(w) && i < words.length - 1) || // "approving seven projects", not "ceiling"
      /[,;:]$/.test(w) ||
      (DETERMINERS.test(`${w} `) && !/^of$/i.test(words[i - 1] ?? "")) // "extension of the … project"
  );
  const noun = tidy(words.slice(from + 1).join(" "));
  return noun && !TIME.test(noun) && !/^(?:of|and|for)\b/i.test(noun) && !VERB.test(noun.split(" ").at(-1)!)
    ? noun
    : "";
}

function phraseOf(text: string, amount: {start: number; end: number}, clause: Span): string {
  const before = text.slice(clause.start, amount.start);
  // An amount in brackets after what it is for: "the Ministry of National Unity (RM1.43 million)" → the name.
  const bracketed = BRACKETED.exec(before);
  if (bracketed && !/^(?:The|A|An)$/.test(bracketed[1])) return bracketed[1];
  const after = text
    .slice(amount.end, clause.end)
    // An amount's bracketed conversion: "R$ 16 billion ($ 3.2 bn) to offset …"
    .replace(/^\s*\([^)]*\d[^)]*\)/, "")
    // A bracketed conversion's own words end at its bracket: "10bn euros (£8.5bn) in subsidies" → "in subsidies"
    .replace(/^\s*\)/, "")
    // A span of time before what the money is for: "1 trillion reais over the next few months for the measures"
    .replace(
      /^\s+(?:over|in|within|during)\s+(?:the\s+)?(?:next|coming)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|decades?)\b,?/i,
      ""
    )
    // "1.55 trillion yuan worth of special treasury bonds" → "of special treasury bonds"
    .replace(/^(\s+)worth\s+(?=of\s)/i, "$1")
    // A participle between the amount and what it is for: "30 billion euros expected from member states".
    .replace(/^\s+(?:expected|earmarked|promised|pledged|raised|allocated|coming|due)(?=\s+(?:from|for|by)\s)/i, "")
    // A verb of where money goes or comes from: "4.5 billion reais will go to …", "83.4 billion reais will be freed
    // up for …", "Rs 20,000 crore will be provided by Central government"
    .replace(
      /^\s+(?:(?:will|would|is|was|are|were|to)\s+)?(?:be\s+|been\s+)?(?:go|goes|going|went|freed\s+up|allocated|allotted|earmarked|set\s+aside|directed|channell?ed)(?=\s+(?:to|for|on|towards?|into)\s)/i,
      ""
    )
    .replace(
      /^\s+(?:(?:will|would|is|was|are|were)\s+)?(?:be\s+|been\s+)?(?:provided|paid|funded|financed|contributed|borne|put\s+up)(?=\s+(?:by|from)\s)/i,
      ""
    )
    .replace(/^(\s+)(?:from|by)(?=\s)/i, "$1for");
  // A split year is a fiscal year: "A$1 billion earmarked for 2020/21" → "fiscal 2020/21"
  const fiscal = /^\s+(?:for|in)\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})[/–-]((?:19|20)?\d{2})\b/i.exec(after);
  if (fiscal) return `fiscal ${fiscal[1]}/${fiscal[2].slice(-2)}`;
  // What the money does: "to help cover the cost of rebuilding" → "covering the cost of rebuilding".
  const purpose = PURPOSE.exec(after);
  if (purpose) {
    const [, det = "", rest] = /^((?:the|a|an)\s+)?([\s\S]*)$/i.exec(after.slice(purpose[0].length))!;
    const object = phrase(rest);
    if (object) return `${gerund(purpose[1])} ${det}${object}`;
  }
  const prep =
    /^\s+(?:of|for|on|in|to|toward|towards|into|under)\s+(?:\p{Ll}+ly\s+)?(?!(?:the\s+)?(?:19|20)\d{2}\b)/iu.exec(
      after
    );
  if (prep && !TIME.test(after.slice(prep[0].length - 1).trimStart())) {
    const np = tidy(phrase(tidy(after.slice(prep[0].length))));
    if (np && !EMPTY_LABEL.test(np)) return np;
  }
  // What the amount is of, said before it and read back to a verb: "extension of Digital India project with an
  // outlay of Rs 14,903 crore", "emergency measures to inject nearly 150 billion reais", "the Prime Minister's
  // Department which amounts to RM64.9 million".
  const cue = [
    /^([\s\S]*?)\s+with\s+(?:a|an|the)?\s*(?:total\s+|estimated\s+)?(?:amount|outlay|cost|budget|allocation|value)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    // "for the Prime Minister's Department which amounts to RM64.9 million"
    /^([\s\S]*?),?\s+which\s+(?:amounts|amounted|totals|totalled|totaled|comes|came)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    /^([\s\S]*?)\s+(?:(?:projected|expected|estimated|set|due|likely|planned)\s+)?to\s+(?:save|cost|inject|raise|mobili[sz]e|attract|generate)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|up\s+to\s+)?$/i
  ]
    .map((re) => re.exec(before))
    .find(Boolean);
  const read = cue && nounBefore(cue[1]);
  if (read) return read;
  // …or between a verb and "to" or "at": "bringing the total amount of support to ¥330 billion", "estimating the
  // total cost of the project at 17bn euros".
  const between = [
    /\b(?:estimat\w*|put|puts|putting|valu\w+|pegg\w+|pegs?)\s+((?:the|its|their)\s+[\s\S]{3,80}?)\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    /\b(?:bring|bringing|brings|brought|take|taking|takes|took|lift|lifting|push|pushing|increase|increasing|raise|raising)\s+((?:the|its|their)\s+[\s\S]{3,80}?)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i
  ]
    .map((re) => re.exec(before))
    .find(Boolean);
  if (between && tidy(between[1])) return tidy(between[1]);
  // "an extra budget of 13.9 trillion yen" → "extra budget"; "incentives of 760 billion rupees" → "incentives"
  const of =
    /(?:^|\s)((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/u.exec(
      before
    );
  if (of) {
    const words = of[1].split(/\s+/);
    // The last word is the noun, even one that can be a verb: "the whole total of RM415 billion" → "whole total"
    const from = words
      .slice(0, -1)
      .findLastIndex((w) => STOP.has(w.toLowerCase()) || VERB.test(w) || DETERMINERS.test(`${w} `));
    const noun = tidy(words.slice(from + 1).join(" "));
    // "at a cost of Rs 4,287.59 crore" says nothing of what: the clause's subject does ("The project")
    if (noun && !TIME.test(noun) && !/^(?:cost|outlay|amount|sum|value|price)$/i.test(noun)) return noun;
  }
  // The noun the amount qualifies: "a 728 trillion won budget", "a massive 20.2 trillion yen stimulus package",
  // "$1.24 billion semiconductor investment plan"
  const next = WORD.exec(after.trimStart())?.[0] ?? "";
  const qualifies =
    /\b(?:a|an|the|its|their|his|her|our)(?:\s+[\p{L}-]+){0,2}\s*$/iu
      .exec(before)?.[0]
      .split(/\s+/)
      .slice(1)
      .every((w) => !w || (!VERB.test(w) && !STOP.has(w.toLowerCase()))) ||
    (/^\s/.test(after) &&
      headWord(next) &&
      !STOP.has(next.toLowerCase()) &&
      !/^(?:a|an|the|and|or|crores?|lakhs?|billions?|millions?)$/i.test(next));
  if (qualifies) {
    const head = phrase(after.replace(/\s+(?:for|of|on|in|to|into|by)\s[\s\S]*$/i, ""), 3);
    if (head && !VERB.test(head.split(" ")[0]) && !TIME.test(after.trimStart())) {
      const more = /^\s+(?:for|of|into|in|by)\s+(?!(?:the\s+)?(?:next|last|this|coming|(?:19|20)\d{2}))/i.exec(
        after.slice(after.indexOf(head) + head.length)
      );
      const tail = more ? phrase(after.slice(after.indexOf(head) + head.length + more[0].length), 4) : "";
      return tidy(tail ? `${head}${more![0].replace(/\s+/g, " ")}${tail}` : head);
    }
  }
  // "support the sector with more than ¥10 trillion" → "sector"
  const withs =
    /\b(?:the|a|an|its|their)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+with\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?$/u.exec(
      before
    );
  if (withs && !VERB.test(withs[1])) return withs[1];
  const subject = tidy(phrase(tidy(before.replace(DATELINE, "").replace(OPENING, ""))));
  if (subject && opensLabel(subject, before) && !STOP.has(subject.toLowerCase())) return subject;
  return "";
}

// A name of capitalised words without digits: "Sarawak", "Ministry of Health" (not "RM5.8").
const PLAIN_NAME =
  "\\p{Lu}[\\p{L}&.’'-]*(?![\\p{L}\\p{N}])(?:\\s+(?:(?:of|de|for)\\s+)?\\p{Lu}[\\p{L}&.’'-]*(?![\\p{L}\\p{N}]))*";
const NAME_LIST = new RegExp(`(${PLAIN_NAME})((?:\\s*,\\s*${PLAIN_NAME})*)\\s*,?\\s+and\\s+(${PLAIN_NAME})`, "gu");

// An amount of a run that "respectively" pairs with a list: "to Sarawak and Sabah, which are RM5.8 billion and
// RM6.6 billion, respectively" → "Sabah" for RM6.6 billion; without a list of names, the run pairs with the amounts
// before it ("RM6.6 billion to Sabah and RM5.8 billion to Sarawak, up from RM6.5 billion and RM5.6 billion
// respectively" → "Sabah", "Sarawak"), whose labels `labelOf` gives. `amounts` are the sentence's own amounts.
export function respectiveLabel(
  text: string,
  amount: Span,
  sentence: Span,
  amounts: Span[],
  labelOf: (a: Span) => string
): string {
  const sorted = [...amounts].sort((a, b) => a.start - b.start);
  const at = sorted.findIndex((a) => a.start === amount.start);
  if (at < 0) return "";
  const joined = (a: Span, b: Span) =>
    /^\s*,?\s*(?:and\s+)?$/.test(text.slice(a.end, b.start).replace(/\([^)]*\)/g, ""));
  let [first, last] = [at, at];
  while (first > 0 && joined(sorted[first - 1], sorted[first])) first--;
  while (last < sorted.length - 1 && joined(sorted[last], sorted[last + 1])) last++;
  const n = last - first + 1;
  const tail = text.slice(sorted[last].end, Math.min(sentence.end, sorted[last].end + 60)).replace(/\([^)]*\)/g, "");
  if (n < 2 || !/^\s*,?\s*respectively\b/i.test(tail)) return "";
  const lists = [...text.slice(sentence.start, sorted[first].start).matchAll(NAME_LIST)]
    .map((m) => [
      m[1],
      ...m[2]
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
      m[3]
    ])
    .filter((items) => items.length === n);
  if (lists.length) return lists.at(-1)![at - first];
  const before = sorted.slice(0, first);
  return before.length >= n ? labelOf(before[before.length - n + at - first]) : "";
}

// The subject of a sentence's first clause, for an amount in a clause of its own ("…will rise to 35.3 trillion
// won next year, from 29.6 trillion won this year" → "Spending on research and development").
export function subjectOf(text: string, clause: Span): string {
  const s = tidy(text.slice(clause.start, clause.end).replace(DATELINE, "").replace(OPENING, ""));
  const subject = tidy(phrase(s));
  return subject && opensLabel(subject, s) && !STOP.has(subject.toLowerCase()) ? subject : "";
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
