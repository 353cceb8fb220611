// The Data page's tables as it reads them from their CSV files, typed as FileAttachment's csv({typed: true}) types
// them, by name.
import {describe, expect, it} from "vitest";
import {csvTables} from "../../docs/components/data-page.js";

const text = (body: string) => ({text: async () => body});

describe("csvTables", () => {
  it("reads every CSV file, numbers as numbers and empty cells as null, in the order the files are given", async () => {
    const tables = await csvTables({
      figures: {csv: text("id,value\r\naws_cloud,14000000000\r\nrank,38\r\n")},
      sources: {csv: text("file,date\r\narticle.txt,\r\n")}
    });
    expect(Object.keys(tables)).toEqual(["figures", "sources"]);
    expect(tables.figures).toEqual([
      {id: "aws_cloud", value: 14e9},
      {id: "rank", value: 38}
    ]);
    expect(tables.sources).toEqual([{file: "article.txt", date: null}]);
  });
});
