// Step 6, derive: each derived figure computed from its rule (registry.ts's parseDerive), its parts' units checked:
// "rate:chip_subsidies/chip_subsidies_usd_article" → 153.3019 JPY per USD.
import {toUsd, type Basis, type PublishedBasis} from "../money/basis.js";
import type {Problem} from "../inputs/errors.js";
import {formatFigure} from "../story/figure-text.js";
import {isMoney, parseDerive, unitRule, type DeriveOp} from "../inputs/registry.js";
import {scaleOf, type Scale} from "../money/scale.js";
import type {WorldBankSeries} from "../money/world-bank.js";
import {PATHS} from "./paths.js";
import type {Project, ResolvedFigure} from "./types.js";

// Sets the value of each derived figure in `figures`, and returns the inputs of each share of GDP or sum per
// person. A sum in another currency is at its amount's default basis (`fx`, `defaultBasis`); a share of GDP or a sum
// per person takes the amount at the mean rate of its own time, as the World Bank's yearly GDP in US$ is at the
// year's mean rate.
export function deriveFigures(
  figures: ResolvedFigure[],
  fx: Project["fx"],
  defaultBasis: PublishedBasis,
  worldBank: {gdp: Map<string, WorldBankSeries>; population: Map<string, WorldBankSeries>},
  problems: Problem[]
): Record<string, Scale> {
  // A registry row that already has a problem is left for that problem to explain.
  const flawed = new Set(problems.filter((p) => p.file === PATHS.figures && p.line).map((p) => p.line!));
  const basisFor = (f: ResolvedFigure) => fx[f.id]?.[defaultBasis] ?? fx[f.id]?.spot;
  const scale = (op: Scale["op"], f: ResolvedFigure, country: string) =>
    scaleOf(
      op,
      {...f, text: formatFigure(f)},
      fx[f.id]?.mean ?? basisFor(f),
      country,
      op === "gdp_share" ? worldBank.gdp : worldBank.population
    );
  return derive(figures, basisFor, flawed, problems, scale);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Computes each derived figure from its rule: rates to 4 decimals, shares to 6, dollars to the dollar. A rule
// whose parts already have a problem, or a "usd:" rule without a basis, is left for those problems to explain.
// A share must come out between 0 and 1, a rate above 0, and a rank paired with its "of" must not exceed it.
// A share of GDP or a sum per person (`scale`) is measured against the World Bank's series (scale.ts).
function derive(
  figures: ResolvedFigure[],
  basisOf: (figure: ResolvedFigure) => Basis | undefined,
  flawed: Set<number>,
  problems: Problem[],
  scale: (op: Scale["op"], part: ResolvedFigure, country: string) => Scale | {error: string}
): Record<string, Scale> {
  const scales: Record<string, Scale> = {};
  const byId = new Map(figures.map((f) => [f.id, f]));
  const at = (f: ResolvedFigure, message: string) => problems.push({file: PATHS.figures, line: f.line, message});
  for (const f of figures) {
    if (f.kind !== "derived") continue;
    const rule = parseDerive(f.derive);
    if (!rule) continue;
    const parts = rule.ids.map((id) => byId.get(id));
    if (rule.ids.includes(f.id)) {
      at(f, `"${f.id}" derives from itself`);
      continue;
    }
    const twice = rule.ids.find((id, i) => rule.ids.indexOf(id) !== i);
    if (twice) {
      at(f, `"${f.id}" names "${twice}" twice in ${f.derive}: each part of a rule is a different figure`);
      continue;
    }
    const missing = rule.ids.filter((_, i) => !parts[i] || parts[i]!.kind === "derived");
    if (missing.length) {
      at(f, `"${f.id}" derives from ${missing.map((m) => `"${m}"`).join(", ")}, which is not a reported figure`);
      continue;
    }
    const [a, b] = parts as ResolvedFigure[];
    // The units a rule's parts must have, and the unit its result has: money over money in two currencies is a
    // rate ("JPY per USD"); a share is of like over like (a rank of a count); a sum in US$ is of money.
    const wrong = unitProblem(rule.op, parts as ResolvedFigure[], f.unit);
    if (wrong) {
      at(f, `"${f.id}" (${f.derive}): ${wrong}`);
      continue;
    }
    const unconvertible = parts.some((p) => p!.unit !== "USD" && !basisOf(p!));
    // A sum in another currency without a rate (a bad publication date, say) is that problem's to explain.
    if (parts.some((p) => flawed.has(p!.line)) || (rule.op !== "rate" && rule.op !== "share" && unconvertible))
      continue;
    if (rule.op === "gdp_share" || rule.op === "per_person") {
      const s = scale(rule.op, a, rule.country!);
      if ("error" in s) at(f, `"${f.id}" (${f.derive}): ${s.error}`);
      else {
        f.value = s.value;
        scales[f.id] = s;
      }
      continue;
    }
    if (rule.op !== "usd" && a.unit === "rank" && a.value > b.value) {
      at(f, `"${f.id}": rank ${a.value} ("${a.id}") is beyond its "of", ${b.value} ("${b.id}")`);
      continue;
    }
    try {
      if (rule.op === "rate") f.value = round(a.value / b.value, 4);
      else if (rule.op === "share") f.value = round(a.value / b.value, 6);
      else
        f.value = Math.round(
          (parts as ResolvedFigure[]).reduce(
            (sum, p) => sum + (p.unit === "USD" ? p.value : toUsd(p.value, p.unit, basisOf(p)!)),
            0
          )
        );
    } catch (error) {
      at(f, `"${f.id}": ${(error as Error).message}`);
      continue;
    }
    if (!Number.isFinite(f.value)) at(f, `"${f.id}" computes to ${f.value}, not a finite number`);
    else if (unitRule(f.value, f.unit))
      at(f, `"${f.id}" computes to ${f.value}, but a value in "${f.unit}" ${unitRule(f.value, f.unit)}`);
  }
  return scales;
}

// What is wrong with the units of a rule's parts, or with the unit its figure declares; undefined when nothing is.
function unitProblem(op: DeriveOp, parts: ResolvedFigure[], unit: string): string | undefined {
  const [a, b] = parts;
  const money = (p: ResolvedFigure) => isMoney(p.unit);
  if (op === "gdp_share" || op === "per_person") {
    if (!money(a)) return `${op} measures money, but "${a.id}" is in ${a.unit}`;
    const want = op === "gdp_share" ? "share" : "USD";
    if (unit !== want) return `its unit is "${want}", not "${unit}"`;
    return undefined;
  }
  if (op === "rate") {
    if (!money(a) || !money(b))
      return `a rate divides money by money, but "${a.id}" is in ${a.unit} and "${b.id}" in ${b.unit}`;
    if (a.unit === b.unit) return `a rate divides two currencies, but "${a.id}" and "${b.id}" are both in ${a.unit}`;
    const derived = `${a.unit} per ${b.unit}`;
    if (unit !== derived) return `its unit is "${derived}" (${a.unit} over ${b.unit}), not "${unit}"`;
    return undefined;
  }
  if (op === "share") {
    const like =
      a.unit === b.unit ||
      (a.unit === "rank" && b.unit === "count") ||
      (a.unit === "people" && b.unit === "count") ||
      (a.unit === "count" && b.unit === "people");
    if (!like) return `a share is of like over like, but "${a.id}" is in ${a.unit} and "${b.id}" in ${b.unit}`;
    if (unit !== "share") return `its unit is "share", not "${unit}"`;
    return undefined;
  }
  const notMoney = parts.find((p) => !money(p));
  if (notMoney) return `a sum in US$ adds money, but "${notMoney.id}" is in ${notMoney.unit}`;
  if (unit !== "USD") return `its unit is "USD", not "${unit}"`;
  return undefined;
}
