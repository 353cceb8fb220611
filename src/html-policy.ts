// What raw HTML the journalist's Markdown (data/story.md, data/fact-check.md) may hold: plain markup only. Content
// runs only through `js` cells; a script, an event handler, a "javascript:" link or anything loaded from another
// host fails the build at its line, so the page keeps its promise of zero third-party requests.
import type {Problem} from "./errors.js";
import {codeSpans} from "./tokens.js";

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

// Attributes whose value is an address the browser follows or loads.
const LINKS = new Set(["href", "cite"]);
const LOADS = new Set(["src"]);

// A relative address, or one on the page's own site: "./data", "#notes", "/methodology".
const local = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Markdown images load what they show: ![alt](https://other.host/x.png)
const MD_IMAGE = /!\[[^\]]*\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)/g;
const MD_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)/g;

// Every problem with the raw HTML and the addresses of a Markdown block whose first line is `line`.
export function checkHtml(text: string, file: string, line: number, problems: Problem[]): void {
  const code = codeSpans(text);
  const inCode = (at: number) => code.some((s) => at >= s.start && at < s.end);
  const lineAt = (at: number) => line + text.slice(0, at).split("\n").length - 1;
  const at = (offset: number, message: string) => problems.push({file, line: lineAt(offset), message});
  for (const m of text.matchAll(TAG)) {
    if (inCode(m.index!) || m[0].startsWith("</")) continue; // a closing tag was reported where it opened
    const tag = m[1].toLowerCase();
    if (!(tag in ALLOWED_TAGS)) {
      at(
        m.index!,
        tag === "script"
          ? "<script> is not allowed: the story runs code only in ```js cells"
          : `<${tag}> is not allowed in the story's HTML (allowed: ${Object.keys(ALLOWED_TAGS).join(", ")})`
      );
      continue;
    }
    for (const a of (m[2] ?? "").matchAll(ATTRIBUTE)) {
      const name = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? "";
      if (name.startsWith("on"))
        at(m.index!, `<${tag} ${name}=…>: event handlers are not allowed; use a \`\`\`js cell`);
      else if (!(ALLOWED_TAGS[tag].includes(name) || GLOBAL_ATTRIBUTES.includes(name) || name.startsWith("aria-")))
        at(m.index!, `<${tag}> may not have the attribute "${name}"`);
      else if (LINKS.has(name) && /^\s*(?:javascript|data|vbscript):/i.test(value))
        at(m.index!, `<${tag} ${name}="${value}">: only web, mail and relative addresses may be linked`);
      else if (LOADS.has(name) && !local(value))
        at(m.index!, `<${tag} ${name}="${value}">: the page loads nothing from another host; put the file in docs/`);
    }
  }
  for (const m of text.matchAll(MD_IMAGE))
    if (!inCode(m.index!) && !local(m[1]))
      at(m.index!, `image ${m[1]}: the page loads nothing from another host; put the file in docs/`);
  for (const m of text.matchAll(MD_LINK))
    if (!inCode(m.index!) && /^\s*(?:javascript|data|vbscript):/i.test(m[1]))
      at(m.index!, `link ${m[1]}: only web, mail and relative addresses may be linked`);
}
