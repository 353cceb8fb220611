// The amount's own noun phrase, from its sentence: "…would issue 15 trillion won of government-guaranteed bonds…" →
// "government-guaranteed bonds".
import {DATELINE, OPENING} from "./dateline.js";
import {DETERMINERS, STOP, TIME, VERB, WORD, headWord, listEnd, opensLabel, phrase, tidy} from "./phrase.js";
import type {Span} from "../amounts/sentences.js";
import {withAcronyms} from "./with-acronyms.js";

// The amount's own noun phrase, from its sentence:
// - what follows it: "of government-guaranteed bonds", "for semiconductors", "on AI", "in Ohio";
// - the noun it qualifies: "a 728 trillion won ($523 billion) budget" → "budget";
// - else its clause's subject: "Defence spending will rise to 82.7 billion euros" → "Defence spending".
// `end` is where the amount ends, its bracketed conversion included.
// Words that qualify an amount without saying what it is for: "a further", "an extra".
const EMPTY_LABEL =
  /^(?:further|additional|extra|new|more|other|another|total|record|country|nation|region|world|economy)$/i;

export function nounPhrase(text: string, amount: {start: number; end: number}, clause: Span): string {
  const label = phraseOf(text, amount, {start: clause.start, end: listEnd(text, clause.end)});
  return EMPTY_LABEL.test(label) ? "" : label;
}

// Verbs of what money does, after "to" or "will": "to help cover the cost of rebuilding" → "covering the cost of
// rebuilding"; "will help companies keep jobs" → "helping companies keep jobs".
const PURPOSE =
  /^\s+(?:to|will|would|could|can)\s+(?:help\s+(?=\p{L}+\s))?(help|cover|support|fund|finance|offset|combat|fight|tackle|boost|build|rebuild|ease|improve|buy|develop|promote|expand|strengthen|soften|repair|upgrade|protect|revive|stimulate|modernise|modernize|procure|purchase|deploy|install|incentivi[sz]e|subsidi[sz]e|encourage)\s+/iu;
// Verbs of money handed out, as done: "earmarked", "already spent".
const DONE = "(?:earmarked|allocated|allotted|pledged|promised|committed|spent|injected|paid|disbursed|transferred)";
// Nouns that say only that it is money: "investment", "spending".
const MONEY_NOUN = /^(?:investment|spending|funding|financing|money|aid|expenditure|outlay|sum)$/i;
// What money does, said later in its clause: "…investment will build a plant" → "building a plant".
function purposeOf(after: string): string {
  const purpose = new RegExp(PURPOSE.source.slice(1), "iu").exec(after);
  if (!purpose) return "";
  // (without a count before the object: "to procure 14,028 e-buses" → "procuring e-buses")
  const [, det = "", rest] = /^((?:the|a|an)\s+)?([\s\S]*)$/i.exec(
    after.slice(purpose.index + purpose[0].length).replace(/^\d[\d,.]*\s+(?:lakh\s+|crore\s+)?(?=\p{L})/u, "")
  )!;
  const object = phrase(rest);
  return object ? `${gerund(purpose[1])} ${det}${object}` : "";
}
const gerund = (verb: string) =>
  verb.toLowerCase() === "offset" ? "offsetting" : `${verb.toLowerCase().replace(/([^e])e$/, "$1")}ing`;
// A name of several capitalised words: "Ministry of Entrepreneur Development and Cooperatives", "United States".
const LONG_NAME = /\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:(?:of|de|and|for|&)\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*)*/u;
const BRACKETED = new RegExp(`(?:^|[\\s,;])(?:the\\s+)?(${LONG_NAME.source})\\s*\\(\\s*$`, "u");
// The words before `end` back to a verb, a stop word or a determiner, at most `max`, a name written as its
// acronym: "…approved extension of Digital India project" → "extension of Digital India project".
function nounBefore(s: string, max = 7): string {
  const words = withAcronyms(s)
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
  // (without the year a name ends on: "National Policy on Software Products – 2019")
  const noun = tidy(words.slice(from + 1).join(" ")).replace(/\s+[–—-]\s*(?:19|20)\d{2}$/, "");
  return noun && !TIME.test(noun) && !/^(?:of|and|for)\b/i.test(noun) && !VERB.test(noun.split(" ").at(-1)!)
    ? noun
    : "";
}

