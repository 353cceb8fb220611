// The drafting scorer on a tiny hand-made article, with every expected number counted by hand below; and the
// corpus's gold, checked for what the scorer relies on.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {csvFormat} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {
  benchRows,
  labelProblem,
  locate,
  readDraft,
  samePeriod,
  scoreArticle,
  totals,
  type Gold
} from "../../bench/drafting-score.js";
import {projectRoot} from "../helpers/site.js";

const TEXT = [
  "Acme pledges £10 million",
  "",
  "Acme will spend £10 million ($13 million) on a plant in 2025. It also gives £2 million to schools.",
  "",
  "The £10 million plant is its largest.",
  ""
].join("\n");

const GOLD: Gold = {
  title: "Acme pledges £10 million",
  outlet: "Test Wire",
  published: "2024-03-01",
  url: "",
  lead: "gbp_10m",
  figures: [
    {
      id: "gbp_10m",
      value: 1e7,
      unit: "GBP",
      period: "2025",
      label: "Acme plant",
      keywords: ["plant"],
      mentions: [
        {text: "£10 million", context: "pledges £10 million"},
        {text: "£10 million", context: "spend £10 million ("},
        {text: "£10 million", context: "The £10 million plant"}
      ]
    },
    {
      id: "usd_13m",
      value: 1.3e7,
      unit: "USD",
      period: "",
      label: "Acme plant",
      keywords: [],
      converts: "gbp_10m",
      mentions: [{text: "$13 million"}]
    },
    {
      id: "gbp_2m",
      value: 2e6,
      unit: "GBP",
      period: "",
      label: "Schools",
      keywords: ["school"],
      mentions: [{text: "£2 million"}]
    }
  ]
};

const row = (r: Record<string, string>) => ({label: "", restates: "", converts: "", period: "", ...r});
// The draft in the new format: `label` and `converts` columns, a `lead`, the bars chosen by rule.
const FIGURES = csvFormat([
  row({id: "gbp_10m", value: "10000000", unit: "GBP", quote: "Acme pledges £10 million", label: "Acme plant"}),
  row({
    id: "gbp_10m_2",
    value: "10000000",
    unit: "GBP",
    quote: "Acme will spend £10 million ($13 million) on a plant in 2025",
    period: "2025",
    restates: "gbp_10m"
  }),
  row({
    id: "usd_13m",
    value: "13000000",
    unit: "USD",
    quote: "Acme will spend £10 million ($13 million) on a plant in 2025",
    converts: "gbp_10m_2"
  }),
  row({id: "gbp_2m", value: "2000000", unit: "GBP", quote: "It also gives £2 million to schools", label: "To schools"}),
  row({id: "gbp_10m_3", value: "10000000", unit: "GBP", quote: "The £10 million plant is its largest", label: "Plant"}),
  row({id: "usd_1", value: "1", unit: "USD", quote: "Acme", restates: "gbp_2m"})
]);
const STORY = JSON.stringify({lead: "gbp_10m", charts: [{id: "money", type: "bars", figures: "money"}]});

describe("scoreArticle on a hand-made draft", () => {
  const draft = readDraft({article: TEXT, figures: FIGURES, story: STORY, prose: ""});
  const s = scoreArticle(GOLD, draft);

  it("places every gold mention", () => {
    const at = locate(TEXT, GOLD).map((l) => TEXT.slice(l.start, l.end));
    expect(at).toEqual(["£10 million", "£10 million", "$13 million", "£2 million", "£10 million"]);
  });

  it("counts links as MUC does", () => {
    // Gold: one money of 4 mentions (3 of £10 million, its conversion) needs 3 links; £2 million needs none. The
    // draft joins gbp_10m, gbp_10m_2 and usd_13m, leaves gbp_10m_3 alone (4 − 2 parts = 2 found), and joins the
    // spurious usd_1 to gbp_2m. Its groups: {gbp_10m, gbp_10m_2, usd_13m} (3 − 1 part = 2 right of 2),
    // {gbp_2m, usd_1} (2 − 2 parts = 0 right of 1), {gbp_10m_3} (0 of 0).
    expect([s.linksFound, s.linksNeeded, s.linksRight, s.linksDrawn]).toEqual([2, 3, 2, 3]);
  });

  it("draws the bars by rule and finds the money drawn twice", () => {
    // Rows that restate and convert nothing: gbp_10m, gbp_2m, gbp_10m_3; the last draws gbp_10m's money again.
    expect(draft.charts).toEqual([
      [
        {figure: "gbp_10m", label: "Acme plant"},
        {figure: "gbp_2m", label: "To schools"},
        {figure: "gbp_10m_3", label: "Plant"}
      ]
    ]);
    expect([s.charts, s.chartsTwice]).toEqual([1, 1]);
  });

  it("accepts labels with the key words and no fragment", () => {
    // "Acme plant" and "Plant" hold "plant"; "To schools" opens on a preposition.
    expect([s.labelsAccepted, s.labels]).toEqual([2, 3]);
  });

  it("judges the lead and the periods", () => {
    expect(s.leadRight).toBe(true);
    // gbp_10m's first row (the headline's) has no period where the gold has 2025; gbp_2m's is rightly empty.
    expect([s.periodsExact, s.periods]).toEqual([1, 2]);
  });

  it("prints the bench rows from the totals", () => {
    const t = totals([s, s]);
    expect(benchRows(t)).toEqual([
      "| drafting: restatement and conversion links, precision / recall | 0.67 / 0.67 |",
      "| drafting: charts drawing a money twice | 2 |",
      "| drafting: labels an editor accepts | 4 / 6 |",
      "| drafting: leads on the story's money | 2 / 2 |",
      "| drafting: periods exact | 2 / 4 |"
    ]);
  });
});

