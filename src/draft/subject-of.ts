// The subject of a sentence's first clause, as a label.
import {DATELINE, OPENING} from "./dateline.js";
import {STOP, opensLabel, phrase, tidy} from "./phrase.js";
import type {Span} from "../amounts/sentences.js";

// The subject of a sentence's first clause, for an amount in a clause of its own ("…will rise to 35.3 trillion
// won next year, from 29.6 trillion won this year" → "Spending on research and development").
export function subjectOf(text: string, clause: Span): string {
  const s = tidy(text.slice(clause.start, clause.end).replace(DATELINE, "").replace(OPENING, ""));
  const subject = tidy(phrase(s));
  return subject && opensLabel(subject, s) && !STOP.has(subject.toLowerCase()) ? subject : "";
}
