import {describe, expect, it} from "vitest";
import {buildProject} from "../../../src/project/build-project.js";
import {editRegistryCell, files, problemsOf, project, withFiles} from "../../helpers/project.js";

const line = (text: string, start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;

describe("buildProject", () => {
  it("builds the seed through every step", () => {
    expect(buildProject(files).figures.map((f) => [f.id, f.value])).toEqual(
      project.figures.map((f) => [f.id, f.value])
    );
    // read: the registry; join: the article's amounts; rates: each yen amount's bases; the rates chart's series;
    // dollars: April 2024's; derive: the World Bank's scale; the footnotes in reading order.
    expect(project.figures).toHaveLength(files.figures.trimEnd().split("\n").length - 1);
    expect(project.figures.find((f) => f.id === "aws_cloud")!.mention?.text).toBe("US$14 billion");
    expect(Object.keys(project.fx.chip_subsidies)).toEqual(["article", "spot", "mean"]);
    expect(Object.keys(project.chartSeries)).toEqual(["usdjpy"]);
    expect(project.dollars?.month).toBe("2024-04");
    expect(Object.keys(project.scales).sort()).toEqual([
      "chip_subsidies_gdp",
      "chip_subsidies_per_person",
      "us_chips_act_gdp"
    ]);
    expect(project.defaultBasis).toBe(JSON.parse(files.story!).default_basis);
    expect(project.notes[0]).toBe("aws_cloud");
    expect(project.warnings).toEqual([]);
  });

  it("reports the problems of every step at once, each at its line in the journalist's file", () => {
    const corrections = "date,figure_id,was,now\n2024-13-01,aws_cloud,a,b\n";
    const notFigures = `${files.notFigures.trimEnd()}\n1990s,a decade\n`;
    const factCheckProse = `${files.factCheckProse}\n::: chrat\n`;
    const figures = editRegistryCell(
      files.figures,
      "unicorns_share",
      "derive",
      "share:population_official/ai_training"
    );
    expect(problemsOf(withFiles({corrections, notFigures, factCheckProse, figures}))).toEqual([
      'data/corrections.csv:2: date "2024-13-01" is not a calendar date (YYYY-MM-DD)',
      `data/not-figures.csv:${line(notFigures, "1990s")}: "1990s" is not in data/article.txt`,
      `data/fact-check.md:${line(factCheckProse, "::: chrat")}: unknown directive "::: chrat": use ::: chart, ::: conversion, ::: conversions, ::: figures, ::: notes, ::: corrections, ::: summary`,
      `data/figures.csv:${line(figures, "unicorns_share,")}: "unicorns_share" computes to 41.45, but a value in "share" must be between 0 and 1`
    ]);
  });
});