// The words of `text` from the start of their sentence to `end` (at most 600 characters back).
const sentenceTo = (text: string, end: number) =>
  text
    .slice(Math.max(0, end - 600), end)
    .split(/[.!?]\s+(?=\p{Lu})/u)
    .at(-1)!;

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
    // A span of time before what the money is for: "1 trillion reais over the next few months for the measures",
    // "Rs 1,500 crore over a period of seven years for the creation of …"
    .replace(
      /^\s+(?:(?:over|in|within|during)\s+(?:the\s+)?(?:next|coming)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|decades?)\b|(?:for|over)\s+a\s+(?:period|span|term)\s+of\s+[\w-]+\s+(?:years?|months?)\b(?:,?\s+(?:starting|beginning|commencing|from)\b[^;]*?(?:19|20)\d{2}\b)?),?/i,
      ""
    )
    // A time before what the money is for: "4 trillion won next year on networks", "¥2 trillion in 2025 for chips"
    .replace(
      /^\s+(?:(?:next|this|last)\s+(?:fiscal\s+)?year|in\s+(?:fiscal\s+)?(?:19|20)\d{2})(?=\s+(?:in|on|for|to|into)\s)/i,
      ""
    )
    // "1.55 trillion yuan worth of special treasury bonds" → "of special treasury bonds"
    .replace(/^(\s+)worth\s+(?=of\s)/i, "$1")
    // A participle between the amount and what it is for: "30 billion euros expected from member states".
    .replace(/^\s+(?:expected|earmarked|promised|pledged|raised|allocated|coming|due)(?=\s+(?:from|for|by)\s)/i, "")
    // A verb of where money goes or comes from: "4.5 billion reais will go to …", "83.4 billion reais will be freed
    // up for …", "Rs 20,000 crore will be provided by Central government"
    .replace(
      /^\s+(?:(?:will|would|is|was|are|were|has|have|had|to)\s+)?(?:be\s+|been\s+)?(?:go|goes|going|went|freed\s+up|allocated|allotted|earmarked|set\s+aside|directed|channell?ed)(?=\s+(?:to|for|on|towards?|into)\s)/i,
      ""
    )
    .replace(
      /^\s+(?:(?:will|would|is|was|are|were)\s+)?(?:be\s+|been\s+)?(?:provided|paid|funded|financed|contributed|borne|put\s+up)(?=\s+(?:by|from)\s)/i,
      ""
    )
    // "Rs 25,000 crore by way of a rights issue" → "of a rights issue"
    .replace(/^(\s+)(?:by\s+way|in\s+the\s+form)\s+of(?=\s)/i, "$1of")
    .replace(/^(\s+)(?:from|by)(?=\s)/i, "$1for");
  // Money said by what was done with it: "the ¥50 billion already spent by the agency" → "already spent by the
  // agency"; "the originally pledged $3 billion" → "originally pledged"; "has paid R$2 million (…) to the states" →
  // "paid to the states".
  const done = new RegExp(`^\\s+((?:already\\s+|\\p{Ll}+ly\\s+)?${DONE})(?:\\s+by\\s+([\\s\\S]*))?`, "iu").exec(after);
  if (done && /\bthe\s+$/i.test(before) && (done[2] === undefined || phrase(done[2]))) {
    return done[2] === undefined ? done[1] : `${done[1]} by ${phrase(done[2])}`;
  }
  const doneBefore = new RegExp(`\\b(?:the|a|an)\\s+((?:\\p{Ll}+ly\\s+)?${DONE})\\s+$`, "iu").exec(before);
  if (doneBefore) return doneBefore[1];
  const paid = new RegExp(`\\b(?:has|have|had)\\s+(${DONE})\\s+$`, "iu").exec(before);
  const into = /^\s+(into|to|on)\s+([\s\S]*)/i.exec(after);
  if (paid && into && phrase(into[2])) return `${paid[1]} ${into[1]} ${phrase(into[2])}`;
  // "operations to facilitate credit, totaling R$40 billion" → "operations to facilitate credit"
  // (its clause may start at the comma: the words before it are read back to the sentence's start)
  const sentence = text
    .slice(Math.max(0, clause.start - 200), amount.start)
    .split(/[.!?]\s+(?=\p{Lu})/u)
    .at(-1)!;
  const totaling =
    /^([\s\S]*?),\s+(?:totaling|totalling|worth|amounting\s+to|valued\s+at)\s+(?:(?:about|some|nearly|over|around|almost|more\s+than|less\s+than|up\s+to|just\s+over)\s+)?$/i.exec(
      sentence
    );
  if (totaling) {
    const words = totaling[1].trim().split(/\s+/);
    // (A comma of a list of names goes on: "projects in Arizona, Ohio, New Mexico, and Oregon")
    const listed = (i: number) => /^\p{Lu}/u.test(words[i]) && /^(?:\p{Lu}|and$|or$)/u.test(words[i + 1] ?? "");
    const from = words.findLastIndex(
      (w, i) =>
        (STOP.has(w.toLowerCase()) && !/^(?:to|of|for)$/i.test(w)) || VERB.test(w) || (/[,;:]$/.test(w) && !listed(i))
    );
    // (without an adjective of time before it: "ongoing projects" → "projects")
    const noun = tidy(words.slice(from + 1).join(" ")).replace(
      /^(?:ongoing|existing|planned|current)\s+(?=\p{L})/iu,
      ""
    );
    if (noun && headWord(noun.split(" ")[0]) && !/^(?:to|of|for)\b/i.test(noun)) return noun;
  }
  // What a thing with a price costs in all: "a payment of 600 reais ($112) per month …, which alone is expected to
  // cost just over 98 billion reais" → "cost of the payment"
  const costs =
    /(?:^|,)\s*(?:which|that)\s+(?:alone\s+|in\s+all\s+)?(?:(?:is|are|was|were)\s+(?:expected|estimated|projected|set|likely|due)\s+to\s+|(?:will|would)\s+)?costs?\s+(?:just\s+)?(?:over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$/i.test(
      before
    );
  const priced = costs
    ? [
        ...sentenceTo(text, clause.start).matchAll(
          /\b(?:a|an|the)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+of\s+(?=\p{Lu}{0,3}\p{Sc}?\s?\d)/gu
        )
      ].at(-1)?.[1]
    : undefined;
  if (priced && headWord(priced.split(" ")[0]) && !TIME.test(priced)) return `cost of the ${priced}`;
  // "…proposes the installation of 22,100 fast chargers … and has allotted Rs 2,000 crore for the same" → what the
  // sentence named before: "installation of fast chargers"
  if (/^\s+for\s+(?:the\s+same|this|these|it|them)\b(?!\s+\p{L})/iu.test(after)) {
    const named = /\b(?:the|a|an)\s+([\p{Ll}-]+)\s+of\s+(?:\d[\d,.]*\s+)?([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)/u.exec(
      sentenceTo(text, amount.start)
    );
    const words = named && phrase(`${named[1]} of ${named[2]}`);
    if (words && headWord(named[1])) return words;
  }
  // A split year is a fiscal year: "A$1 billion earmarked for 2020/21" → "fiscal 2020/21"
  const fiscal = /^\s+(?:for|in)\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})[/–-]((?:19|20)?\d{2})\b/i.exec(after);
  if (fiscal) return `fiscal ${fiscal[1]}/${fiscal[2].slice(-2)}`;
  // What the money does: "to help cover the cost of rebuilding" → "covering the cost of rebuilding".
  if (PURPOSE.test(after) && purposeOf(after)) return purposeOf(after);
  // What the amount is of, said before it and read back to a verb: "extension of Digital India project with an
  // outlay of Rs 14,903 crore", "emergency measures to inject nearly 150 billion reais", "the Prime Minister's
  // Department which amounts to RM64.9 million". (Read past the clause's comma: "…the second phase of the FAME
  // scheme, with an outlay of Rs 10,000 crore", "the National Policy on Software Products, which will have an outlay
  // of Rs 1,500 crore".)
  const cue = [
    /^([\s\S]*?),?\s+with\s+(?:a|an|the)?\s*(?:total\s+|estimated\s+)?(?:amount|outlay|cost|budget|allocation|value)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    // "for the Prime Minister's Department which amounts to RM64.9 million"
    /^([\s\S]*?),?\s+which\s+(?:amounts|amounted|totals|totalled|totaled|comes|came)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    // "70 percent from the federal government, which is around 1.4 billion euros"
    /^([\s\S]*?),\s+which\s+(?:is|was|are|were|would\s+be|will\s+be)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i,
    /^([\s\S]*?),?\s+which\s+(?:will\s+|would\s+)?(?:have|has|had|carries|carry|carried)\s+(?:a|an)\s+(?:total\s+|estimated\s+)?(?:outlay|cost|budget|allocation|corpus)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    /^([\s\S]*?)\s+(?:(?:projected|expected|estimated|set|due|likely|planned)\s+)?to\s+(?:save|cost|inject|raise|mobili[sz]e|attract|generate)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|up\s+to\s+)?$/i
  ]
    .map((re) => re.exec(sentence))
    .find(Boolean);
  const read = cue && nounBefore(cue[1]);
  if (read) return read;
  const prep =
    /^\s+(?:of|for|on|in|to|toward|towards|into|under)\s+(?:\p{Ll}+ly\s+)?(?!(?:the\s+)?(?:19|20)\d{2}\b)/iu.exec(
      after
    );
  if (prep && !TIME.test(after.slice(prep[0].length - 1).trimStart())) {
    const np = tidy(phrase(tidy(after.slice(prep[0].length)), 8));
    // "¥2 trillion in spending … to support chipmakers" → "supporting chipmakers"
    if (MONEY_NOUN.test(np) && purposeOf(after)) return purposeOf(after);
    if (np && !EMPTY_LABEL.test(np)) return np;
  }
  // …or between a verb and "to", "at" or "to be": "bringing the total amount of support to ¥330 billion",
  // "estimating the total cost of the project at 17bn euros", "estimates the debt of Air India Ltd to be around …".
  const between = [
    /\b(?:estimat\w*|put|puts|putting|valu\w+|pegg\w+|pegs?)\s+((?:the|its|their)\s+[\s\S]{3,80}?)\s+(?:at|to\s+be)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i,
    /\b(?:bring|bringing|brings|brought|take|taking|takes|took|lift|lifting|push|pushing|increase|increasing|raise|raising)\s+((?:the|its|their)\s+[\s\S]{3,80}?)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+over\s+|over\s+)?$/i
  ]
    .map((re) => re.exec(before))
    .find(Boolean);
  if (between && tidy(between[1])) return tidy(between[1]);
  // "an extra budget of 13.9 trillion yen" → "extra budget"; "incentives of 760 billion rupees" → "incentives"
  const of =
    /(?:^|\s)((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+|just\s+over\s+|over\s+|up\s+to\s+)?$/u.exec(
      before
    );
  if (of) {
    const words = of[1].split(/\s+/);
    // The last word is the noun, even one that can be a verb: "the whole total of RM415 billion" → "whole total"
    const from = words
      .slice(0, -1)
      .findLastIndex((w) => STOP.has(w.toLowerCase()) || VERB.test(w) || DETERMINERS.test(`${w} `));
    // "last year’ budget realization of" → "budget realization"; "The package is worth" → "package"
    const noun = tidy(words.slice(from + 1).join(" "))
      .replace(/^(?:year|month|week|quarter)['’]s?\s+/i, "")
      .replace(/\s+(?:is|are|was|were|be|been)$/i, "");
    // "at a cost of Rs 4,287.59 crore" says nothing of what: the clause's subject does ("The project"), or what the
    // sum does ("A sum of Rs 4,391 crore has been provided to procure 14,028 e-buses" → "procuring e-buses")
    if (noun && !TIME.test(noun) && !/^(?:cost|outlay|amount|sum|value|price)$/i.test(noun)) return noun;
    if (/^(?:amount|sum)$/i.test(noun) && purposeOf(after)) return purposeOf(after);
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
      // "a $2 billion investment will build a plant" → "building a plant"
      if (MONEY_NOUN.test(head) && !more && purposeOf(after)) return purposeOf(after);
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
  // A sentence that opens on its purpose: "To support the growth of the shipbuilding sector, the state will invest
  // …" → "supporting the growth of the shipbuilding sector"
  const opening = new RegExp(`^\\s*To${PURPOSE.source.slice(1).replace("(?:to|will|would|could|can)\\s+", "")}`, "iu");
  const aim = opening.exec(sentence.replace(DATELINE, ""));
  const object = aim && /^([^,;]*),/.exec(sentence.replace(DATELINE, "").slice(aim[0].length))?.[1];
  if (aim && object && phrase(object, 8)) return `${gerund(aim[1])} ${phrase(object, 8)}`;
  // …or a clause after it that says what the money was set aside for: "R5m, which was set aside to repair dams"
  const rest = text.slice(amount.end, amount.end + 300).split(/[.!?](?:\s|$)/)[0];
  const set =
    /^\s*,?\s*(?:that|which)\s+(?:(?:has|have|had)\s+been|is|was|are|were|will\s+be)\s+(?:set\s+aside|earmarked|allocated|used|meant|intended)(?=\s+to\s)/i.exec(
      rest
    );
  if (set && purposeOf(rest.slice(set[0].length))) return purposeOf(rest.slice(set[0].length));
  const subject = tidy(phrase(tidy(before.replace(DATELINE, "").replace(OPENING, ""))));
  if (subject && opensLabel(subject, before) && !STOP.has(subject.toLowerCase())) return subject;
  return "";
}
