// The note a drafted figure's row carries for the person who checks it: what the draft merged, linked or guessed.
// A restatement → "Restates usd_2bn (same amount, same subject): clear "restates" if it is a different amount".
import type {DraftMention} from "./draft-mentions.js";

// The note of `d`, one of `drafted`; `convertsOf` maps a bracketed conversion's id to its amount's.
export function draftNote(d: DraftMention, drafted: DraftMention[], convertsOf: Map<string, string>): string {
  const said: string[] = [];
  if (d.restates)
    said.push(
      d.unsure
        ? `Restates ${d.restates.id}: the same amount, and nothing in the text tells them apart, so the draft merged them; clear "restates" if it is different money`
        : `Restates ${d.restates.id} (same amount, same subject): clear "restates" if it is a different amount`
    );
  if (d.partOf) said.push(`Part of ${d.partOf.id}`);
  if (convertsOf.has(d.id)) said.push(`The article's own conversion of ${convertsOf.get(d.id)}: not charted beside it`);
  if (d.mention.currencyFrom === "sentence")
    said.push(`Currency ${d.mention.unit} taken from its sentence or the article, not its own words: check it`);
  if (d.period) said.push(`Period read from “${d.period.cue}”`);
  const twin = drafted.find(
    (t) =>
      t !== d &&
      !t.restates &&
      !d.restates &&
      t.mention.value === d.mention.value &&
      t.mention.unit === d.mention.unit &&
      t.mention.sentence?.start === d.mention.sentence?.start
  );
  if (twin) said.push(`The sentence has the same amount twice: this row is the one quoted here, ${twin.id} the other`);
  return said.join(". ");
}
