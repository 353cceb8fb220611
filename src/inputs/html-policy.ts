// What the journalist's Markdown (data/story.md, data/fact-check.md, data/pages/*.md) may hold: plain markup only.
// Content runs only through `js` cells; a script, an event handler, a "javascript:" link or anything loaded from
// another host fails the build at its line, so the page keeps its promise of zero third-party requests.
//
// Nothing here reads HTML with patterns of its own. The text is read by markdown-it as Framework reads it (so a
// reference-style image, an image in the headline or an address behind escapes or entities is the address the page
// would load), and the raw HTML it passes through is parsed by jsdom as a browser parses it and held to an
// allow-list by DOMPurify (so `<img/src=x/onerror=…>` or `jav&#x61;script:` is what the browser would run).
import createDOMPurify from "dompurify";
import type {JSDOM as Dom} from "jsdom";
import MarkdownIt from "markdown-it";
import {createRequire} from "node:module";
import type {Problem} from "./errors.js";
import {inlineExpressions} from "../story/inline-expressions.js";

// The tags allowed, and the attributes each may carry besides GLOBAL_ATTRIBUTES.
export const ALLOWED_TAGS: Record<string, string[]> = Object.fromEntries(
  [
    ...["a:href,rel,target", "img:src,alt,width,height", "time:datetime", "q:cite", "blockquote:cite"],
    ...["td:colspan,rowspan", "th:colspan,rowspan,scope", "details:open", "ol:start,reversed"],
    ..."abbr aside b br caption cite code dd del div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i ins kbd li mark p pre s section small span strong sub summary sup table tbody tfoot thead tr u ul".split(
      " "
    )
  ].map((spec) => {
    const [tag, attrs = ""] = spec.split(":");
    return [tag, attrs ? attrs.split(",") : []];
  })
);
export const GLOBAL_ATTRIBUTES = ["class", "id", "title", "lang", "dir", "role"];

// Attributes whose value is an address the browser follows, and those whose address it loads.
const LINKS = new Set(["href", "cite"]);
const LOADS = new Set(["src"]);

// Where an address leads, read by the URL parser browsers use, on a page of a site no one else can be:
// "./data" → "local", "https\://x" (once unescaped) → "web", "java\tscript:x" → "other".
const SITE = "https://site.invalid";
function addressKind(address: string): "local" | "web" | "other" {
  let url: URL;
  try {
    url = new URL(address, `${SITE}/page`);
  } catch {
    return "other";
  }
  if (url.origin === SITE) return "local";
  return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol) ? "web" : "other";
}
const LINK_REFUSED = "only web, mail and relative addresses may be linked";
// The file in docs/ a local address loads, when it is not there: "./photo.jpg" → "docs/photo.jpg".
function missingFile(address: string, docsFiles: ReadonlySet<string> | undefined): string | undefined {
  if (!docsFiles) return undefined;
  const path = decodeURIComponent(new URL(address, `${SITE}/page`).pathname).slice(1);
  return docsFiles.has(path) ? undefined : `docs/${path}`;
}
const noFile = (path: string) => `there is no file ${path}: put it there, or correct the address`;
const LOAD_REFUSED = "the page loads nothing from another host; put the file in docs/";

// Framework's Markdown: HTML passed through, bare addresses linked. Every link and image reaches the checks
// below, which refuse with a reason, rather than markdown-it dropping a bad one silently.
function markdown(): MarkdownIt {
  const md = MarkdownIt({html: true, linkify: true});
  md.linkify.set({fuzzyLink: false, fuzzyEmail: false});
  md.validateLink = () => true;
  return md;
}

// A text with each span replaced by spaces, its line ends kept: the cells' code is not the journalist's HTML.
function blank(text: string, spans: {at: number; length: number}[]): string {
  let out = text;
  for (const {at, length} of spans)
    out = out.slice(0, at) + out.slice(at, at + length).replace(/[^\n]/g, " ") + out.slice(at + length);
  return out;
}

// Every problem of the raw HTML and the addresses of a Markdown file (or of a part of one whose first line is
// `line`), each at its line. `docsFiles`: the files under docs/, where a page's images are (none checked without).
export function checkHtml(
  text: string,
  file: string,
  line: number,
  problems: Problem[],
  docsFiles?: ReadonlySet<string>
): void {
  const found: Problem[] = [];
  const at = (l: number, message: string) => found.push({file, line: l, message});
  const cells = inlineExpressions(text).map((e) => ({at: e.at, length: e.code.length + 3}));
  const tokens = markdown().parse(blank(text, cells), {});
  const html: {line: number; text: string}[] = []; // the raw HTML, each piece at its line
  for (const token of tokens) {
    const first = line + (token.map?.[0] ?? 0);
    if (token.type === "html_block") html.push({line: first, text: token.content});
    if (token.type !== "inline") continue;
    let l = first;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") l++;
      else if (child.type === "image") {
        const src = child.attrGet("src") ?? "";
        const missing = addressKind(src) === "local" ? missingFile(src, docsFiles) : undefined;
        if (addressKind(src) !== "local") at(l, `image ${src}: ${LOAD_REFUSED}`);
        else if (missing) at(l, `image ${src}: ${noFile(missing)}`);
      } else if (child.type === "link_open" && addressKind(child.attrGet("href") ?? "") === "other")
        at(l, `link ${child.attrGet("href")}: ${LINK_REFUSED}`);
      else if (child.type === "html_inline") {
        html.push({line: l, text: child.content});
        l += child.content.split("\n").length - 1;
      }
    }
  }
  if (html.length) checkRawHtml(html, line, at, docsFiles);
  problems.push(...found.sort((a, b) => a.line! - b.line!));
}

