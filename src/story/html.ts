// The one HTML escaper: markup is written as html`…`, whose inserted values are escaped and whose own text is not.
// Text becomes "&lt;b&gt;", and "$" an entity, so Framework never reads data in a page as `${…}`.

// Markup that is already HTML: made by html`…` or from an element, inserted as it is.
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

// What html`…` takes: markup as it is; text and numbers escaped; lists one after the other; nothing for
// null, undefined and false.
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

// "<b>" → "&lt;b&gt;", 'a "b"' → "a &quot;b&quot;", "US$1" → "US&#36;1".
function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\$/g, "&#36;");
}

const piece = (value: HtmlValue): string =>
  value instanceof Html
    ? value.text
    : Array.isArray(value)
      ? value.map(piece).join("")
      : value == null || value === false
        ? ""
        : escape(String(value));

// html`<p title="${title}">${text}</p>`: the template's own text as written, every value escaped (`HtmlValue`).
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(strings.reduce((out, s, i) => out + piece(values[i - 1]) + s));
}

// Pieces of markup joined by a separator of markup: joinHtml([li1, li2], "\n").
export function joinHtml(pieces: readonly HtmlValue[], separator = ""): Html {
  return new Html(pieces.map(piece).join(separator));
}

// An element as one line of markup, "$" as an entity: a blank line would end Framework's HTML block.
export function elementHtml(node: Element): Html {
  return new Html(node.outerHTML.replace(/\n\s*\n/g, "\n").replace(/\$/g, "&#36;"));
}
