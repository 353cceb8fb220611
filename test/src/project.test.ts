import {describe, expect, it} from "vitest";
import {build, files, problemsOf, project, withFiles} from "../helpers/project.js";

const problemsWith = (changes: Parameters<typeof withFiles>[0]) => problemsOf(withFiles(changes));

// Replaces one cell of the registry row with this id.
function editRegistry(id: string, column: string, value: string): string {
  const lines = files.figures.split("\n");
  const header = lines[0].split(",");
  const i = lines.findIndex((l) => l.startsWith(`${id},`));
  const cells = lines[i].match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ""));
  cells[header.indexOf(column)] = value;
  lines[i] = cells.slice(0, header.length).join(",");
  return lines.join("\n");
}

describe("the project", () => {
  it("joins every article figure to the amount in its quote", () => {
    const aws = project.figures.find((f) => f.id === "aws_cloud")!;
    expect(aws.mention?.text).toBe("US$14 billion");
    expect(project.text.slice(aws.mention!.start, aws.mention!.end)).toBe("US$14 billion");
    const usd = project.figures.find((f) => f.id === "chip_subsidies_usd_article")!;
    expect(usd.mention?.text).toBe("US$25.44 billion");
  });

  it("derives implied rates, shares and dollar values from the reported figures", () => {
    const get = (id: string) => project.figures.find((f) => f.id === id)!.value;
    expect(get("subsidy_implied_rate")).toBe(153.3019);
    expect(get("aws_implied_rate")).toBe(161.4286);
    expect(get("unicorns_share")).toBe(0.005833);
    expect(get("ai_training_share")).toBe(0.024);
    expect(get("chip_subsidies_usd")).toBe(25440000000);
    // ¥1,208 billion at the article's 153.30 yen per dollar (¥3.9 trillion / US$25.44 billion)
    expect(get("tsmc_aid_usd")).toBe(7879876923);
  });

  it("accounts for every money amount in the article", () => {
    const money = project.mentions.filter((m) => m.kind === "money");
    expect(money).toHaveLength(7);
    for (const m of money) expect(m.figure_ids.length).toBeGreaterThan(0);
  });
});

describe("bad input fails loudly, naming file, line and problem, all at once", () => {
  it("a quote that is not in the article", () => {
    expect(problemsWith({figures: editRegistry("microsoft_ai", "quote", "pledged US$3 billion")})).toEqual([
      'data/figures.csv:3: quote of "microsoft_ai" is not in data/article.txt verbatim: "pledged US$3 billion"',
      'data/article.txt:13: money amount "US$2.9 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv'
    ]);
  });

  it("a money amount in the article that nothing accounts for", () => {
    const article = files.article.replace(
      "Microsoft plans to offer",
      "Microsoft, which earned US$88 billion last year, plans to offer"
    );
    expect(problemsWith({article})).toEqual([
      'data/figures.csv:13: quote of "ai_training" is not in data/article.txt verbatim: "Microsoft plans to offer AI training to 3 million of Japan’s population of 125 million"',
      'data/article.txt:61: money amount "US$88 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv'
    ]);
  });

  it("a duplicate id, an unknown currency and a non-finite value, together", () => {
    let figures = editRegistry("microsoft_ai", "id", "aws_cloud");
    figures = figures.replace(/^(tsmc_aid_1,[^\n]*?,)JPY,/m, "$1XYZ,");
    figures = figures.replace(/^(us_chips_act,[^,]*,[^,]*,reported,)52700000000,/m, "$1Infinity,");
    const problems = problemsWith({figures});
    expect(problems).toContain('data/figures.csv:3: duplicate id "aws_cloud" (first on line 2)');
    expect(problems).toContain('data/figures.csv:21: unknown currency "XYZ"');
    expect(problems).toContain('data/figures.csv:24: value "Infinity" of "us_chips_act" is not a finite number');
  });

  it("an FX window with no rates, daily or monthly", () => {
    const rates = files.rates
      .split("\n")
      .filter((l) => !/^202[123]-/.test(l))
      .join("\n");
    const fxMonthly = files.fxMonthly
      .split("\n")
      .filter((l) => !/^2022-0[5-9]-01,Japan,/.test(l))
      .join("\n");
    expect(problemsWith({rates, fxMonthly})).toEqual([
      'data/figures.csv: "chip_subsidies", "aws_cloud_jpy", "tsmc_aid_1", "tsmc_aid_2", "rapidus_aid", "japan_gdp_2023": mean basis: no JPY rate for 2022-05: add a row for Japan 2022-05-01 to data/fx-monthly-fred.csv'
    ]);
  });

  it("a file without the columns it needs", () => {
    const figures = files.figures.replace(
      /^id,entity,category,kind,value,unit,as_of,in_article,quote,/,
      "id,entity,category,kind,amount,unit,as_of,in_article,words,"
    );
    expect(problemsWith({figures})[0]).toBe('data/figures.csv:1: missing columns "value", "quote"');
  });

  it("a problem of fact-check.md, at its line in the journalist's file", () => {
    expect(problemsWith({factCheckProse: "Two discrepancies.\n\n::: chrat\n"})).toEqual([
      'data/fact-check.md:3: unknown directive "::: chrat": use ::: chart, ::: conversion, ::: conversions, ::: figures, ::: notes, ::: corrections, ::: summary'
    ]);
  });

  it("a data file with no sources row", () => {
    expect(problemsWith({dataFiles: [...files.dataFiles, "extra.csv"]})).toEqual([
      "data/sources.csv: data/extra.csv has no row: add its source, date and licence"
    ]);
  });
});

