// A story as the tests of a built site see it: the page's expectations come from the story's own data, so that
// `npm test` holds after `npm run new-story` adds a story. `story` is the desk's newest; storyAt() reads
// another copy of the project (the second, re-pointed story the global setup builds).
import {basisOptions} from "../../docs/components/view.js";
import {buildProject, formatMoney, formatRate, isBars, rateUnit, storyModel, type BasisKind} from "../../src/index.js";
import {readProjectFiles} from "../../scripts/read-project.js";
import {projectRoot} from "../../scripts/root.js";
import {listStories, storyFolder} from "../../scripts/stories.js";

// `root`: a desk (its newest story) or a project holding its one story in data/.
export function storyAt(root: string) {
  const newest = listStories(root)[0];
  const project = buildProject(readProjectFiles(root, {story: newest ? storyFolder(newest.slug) : "data"}));
  const model = storyModel(project);

  // The charts the prose places, in its order, then the sweep of each conversion it shows: what the page draws.
  const placed = [
    ...new Set(project.prose.blocks.flatMap((b) => (b.type === "directive" && b.name === "chart" ? [b.arg] : []))),
    ...model.sweeps.map((id) => `conversion-${id}`)
  ];

  // The switch's label of a basis: "Average: 127.27 (2021–23 average)" with one conversion.
  const optionLabel = (kind: BasisKind) => [...basisOptions(model)].find(([, k]) => k === kind)?.[0];

  // The sentence under the switch for a swept amount under a basis, computed from the amount and the rate:
  // "At 153.30 yen per US dollar, the article’s own rate, ¥3.9 trillion was worth US$25.4 billion." A sum of another
  // time than the story's dollars adds its worth in them: ", or US$33.2 billion in April 2024 dollars".
  const sentenceAt = (kind: Exclude<BasisKind, "custom">, id = model.sweeps[0]): string => {
    const f = model.figures.find((d) => d.id === id)!;
    const b = model.fx[id][kind] ?? model.fx[id][model.default_basis] ?? model.fx[id].spot!;
    const usd = formatMoney(f.value / b.rate, "USD");
    const from = model.deflators[id]?.[b.basis];
    const now = model.dollars && from ? formatMoney(((f.value / b.rate) * model.dollars.cpi) / from.cpi, "USD") : usd;
    const constant = now === usd ? "" : `, or ${now} in ${model.dollars!.label}`;
    return `At ${formatRate(b.rate)} ${rateUnit(f.unit)}, ${b.label}, ${f.text} was worth ${usd}${constant}.`;
  };

  // A bars chart the prose places that draws a converted amount, and that amount: where the view shows in a chart.
  const convertedBars = (() => {
    for (const c of model.charts.filter(isBars))
      if (placed.includes(c.id)) {
        const bar = c.bars.find((b) => model.conversions.some((d) => d.figure === b.figure));
        if (bar) return {chart: c.id, figure: bar.figure};
      }
    return undefined;
  })();

  return {root, project, model, placed, optionLabel, sentenceAt, convertedBars, firstChart: placed[0]};
}

export type Story = ReturnType<typeof storyAt>;

export const story = storyAt(projectRoot);
export const {project, model, placed, optionLabel, sentenceAt, convertedBars, firstChart} = story;