// jsdom, loaded the first time a text holds raw HTML, not by every command that reads a story: it is a second of
// start-up, and most stories' texts hold none.
const jsdom = () => createRequire(import.meta.url)("jsdom") as {JSDOM: typeof Dom};

// The raw HTML, laid out at its lines (from `line`), parsed as a browser parses it and sanitised in place against
// the allow-list: whatever DOMPurify removes is a problem at the line where jsdom found it.
function checkRawHtml(
  pieces: {line: number; text: string}[],
  line: number,
  at: (l: number, m: string) => void,
  docsFiles: ReadonlySet<string> | undefined
) {
  let source = "<!DOCTYPE html><body>";
  let next = line;
  for (const piece of pieces) {
    if (piece.line > next) source += "\n".repeat(piece.line - next);
    next = Math.max(next, piece.line) + piece.text.split("\n").length - 1;
    source += piece.text;
  }
  const dom = new (jsdom().JSDOM)(source, {includeNodeLocations: true});
  const lineOf = (node: Node) => {
    const loc = dom.nodeLocation(node) as {startLine: number; startTag?: {startLine: number}} | null;
    return line + ((loc?.startTag ?? loc)?.startLine ?? 1) - 1;
  };
  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
  const reasons = new Map<Element, Map<string, string>>(); // why an attribute was refused here, by element
  purify.addHook("uponSanitizeAttribute", (node, data) => {
    const tag = node.nodeName.toLowerCase();
    const name = data.attrName;
    const why = (reason: string) => {
      data.keepAttr = false;
      reasons.set(node, (reasons.get(node) ?? new Map()).set(name, reason));
    };
    if (tag === "body") return; // the document's own, and DOMPurify's root
    if (name.startsWith("on")) why(`<${tag} ${name}=…>: event handlers are not allowed; use a \`\`\`js cell`);
    else if (!(ALLOWED_TAGS[tag]?.includes(name) || GLOBAL_ATTRIBUTES.includes(name) || name.startsWith("aria-")))
      why(`<${tag}> may not have the attribute "${name}"`);
    else if (LINKS.has(name) && addressKind(data.attrValue) === "other")
      why(`<${tag} ${name}="${data.attrValue}">: ${LINK_REFUSED}`);
    else if (LOADS.has(name) && addressKind(data.attrValue) !== "local")
      why(`<${tag} ${name}="${data.attrValue}">: ${LOAD_REFUSED}`);
  });
  purify.sanitize(dom.window.document.body, {
    IN_PLACE: true,
    ALLOWED_TAGS: [...Object.keys(ALLOWED_TAGS), "body"],
    ALLOWED_ATTR: [...new Set([...Object.values(ALLOWED_TAGS).flat(), ...GLOBAL_ATTRIBUTES])],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i
  });
  for (const node of dom.window.document.body.querySelectorAll("[src]")) {
    const src = node.getAttribute("src")!;
    const missing = missingFile(src, docsFiles);
    if (missing) at(lineOf(node), `<${node.nodeName.toLowerCase()} src="${src}">: ${noFile(missing)}`);
  }
  const allowed = Object.keys(ALLOWED_TAGS).join(", ");
  for (const removed of purify.removed) {
    if ("element" in removed) {
      const node = removed.element as Element;
      if (node.nodeType !== 1) continue; // a comment: text no one sees, that runs nothing
      const tag = node.nodeName.toLowerCase();
      at(
        lineOf(node),
        tag === "script"
          ? "<script> is not allowed: the story runs code only in ```js cells"
          : `<${tag}> is not allowed in the story's HTML (allowed: ${allowed})`
      );
    } else if (removed.attribute && removed.from) {
      const node = removed.from as Element;
      const {name, value} = removed.attribute;
      const tag = node.nodeName.toLowerCase();
      at(
        lineOf(node),
        reasons.get(node)?.get(name) ??
          `<${tag} ${name}="${value}">: refused by the sanitiser (it could change the page)`
      );
    }
  }
  dom.window.close();
}
