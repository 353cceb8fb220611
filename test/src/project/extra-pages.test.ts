import {describe, expect, it} from "vitest";
import {formatProblem, type Problem} from "../../../src/inputs/errors.js";
import {readExtraPages} from "../../../src/project/extra-pages.js";
import type {ProjectFiles} from "../../../src/project/types.js";

const read = (pages: ProjectFiles["pages"]) => {
  const problems: Problem[] = [];
  return {pages: readExtraPages(pages, problems), problems: problems.map(formatProblem)};
};

describe("readExtraPages", () => {
  it("reads each page at its slug, from its own file", () => {
    const {pages, problems} = read([{slug: "background", text: "# Background\n\nHow [[aws_cloud]] came about.\n"}]);
    expect(problems).toEqual([]);
    expect(pages).toMatchObject([
      {
        slug: "background",
        file: "data/pages/background.md",
        prose: {headline: "Background", headlineLine: 1, blocks: [{type: "markdown", line: 3}]}
      }
    ]);
    expect(pages[0].prose.blocks[0]).toMatchObject({tokens: [{id: "aws_cloud"}]});
  });

  it("has none without data/pages", () => {
    expect(read(undefined)).toEqual({pages: [], problems: []});
  });

  it("refuses an address the site's own pages take, or one that is not lower-case words", () => {
    const message = (slug: string) =>
      `data/pages/${slug}.md: "${slug}" cannot be a page's address: use lower-case letters, digits and hyphens, and none of index, fact-check, methodology, data`;
    expect(
      read([
        {slug: "methodology", text: "# M\n"},
        {slug: "Our_Method", text: "# M\n"}
      ])
    ).toEqual({
      pages: [],
      problems: [message("methodology"), message("Our_Method")]
    });
  });

  it("reports a page without a headline, and one whose bytes are not UTF-8, in its own file", () => {
    const bytes = new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0xff, 0x0a]);
    expect(
      read([
        {slug: "notes", text: "No headline.\n"},
        {slug: "bytes", text: bytes}
      ]).problems
    ).toEqual([
      'data/pages/notes.md:1: has no headline: start it with a line "# Your headline"',
      "data/pages/bytes.md:2:1: invalid UTF-8: byte 0xFF; save the file as UTF-8"
    ]);
  });
});
