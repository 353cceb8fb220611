// What raw HTML the story's Markdown may hold: each forbidden thing fails at its own line; code stays text.
import {describe, expect, it} from "vitest";
import {parseMeta, parseProse, type Problem} from "../../../src/index.js";

function problems(body: string): string[] {
  const found: Problem[] = [];
  parseProse(`# Headline\n\n${body}\n`, "data/story.md", found);
  return found.map((p) => `${p.line}: ${p.message}`);
}

describe("the story's HTML", () => {
  it("refuses a script, at its line", () => {
    expect(problems("Fine.\n\nThen <script>fetch('/x')</script> here.")).toEqual([
      "5: <script> is not allowed: the story runs code only in ```js cells"
    ]);
  });

  it("refuses event handlers and javascript: links", () => {
    expect(problems('<img src="chart.png" alt="" onerror="alert(1)">')).toEqual([
      "3: <img onerror=…>: event handlers are not allowed; use a ```js cell"
    ]);
    expect(problems('<a href="javascript:alert(1)">x</a>\n\n[y](javascript:alert(2))')).toEqual([
      '3: <a href="javascript:alert(1)">: only web, mail and relative addresses may be linked',
      "5: link javascript:alert(2): only web, mail and relative addresses may be linked"
    ]);
  });

  it("refuses anything loaded from another host, in HTML or Markdown", () => {
    expect(problems('<img src="https://cdn.example.com/a.png" alt="a">\n\n![b](//cdn.example.com/b.png)')).toEqual([
      '3: <img src="https://cdn.example.com/a.png">: the page loads nothing from another host; put the file in docs/',
      "5: image //cdn.example.com/b.png: the page loads nothing from another host; put the file in docs/"
    ]);
  });

  it("allows plain markup, links to other sites, local images, and anything inside code", () => {
    expect(
      problems(
        [
          '<span class="kicker" aria-label="kicker">Analysis</span> <abbr title="gross domestic product">GDP</abbr>',
          '[The source](https://example.org/report) and <a href="./data">the data</a>. ![A map](./map.png)',
          "`<script>` is written like this, and so is `<img onerror=x>`:",
          "```html\n<script>alert(1)</script>\n```"
        ].join("\n\n")
      )
    ).toEqual([]);
  });

  it("refuses other tags and attributes, naming them", () => {
    expect(problems('<iframe src="./x"></iframe>\n\n<div style="color: red">x</div>')).toEqual([
      "3: <iframe> is not allowed in the story's HTML (allowed: a, img, time, q, blockquote, td, th, details, ol, abbr, aside, b, br, caption, cite, code, dd, del, div, dl, dt, em, figcaption, figure, h2, h3, h4, h5, h6, hr, i, ins, kbd, li, mark, p, pre, s, section, small, span, strong, sub, summary, sup, table, tbody, tfoot, thead, tr, u, ul)",
      '5: <div> may not have the attribute "style"'
    ]);
  });
});

describe("the story's HTML, as a browser would read it", () => {
  it("refuses a handler written with slashes for spaces, inside a block of HTML, at its own line", () => {
    expect(problems('<div>\nA photo:\n<img/src="./x.png"/onerror="alert(1)">\n</div>')).toEqual([
      "5: <img onerror=…>: event handlers are not allowed; use a ```js cell"
    ]);
  });

  it("refuses a javascript: scheme hidden by an entity, by case or by a tab, naming the address it would be", () => {
    expect(
      problems(
        [
          '<a href="jav&#x61;script:alert(1)">a</a>',
          '<A HREF="JaVaScRiPt:alert(2)">b</A>',
          '<a href="java&Tab;script:alert(3)">c</a>',
          "[d](jav&#x61;script:alert(4))"
        ].join("\n\n")
      )
    ).toEqual([
      '3: <a href="javascript:alert(1)">: only web, mail and relative addresses may be linked',
      '5: <a href="JaVaScRiPt:alert(2)">: only web, mail and relative addresses may be linked',
      '7: <a href="java\tscript:alert(3)">: only web, mail and relative addresses may be linked',
      "9: link javascript:alert(4): only web, mail and relative addresses may be linked"
    ]);
  });

  it("refuses a reference-style image, wherever its address is defined, at the image's line", () => {
    expect(problems("Text.\n\n![chart][ref] here.\n\n::: notes\n\n[ref]: https://evil.example/x.png")).toEqual([
      "5: image https://evil.example/x.png: the page loads nothing from another host; put the file in docs/"
    ]);
  });

  it("refuses an image in the headline", () => {
    const found: Problem[] = [];
    parseProse("# Chips ![logo](https://evil.example/t.png)\n\nText.\n", "data/story.md", found);
    expect(found).toEqual([
      {
        file: "data/story.md",
        line: 1,
        message: "image https://evil.example/t.png: the page loads nothing from another host; put the file in docs/"
      }
    ]);
  });

  it("refuses an address whose scheme hides behind an escape or an entity, at its line in a paragraph", () => {
    expect(
      problems("One,\ntwo ![a](https\\://evil.example/a.png),\nthree ![b](https&#58;//evil.example/b.png).")
    ).toEqual([
      "4: image https://evil.example/a.png: the page loads nothing from another host; put the file in docs/",
      "5: image https://evil.example/b.png: the page loads nothing from another host; put the file in docs/"
    ]);
    expect(problems('<img src="https&#58;//evil.example/c.png" alt="">')).toEqual([
      '3: <img src="https://evil.example/c.png">: the page loads nothing from another host; put the file in docs/'
    ]);
  });

  it("leaves the cells' own code and comments alone", () => {
    expect(problems("A ${html`<img src=${x} onerror=${y}>`} cell. <!-- a note for editors -->")).toEqual([]);
  });
});

describe("article.json's url", () => {
  const meta = (url: string) => {
    const found: Problem[] = [];
    const json = `{"title": "T", "outlet": "O", "published": "2025-01-02", "source": "s",\n"url": ${JSON.stringify(url)}}`;
    parseMeta(json, "data/article.json", found);
    return found.map((p) => `${p.line}: ${p.message}`);
  };
  it("must be a web address", () => {
    expect(meta("https://example.org/story")).toEqual([]);
    expect(meta("javascript:alert(1)")).toEqual([
      '2: "url" is "javascript:alert(1)", not a web address: write it as https://…'
    ]);
  });
});
