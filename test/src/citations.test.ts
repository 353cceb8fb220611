// Citations wherever a journalist writes them: the headline (so the page's <title> and the card), charts' titles,
// labels and notes, the prose and extra pages. Each is printed as its figure's value, or refused at file:line.
import {describe, expect, it} from "vitest";
import {build, files, problemsOf, withFiles} from "../helpers/project.js";

const prose = files.prose!;
const story = JSON.parse(files.story!);

describe("citations everywhere", () => {
  it("prints a citation in the headline as words, and refuses one of a missing id at the headline's line", () => {
    const p = build(withFiles({prose: prose.replace(/^# .*$/m, "# Japan spends [[chip_subsidies]] on chips")}));
    // ¥3.9 trillion, as the registry's 3900000000000 JPY is printed.
    expect(p.prose.headline).toBe("Japan spends ¥3.9 trillion on chips");
    expect(
      problemsOf(withFiles({prose: prose.replace(/^# .*$/m, "# Japan spends [[chip_subsidy]] on chips")}))
    ).toEqual([
      'data/story.md:1: cites "chip_subsidy", which is not in data/figures.csv; did you mean "chip_subsidies"?'
    ]);
  });

  it("prints a citation in a chart's title with its basis, and checks it", () => {
    const charts = story.charts.map((c: {id: string; title: string}) =>
      c.id === "investment" ? {...c, title: "Bets beside a subsidy of [[chip_subsidies@mean]]"} : c
    );
    const p = build(withFiles({story: JSON.stringify({...story, charts}, null, 2)}));
    // ¥3.9 trillion at the 2021–23 mean of 127.27 yen a dollar: US$30.6 billion, not the yen amount.
    const mean = p.fx.chip_subsidies.mean!.rate;
    expect((3.9e12 / mean / 1e9).toFixed(1)).toBe("30.6");
    expect(p.story.charts.find((c) => c.id === "investment")!.title).toBe("Bets beside a subsidy of US$30.6 billion");
  });

  it("refuses a citation that is not closed, has spaces or an empty text, naming the line", () => {
    const line = prose.split("\n").findIndex((l) => l.includes("[[aws_cloud]] from")) + 1;
    const edit = (to: string) => problemsOf(withFiles({prose: prose.replace("[[aws_cloud]] from", to)}));
    expect(edit("[[aws_cloud] from")).toEqual([
      `data/story.md:${line}: citation [[aws_cloud] is not closed: write [[aws_cloud]]`
    ]);
    expect(edit("[[ aws_cloud ]] from")).toEqual([
      `data/story.md:${line}: citation [[ aws_cloud ]] has spaces inside its brackets: write [[aws_cloud]]`
    ]);
    expect(edit("[[aws_cloud|]] from")[0]).toMatch(new RegExp(`^data/story.md:${line}: cannot read citation`));
  });

  it("refuses words marked as not a number that hold a number of another value", () => {
    const line = prose.split("\n").findIndex((l) => l.includes("[[aws_cloud]] from")) + 1;
    expect(
      problemsOf(withFiles({prose: prose.replace("[[aws_cloud]] from", "[[aws_cloud|~US$41 billion]] from")}))
    ).toEqual([
      `data/story.md:${line}: [[aws_cloud|~US$41 billion]] marks "US$41 billion" as words, but they hold a number, and "aws_cloud" is US$14 billion (14000000000 USD): print words that state that value`
    ]);
    // Words that are no number stay allowed, listed unchecked.
    expect(
      problemsOf(withFiles({prose: prose.replace("[[aws_cloud]] from", "[[aws_cloud|~a fortune]] from")}))
    ).toEqual([]);
  });

  it("refuses a citation inside an HTML tag, where it cannot print", () => {
    const line = prose.split("\n").findIndex((l) => l.includes("[[aws_cloud]] from")) + 1;
    expect(
      problemsOf(withFiles({prose: prose.replace("[[aws_cloud]] from", '<abbr title="[[aws_cloud]]">AWS</abbr> from')}))
    ).toEqual([
      `data/story.md:${line}: [[aws_cloud]] is inside an HTML tag, where a citation cannot print: cite it in the text`
    ]);
  });
});
