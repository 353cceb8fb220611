// The one HTML escaper: values inserted into html`…` are escaped, markup made by it is not escaped twice, and "$"
// becomes an entity, so Framework never reads data in a page as `${…}`.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {elementHtml, html, joinHtml} from "../../../src/story/html.js";

describe("html`…`", () => {
  it("escapes every inserted text, in text and in attributes, and leaves its own markup as written", () => {
    const title = `"<b>" & US$1`;
    expect(html`<p title="${title}">${title}</p>`.text).toBe(
      '<p title="&quot;&lt;b&gt;&quot; &amp; US&#36;1">&quot;&lt;b&gt;&quot; &amp; US&#36;1</p>'
    );
  });

  it("never leaves a ${ for Framework to read", () => {
    expect(html`<code>${"${process.exit()}"}</code>`.text).toBe("<code>&#36;{process.exit()}</code>");
  });

  it("inserts markup it made as it is, lists one after the other, and nothing for null, undefined and false", () => {
    const mark = html`<mark>${"a<b"}</mark>`;
    expect(html`<p>${mark}${[mark, "&"]}${null}${undefined}${false}${0}</p>`.text).toBe(
      "<p><mark>a&lt;b</mark><mark>a&lt;b</mark>&amp;0</p>"
    );
  });

  it("joins pieces with a separator of markup", () => {
    expect(joinHtml([html`<i>1</i>`, "2 < 3"], " &nbsp; ").text).toBe("<i>1</i> &nbsp; 2 &lt; 3");
  });

  it("reads back as the text it was given", () => {
    const text = `Tom & "Jerry" <cat> cost US$5 ${"{x}"}`;
    const p = new JSDOM(`<p>${html`${text}`}</p>`).window.document.querySelector("p")!;
    expect(p.textContent).toBe(text);
  });
});

describe("elementHtml", () => {
  it("gives an element as one block of markup, blank lines dropped and $ as an entity", () => {
    const document = new JSDOM("").window.document;
    const pre = document.createElement("pre");
    pre.textContent = "US$1\n\n  \nUS$2";
    expect(elementHtml(pre).text).toBe("<pre>US&#36;1\nUS&#36;2</pre>");
  });
});
