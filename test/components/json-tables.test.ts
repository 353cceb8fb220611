// The published tables the journalist's own cells use, read from their JSON files by name.
import {describe, expect, it} from "vitest";
import {jsonTables} from "../../docs/components/json-tables.js";

describe("jsonTables", () => {
  it("reads every JSON file as it is, by name", async () => {
    const rows = [{id: "aws_cloud", value: 14e9}];
    const tables = await jsonTables({figures: {json: async () => rows}, mentions: {json: async () => []}});
    expect(tables).toEqual({figures: rows, mentions: []});
  });
});