// The registry with the draft's optional columns, period and restates, and `rows` appended (CSV lines).
function withPeriods(periods: Record<string, string>, rows: string[] = []): string {
  const [header, ...lines] = files.figures.trimEnd().split("\n");
  const cells = (l: string) => `${l},${periods[l.slice(0, l.indexOf(","))] ?? ""},`;
  return [`${header},period,restates`, ...lines.map(cells), ...rows].join("\n") + "\n";
}

describe("each amount at the rates of its own time", () => {
  const published = files.articleMeta.match(/"published":\s*"([^"]+)"/)![1];

  it("averages a figure's own period, not the story's window", () => {
    expect(published).toBe("2024-04-14");
    const p = problemsOf(withFiles({figures: withPeriods({aws_cloud_jpy: "2023..2027", tsmc_aid_1: "2022"})}));
    expect(p).toEqual([]);
  });

  it("gives each foreign amount its own bases: a past period's mean, a running one's to the month before", async () => {
    const q = build(withFiles({figures: withPeriods({aws_cloud_jpy: "2023..2027", tsmc_aid_1: "2022"})}));
    expect([q.fx.tsmc_aid_1.mean!.window_start, q.fx.tsmc_aid_1.mean!.window_end]).toEqual([
      "2022-01-01",
      "2022-12-31"
    ]);
    expect([q.fx.aws_cloud_jpy.mean!.window_start, q.fx.aws_cloud_jpy.mean!.window_end]).toEqual([
      "2023-01-01",
      "2024-03-31"
    ]);
    expect(q.fx.aws_cloud_jpy.mean!.note).toContain("still under way");
    // A figure with no period keeps the story's mean_window: the subsidy is still US$30.6 billion at 2021–23.
    expect(q.fx.chip_subsidies.mean!.label).toBe("2021–23 average");
    expect(q.fx.chip_subsidies.mean!.rate.toFixed(2)).toBe("127.27");
    // The 2022 mean is that of the daily yen rates of 2022, computed here from the file.
    const daily = files.rates
      .split("\n")
      .slice(1)
      .filter((l) => l.startsWith("2022-") && l.split(",")[1])
      .map((l) => Number(l.split(",")[1]));
    expect(q.fx.tsmc_aid_1.mean!.rate).toBeCloseTo(daily.reduce((a, b) => a + b) / daily.length, 9);
  });
});

