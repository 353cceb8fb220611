// The Content-Security-Policy of a built page: scripts, styles, images, fonts and connections from the site's own
// origin only, and of the inline scripts only those the build wrote, each allowed by its SHA-256 hash (never
// 'unsafe-inline'). Whatever slips past the checks of the text (a cell that calls fetch("https://…"), an <img>
// a cell draws from another host) can then neither load nor send anything. The policy goes in the page itself, as
// a <meta http-equiv> before its first script, and `npm run serve` sends the same one as a header.
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {extname} from "node:path";

// An element's text is a script's up to the first "</script" (the HTML parser's rule), whatever it holds.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">\n?/i;

// "<script>a()</script>" → "'sha256-…'": the hash a browser computes of the script's text, as UTF-8.
const hashOf = (code: string) => `'sha256-${createHash("sha256").update(code, "utf-8").digest("base64")}'`;

// Inputs (its htl) builds an element whose listener is a function from HTML with a placeholder in the handler's
// attribute, `<input oninput="::3">`, and then swaps the attribute for the listener: the browser checks the
// attribute meanwhile. The placeholders its templates put there (::0 to ::10 in Inputs 0.12) are allowed by their
// hashes; as code, "::3" is a syntax error that runs nothing.
const HTL_HANDLERS = ["'unsafe-hashes'", ...Array.from({length: 11}, (_, j) => hashOf(`::${j}`))];

// The policy of a page, from its final HTML: the hashes of its inline scripts (those without a src), and of
// Inputs' placeholders (any page's cells may use Inputs).
export function contentSecurityPolicy(html: string): string {
  const inline = [...html.matchAll(SCRIPT)].filter((m) => !/\ssrc\s*=/i.test(m[1])).map((m) => hashOf(m[2]));
  return [
    "default-src 'self'",
    ["script-src 'self'", ...new Set(inline), ...HTL_HANDLERS].join(" "),
    // Plot writes a <style> into each chart it draws, and the static charts carry theirs: inline styles load
    // nothing (images and fonts they name are held to img-src and font-src).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:", // the empty icon (data:,) and the PNG export, drawn from a blob: SVG
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

// A built page with its policy as the head's first element after the charset, before any script.
// "<head>\n<meta charset="utf-8">…" → "<head>\n<meta charset="utf-8">\n<meta http-equiv="content-security-policy" …>…"
export function withPolicy(html: string, file: string): string {
  const without = html.replace(META, "");
  const head = /<head>\n?(?:<meta charset="[^"]*">\n?)?/i.exec(without);
  if (!head) throw new Error(`${file}: no <head>: is this a page Framework built?`);
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(without)}">\n`;
  return `${without.slice(0, at)}${head[0].endsWith("\n") ? "" : "\n"}${meta}${without.slice(at)}`;
}

// The policy a built page carries, for the server to send as a header too: undefined for any other file.
export function policyOf(html: string): string | undefined {
  return META.exec(html)?.[1];
}

// The header a server sends with `file`: {"content-security-policy": …} for a built page, else none.
export function policyHeader(file: string): Record<string, string> {
  if (extname(file) !== ".html") return {};
  const policy = policyOf(readFileSync(file, "utf-8"));
  return policy ? {"content-security-policy": policy} : {};
}
