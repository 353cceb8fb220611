import {describe, expect, it} from "vitest";
import {buildProject, InputError} from "../../src/index.js";
import {files, project, withFiles} from "../helpers/project.js";

function problemsOf(changes: Parameters<typeof withFiles>[0]): string[] {
  try {
    buildProject(withFiles(changes));
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
    throw error;
  }
  return [];
}

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
    expect(get("tsmc_aid_usd")).toBe(Math.round((476e9 + 732e9) / (3.9e12 / 25.44e9)));
  });

  it("accounts for every money amount in the article", () => {
    const money = project.mentions.filter((m) => m.kind === "money");
    expect(money).toHaveLength(7);
    for (const m of money) expect(m.figure_ids.length).toBeGreaterThan(0);
  });
});

describe("bad input fails loudly, naming file, line and problem, all at once", () => {
  it("a quote that is not in the article", () => {
    expect(problemsOf({figures: editRegistry("microsoft_ai", "quote", "pledged US$3 billion")})).toEqual([
      'data/figures.csv:3: quote of "microsoft_ai" is not in data/article.txt verbatim: "pledged US$3 billion"',
      'data/article.txt:13: money amount "US$2.9 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv'
    ]);
  });

  it("a money amount in the article that nothing accounts for", () => {
    const article = files.article.replace(
      "Microsoft plans to offer",
      "Microsoft, which earned US$88 billion last year, plans to offer"
    );
    expect(problemsOf({article})).toEqual([
      'data/figures.csv:13: quote of "ai_training" is not in data/article.txt verbatim: "Microsoft plans to offer AI training to 3 million of Japan’s population of 125 million"',
      'data/article.txt:61: money amount "US$88 billion" is not accounted for: add it to data/figures.csv (with its quote) or to data/not-figures.csv'
    ]);
  });

  it("a duplicate id, an unknown currency and a non-finite value, together", () => {
    let figures = editRegistry("microsoft_ai", "id", "aws_cloud");
    figures = figures.replace(/^(tsmc_aid_1,[^\n]*?,)JPY,/m, "$1XYZ,");
    figures = figures.replace(/^(us_chips_act,[^,]*,[^,]*,reported,)52700000000,/m, "$1Infinity,");
    const problems = problemsOf({figures});
    expect(problems).toContain('data/figures.csv:3: duplicate id "aws_cloud" (first on line 2)');
    expect(problems).toContain('data/figures.csv:21: unknown currency "XYZ"');
    expect(problems).toContain('data/figures.csv:24: value "Infinity" of "us_chips_act" is not a finite number');
  });

  it("an FX window with no rates", () => {
    const rates = files.rates
      .split("\n")
      .filter((l) => !/^202[123]-/.test(l))
      .join("\n");
    expect(problemsOf({rates})).toEqual([
      "data/usdjpy-daily.csv: mean basis: no JPY rate for 2021-01: add its daily rates to data/usdjpy-daily.csv (no monthly rates were given)"
    ]);
  });

  it("a file without the columns it needs", () => {
    const figures = files.figures.replace(
      /^id,entity,category,kind,value,unit,as_of,in_article,quote,/,
      "id,entity,category,kind,amount,unit,as_of,in_article,words,"
    );
    expect(problemsOf({figures})[0]).toBe('data/figures.csv:1: missing columns "value", "quote"');
  });

  it("a data file with no sources row", () => {
    expect(problemsOf({dataFiles: [...files.dataFiles, "extra.csv"]})).toEqual([
      "data/sources.csv: data/extra.csv has no row: add its source, date and licence"
    ]);
  });
});
