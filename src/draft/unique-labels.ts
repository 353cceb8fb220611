// Labels of a chart made unique.

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
