// Precision and recall of money amounts against hand-labelled sentences (test/fixtures/money-sentences.json).
import {readFileSync} from "node:fs";
import {join} from "node:path";

export interface Money {
  value: number;
  currency: string;
}

export interface Labelled {
  source: string;
  kind: string; // the format it exercises: "plain", "prefixed-dollar", "no-money"…
  text: string;
  money: Money[];
}

export function readLabelled(root: string): Labelled[] {
  return (
    JSON.parse(readFileSync(join(root, "test", "fixtures", "money-sentences.json"), "utf-8")) as {sentences: Labelled[]}
  ).sentences;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  wrongScale: number; // amounts found a thousand times (or more) off a labelled one in the same currency
  misses: string[]; // "sentence → 760000000000 INR"
}

// Whether `found` is `labelled` at another scale: off by a power of ten of 1,000 or more.
const offByScale = (found: number, labelled: number) => {
  const k = Math.log10(found / labelled);
  return Number.isFinite(k) && Math.abs(k) >= 3 - 1e-9 && Math.abs(k - Math.round(k)) < 1e-6;
};

// An amount counts when its value (to 1 part in a million) and currency match a labelled one not yet matched.
export function score(labelled: Labelled[], find: (text: string) => Money[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let wrongScale = 0;
  const misses: string[] = [];
  for (const {text, money} of labelled) {
    const open = [...money];
    for (const found of find(text)) {
      const i = open.findIndex(
        (m) => m.currency === found.currency && Math.abs(m.value - found.value) <= Math.abs(m.value) * 1e-6
      );
      if (i >= 0) {
        open.splice(i, 1);
        tp++;
      } else {
        fp++;
        if (money.some((m) => m.currency === found.currency && offByScale(found.value, m.value))) wrongScale++;
        misses.push(`extra: ${text.slice(0, 50)}… → ${found.value} ${found.currency}`);
      }
    }
    fn += open.length;
    for (const m of open) misses.push(`missed: ${text.slice(0, 50)}… → ${m.value} ${m.currency}`);
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    wrongScale,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    misses
  };
}
