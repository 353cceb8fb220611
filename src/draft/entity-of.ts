// The name a sentence is about: its subject when that is a name. "South Korea's government on Thursday…" →
// "South Korea".
import {DATELINE, OPENING} from "./dateline.js";
import {headWord} from "./phrase.js";
import type {Span} from "../amounts/sentences.js";

// A proper name: "Foxconn", "SK Hynix", "Bank of Japan", "Banco de Brasil".
const NAME = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*/u;
// The kinds of company or body a name follows: "Chinese firm Zilia", "chip designer Ceitec".
const ROLES =
  "firm|company|group|maker|chipmaker|carmaker|automaker|giant|startup|start-up|bank|lender|fund|insurer|retailer|operator|designer|developer|manufacturer|producer|supplier|builder|provider|conglomerate|rival|unit|subsidiary|chip|battery|tech|industry|trade|lobby";
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
  // (nor a subordinate clause's first word: "Though PM E-DRIVE does not …, it has …" → "PM E-DRIVE")
  s = s.replace(/^(?:and|but|while|whereas)\s+(?=\p{Lu})/u, "");
  s = s.replace(/^(?:And|But|While|Whereas|Though|Although|If|When|Once|Because|Unless|As)\s+(?=\p{Lu})/u, "");
  const m = LEADING_NAME.exec(s);
  // A currency's letters are no one's name: "R$15 billion", "S$2 billion".
  // (Nor are "Rs", "RM" or "Rp" before a number: "Rs 1,87,000 on light commercial vehicles".)
  if (!m || /^\p{Sc}/u.test(s.slice(m[1].length)) || /\d/.test(m[1])) return "";
  if (/^\p{L}{1,3}\.?$/u.test(m[1]) && /^\s?\d/.test(s.slice(m[1].length))) return "";
  // A name that a place or a kind introduces is the one: "Taiwan's Foxconn", "Chinese firm Zilia", "Industry group
  // Abisemi" → Foxconn, Zilia, Abisemi ("South Korea's government" stays South Korea's).
  const named = INTRODUCED.exec(s.slice(m[1].length));
  const [name, rest] = named
    ? [named[1], s.slice(m[1].length + named[0].length)]
    : [m[1].replace(/(?:'s|’s)$/, ""), s.slice(m[1].length)];
  // The one who speaks is a source, not the one the money is about: "Prime Minister Shigeru Ishiba said…",
  // "Union Minister Arun Jaitley on February 28 said…", "The Handelsblatt business daily reported…" (unless it
  // speaks of itself: "Acme said it would invest…", "Foxconn said last year it would…")
  if (
    /^(?:\s+(?:business\s+)?(?:daily|newspaper|paper|weekly|magazine|news\s+agency|agency|broadcaster))?\s+(?:(?:on|last|this)\s+\p{L}+(?:\s+\d{1,2})?,?\s+)?(?:said|says|told|added|noted|announced|reported|reports|wrote|writes)\b(?!\s+(?:(?:on|last|this|in)\s+\w+\s+)?(?:it|its|they|their|we)\b)/u.test(
      rest
    )
  )
    return "";
  // A headline's verb ends the name: "UK Government Unveils Long-Awaited …" → "UK Government"
  const cut = name.split(/\s+/).findIndex((w, i) => i > 0 && HEADLINE_VERB.test(w));
  if (cut > 0) return entityOf(name.split(/\s+/).slice(0, cut).join(" "), {start: 0, end: name.length});
  const first = name.split(/\s+/)[0];
  if (
    /^(?:The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|These|Those|There|Here|Last|Next|Since|Over|Under|Its|Their|Spending|Finance|Defence|Defense)$/.test(
      first
    ) ||
    !headWord(first)
  )
    return "";
  // A people's adjective names no one: "Japanese government" → ""
  if (/^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|can|man|ch)$/u.test(name) && /^\s+\p{Ll}/u.test(rest)) return "";
  return name.split(/\s+/).length <= 5 ? name : "";
}