describe("readDraft on the format without converts, label or lead", () => {
  it("takes conversions from story.json, labels from the bars list and the lead from the prose", () => {
    const figures = "id,value,unit,quote,period,restates\ngbp_10m,10000000,GBP,q,,\nusd_13m,13000000,USD,q,,\n";
    const story = JSON.stringify({
      conversions: [{figure: "gbp_10m", article_usd: "usd_13m"}],
      charts: [{type: "bars", bars: [{figure: "gbp_10m", label: "Acme plant"}]}, {type: "rates"}]
    });
    const prose = "# T\n\nThe largest sum is [[gbp_10m]], about [[gbp_10m@mean]]. Cite as [[its_id]].";
    const d = readDraft({article: TEXT, figures, story, prose});
    expect(d.rows.map((r) => [r.id, r.converts, r.label])).toEqual([
      ["gbp_10m", "", ""],
      ["usd_13m", "gbp_10m", ""]
    ]);
    expect(d.charts).toEqual([[{figure: "gbp_10m", label: "Acme plant"}]]);
    expect(d.lead).toBe("gbp_10m");
  });
});

describe("labelProblem and samePeriod", () => {
  it("names what is wrong with a label", () => {
    expect(labelProblem("£1 billion (2023–2025)", [])).toBe("the amount alone");
    expect(labelProblem("By: budget", ["budget"])).toBe("opens on a preposition");
    expect(labelProblem("Sectors such", ["sector"])).toBe("ends mid-phrase");
    expect(labelProblem("Japan…", ["Japan"])).toBe("cut short");
    expect(labelProblem("AWS cloud expansion", ["AWS|Amazon", "cloud"])).toBeUndefined();
    expect(labelProblem("Cloud expansion", ["AWS|Amazon", "cloud"])).toBe('lacks "AWS|Amazon"');
  });

  it("compares periods by their dates", () => {
    expect(samePeriod("2021..2023", "2021-01..2023-12")).toBe(true);
    expect(samePeriod("2024-04..2025-03", "2024")).toBe(false);
    expect(samePeriod("", "")).toBe(true);
    expect(samePeriod("", "2024")).toBe(false);
  });
});

describe("the drafting corpus (test/drafting)", () => {
  const dir = join(projectRoot, "test", "drafting");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.replace(/\.gold\.json$/, ""));
  const golds = names.map((n) => JSON.parse(readFileSync(join(dir, `${n}.gold.json`), "utf-8")) as Gold);

  it("has 25 articles or more, from 15 outlets and in 10 currencies or more", () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(new Set(golds.map((g) => g.outlet)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(golds.flatMap((g) => g.figures.map((f) => f.unit))).size).toBeGreaterThanOrEqual(10);
  });

  it.each(names)("%s: every mention placed once, every id it names present, periods well-formed", (name) => {
    const gold = golds[names.indexOf(name)];
    const text = readFileSync(join(dir, `${name}.txt`), "utf-8");
    const ids = gold.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(gold.lead);
    for (const f of gold.figures) {
      if (f.converts) expect(ids).toContain(f.converts);
      if (f.period) expect(samePeriod(f.period, f.period)).toBe(true);
      expect(f.mentions.length).toBeGreaterThan(0);
    }
    expect(/^\d{4}-\d{2}-\d{2}$/.test(gold.published)).toBe(true);
    expect(() => locate(text, gold, name)).not.toThrow();
  });
});
