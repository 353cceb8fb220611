// What the desk says when two of its stories report one fact two ways: a figure whose entity and period match a
// figure of another story, but whose amount or currency differs.

export interface DeskFact {
  story: string; // "2024-04-14-japan-seeks-to-reclaim-tech-edge"
  file: string; // "stories/2024-04-14-japan-seeks-to-reclaim-tech-edge/figures.csv"
  line: number;
  id: string;
  entity: string; // "Japan"
  category: string; // "government subsidy"
  period: string; // "2024", "2021..2023": the figure's period, or the year of its as_of
  value: number;
  unit: string; // "JPY"
  text: string; // as printed: "¥3.9 trillion"
}

// "Japan’s  government" → "japan's government"
const words = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
const key = (f: DeskFact) => `${words(f.entity)}\u0000${f.period}\u0000${words(f.category)}`;

// Same amount: equal to about one part in a thousand (a rounded restatement of the same sum is the same money).
const same = (a: DeskFact, b: DeskFact) =>
  a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-3 * Math.max(Math.abs(a.value), Math.abs(b.value));

// One note per pair of stories that disagree on a fact, each naming both files and lines:
// "stories/a/figures.csv:5: Japan, 2024: ¥3.9 trillion here, ¥4 trillion in stories/b/figures.csv:7 (b)".
export function deskNotes(facts: DeskFact[]): string[] {
  const groups = new Map<string, DeskFact[]>();
  for (const f of facts) {
    if (!f.entity.trim() || !f.period) continue;
    const k = key(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const notes: string[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.story === b.story || same(a, b)) continue;
        // A story that also says the other's amount agrees with it: no note for its other figures.
        if (
          group.some((c) => c.story === a.story && same(c, b)) ||
          group.some((c) => c.story === b.story && same(c, a))
        )
          continue;
        notes.push(
          `${a.file}:${a.line}: ${a.entity}, ${a.period}: ${a.text} here, ${b.text} in ${b.file}:${b.line} (${b.story}): the same fact two ways?`
        );
      }
    }
  }
  return notes;
}