describe("restatements: one figure, several mentions", () => {
  const sentence = "Amazon’s US$14 billion cloud plan is its largest bet on Japan.";
  const article = files.article.replace("Microsoft plans to offer", `${sentence} Microsoft plans to offer`);
  const row = (restates: string, value = "14000000000") =>
    `aws_cloud_again,Amazon Web Services,foreign investment,reported,${value},USD,2024-01-19,true,Amazon’s US$14 billion cloud plan,,"article (AFP, Taipei Times 2024-04-14)",,,,${restates}`;

  it("joins the later mention to the figure it restates, which is charted and counted once", async () => {
    const q = build(withFiles({article, figures: withPeriods({}, [row("aws_cloud")])}));
    expect(q.figures.map((f) => f.id)).not.toContain("aws_cloud_again");
    const mentions = q.mentions.filter((m) => m.text === "US$14 billion");
    expect(mentions).toHaveLength(2);
    for (const m of mentions) expect(m.figure_ids).toEqual(["aws_cloud"]);
  });

  it("refuses a restatement of another value, or of a figure that does not exist, at its line", () => {
    const line = withPeriods({}).trimEnd().split("\n").length + 1;
    expect(problemsWith({article, figures: withPeriods({}, [row("aws_cloud", "15000000000")])})).toContain(
      `data/figures.csv:${line}: "aws_cloud_again" says 15000000000 USD, but its quote has US$14 billion`
    );
    expect(problemsWith({article, figures: withPeriods({}, [row("aws_clod")])})).toEqual([
      `data/figures.csv:${line}: "aws_cloud_again" restates "aws_clod", which is not in data/figures.csv; did you mean "aws_cloud"?`
    ]);
    expect(problemsWith({figures: withPeriods({aws_cloud: "next year"})})).toEqual([
      'data/figures.csv:2: period "next year" of "aws_cloud" is not a period: write 2024, 2021..2023, 2024-04..2025-03 or 2024-04-14'
    ]);
  });
});

describe("never a wrong number: checked words and unit-checked derivations", () => {
  const prose = (from: string, to: string) => ({prose: files.prose!.replace(from, to)});

  it("accepts words that state the figure's value, and refuses others at their line", () => {
    expect(problemsWith(prose("[[aws_cloud]] from", "[[aws_cloud|14 billion dollars]] from"))).toEqual([]);
    expect(problemsWith(prose("[[aws_cloud]] from", "[[aws_cloud|US$41 billion]] from"))).toEqual([
      'data/story.md:3: [[aws_cloud|US$41 billion]] prints "US$41 billion", but "aws_cloud" is US$14 billion (14000000000 USD): print words that state that value, or mark words that are not a number as [[aws_cloud|~US$41 billion]]'
    ]);
    expect(problemsWith(prose("[[unicorns_japan|seven]]", "[[unicorns_japan|eight]]"))).toEqual([
      'data/story.md:21: [[unicorns_japan|eight]] prints "eight", but "unicorns_japan" is 7 (7 count): print words that state that value, or mark words that are not a number as [[unicorns_japan|~eight]]'
    ]);
  });

  it("lists words marked as not a number, unchecked, and prints them without the mark", async () => {
    const q = build(withFiles(prose("[[unicorns_japan|seven]]", "[[unicorns_japan|~a handful]]")));
    expect(q.looseWords).toEqual([{file: "data/story.md", line: 21, id: "unicorns_japan", words: "a handful"}]);
    const token = q.prose.blocks.flatMap((b) => (b.type === "markdown" ? b.tokens : [])).find((t) => t.loose);
    expect(token?.shown).toBe("a handful");
  });

  it("refuses a rate of like over like, a share of unlike, a rule naming a figure twice or itself", () => {
    const line = (id: string) => files.figures.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;
    expect(
      problemsWith({figures: editRegistry("subsidy_implied_rate", "derive", "rate:aws_cloud/microsoft_ai")})
    ).toEqual([
      `data/figures.csv:${line("subsidy_implied_rate")}: "subsidy_implied_rate" (rate:aws_cloud/microsoft_ai): a rate divides two currencies, but "aws_cloud" and "microsoft_ai" are both in USD`
    ]);
    expect(problemsWith({figures: editRegistry("unicorns_share", "derive", "share:unicorns_japan/aws_cloud")})).toEqual(
      [
        `data/figures.csv:${line("unicorns_share")}: "unicorns_share" (share:unicorns_japan/aws_cloud): a share is of like over like, but "unicorns_japan" is in count and "aws_cloud" in USD`
      ]
    );
    expect(problemsWith({figures: editRegistry("tsmc_aid_usd", "derive", "usd:tsmc_aid_1+tsmc_aid_1")})).toEqual([
      `data/figures.csv:${line("tsmc_aid_usd")}: "tsmc_aid_usd" names "tsmc_aid_1" twice in usd:tsmc_aid_1+tsmc_aid_1: each part of a rule is a different figure`
    ]);
    expect(
      problemsWith({figures: editRegistry("unicorns_share", "derive", "share:unicorns_share/unicorns_total")})
    ).toEqual([`data/figures.csv:${line("unicorns_share")}: "unicorns_share" derives from itself`]);
  });

  it("derives a rate's unit from its parts, and refuses another declared", () => {
    const figures = editRegistry("subsidy_implied_rate", "unit", "USD per JPY");
    expect(problemsWith({figures})).toContain(
      `data/figures.csv:${files.figures.split("\n").findIndex((l) => l.startsWith("subsidy_implied_rate,")) + 1}: "subsidy_implied_rate" (rate:chip_subsidies/chip_subsidies_usd_article): its unit is "JPY per USD" (JPY over USD), not "USD per JPY"`
    );
  });

  it("names each citation of a renamed id at its own line, in story.json's charts and in story.md, in one pass", () => {
    expect(problemsWith({figures: files.figures.replace(/^yen_low,/m, "yen_low_34,")})).toEqual([
      'data/story.json:26: chart "usdjpy" cites "yen_low", which is not in data/figures.csv',
      'data/story.json:54: chart "timeline" cites "yen_low", which is not in data/figures.csv',
      'data/story.md:11: cites "yen_low", which is not in data/figures.csv'
    ]);
  });

  it("reports a citation of a missing id in the same pass as the registry's problems", () => {
    const both = withFiles({
      figures: editRegistry("microsoft_ai", "quote", "pledged US$3 billion"),
      prose: files.prose!.replace("[[aws_cloud]] from", "[[aws_clod]] from")
    });
    expect(problemsOf(both)).toContain(
      'data/story.md:3: cites "aws_clod", which is not in data/figures.csv; did you mean "aws_cloud"?'
    );
  });
});

describe("a currency the rate files lack", () => {
  const sentence = "Nigeria pledged 200 billion naira to its chip plan.";
  const article = files.article.replace("Microsoft plans to offer", `${sentence} Microsoft plans to offer`);
  const figures = withPeriods({}, [
    `naira_plan,Nigeria,government subsidy,reported,200000000000,NGN,2024-04-14,true,pledged 200 billion naira,,"article (AFP, Taipei Times 2024-04-14)",,,2024-04-14,`
  ]);
  const other = "date,currency,per_usd\n2024-03-01,NGN,1450.5\n2024-04-01,NGN,1250.25\n";
  const sources = `${files.sources.trimEnd()}\nfx-other.csv,Monthly naira rates,Central Bank of Nigeria,2024-03-01..2024-04-30,CC0 (project metadata)\n`;

  it("is drafted, and the build asks for its rates in data/fx-other.csv, naming the month", () => {
    const line = figures.trimEnd().split("\n").length;
    const ask = (basis: string, month: string) =>
      `data/figures.csv:${line}: "naira_plan": ${basis} basis: no NGN rate for ${month}: no file in data/ has NGN rates: add its monthly means to data/fx-other.csv, a row a month from the first month the story needs (${month}-01,NGN,<units of NGN per US dollar>; header date,currency,per_usd), and a row for that file, with its source, in data/sources.csv`;
    // Its period is the publication date (2024-04-14): the mean is of January to March 2024.
    expect(problemsWith({article, figures})).toEqual([ask("spot", "2024-04"), ask("mean", "2024-01")]);
  });

  it("builds once its rates are in data/fx-other.csv, converting at them", async () => {
    const fourMonths = `${other}2024-01-01,NGN,900\n2024-02-01,NGN,1500\n`;
    const q = build(
      withFiles({
        article,
        figures,
        fxOther: fourMonths,
        sources,
        dataFiles: [...files.dataFiles, "fx-other.csv"].sort()
      })
    );
    // Publication (2024-04-14) is in April: the April mean. The period is the publication date: the three months
    // before it, January to March.
    expect(q.fx.naira_plan.spot!.rate).toBe(1250.25);
    expect(q.fx.naira_plan.mean!.rate).toBeCloseTo((900 + 1500 + 1450.5) / 3, 9);
  });

  it("refuses a row of data/fx-other.csv that is not a month, a code or a rate, at its line", () => {
    const bad = "date,currency,per_usd\n2024-03-15,NGN,1450\n2024-04-01,naira,1250\n2024-05-01,NGN,-3\n";
    expect(problemsWith({fxOther: bad, sources, dataFiles: [...files.dataFiles, "fx-other.csv"].sort()})).toEqual([
      'data/fx-other.csv:2: date "2024-03-15" is not the first of a month (YYYY-MM-01)',
      'data/fx-other.csv:3: currency "naira" is not an ISO 4217 code such as NGN',
      'data/fx-other.csv:4: per_usd "-3" of NGN on 2024-05-01 is not a positive number (units of NGN per US dollar)'
    ]);
  });
});
