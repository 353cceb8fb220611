// A built page asks for its modules once its HTML is in and parsed, not from its head.
//
// Framework lists every module a page's script imports as a <link rel="modulepreload"> in the head (25 on the
// story). On a slow connection those downloads share the bandwidth with the page's own HTML and its stylesheet,
// which the first paint waits for, and each one's arrival takes the main thread from the parser: on a phone the
// story's lead paragraph painted ~0.5 s after the first paint. A script at the end of the body asks for them all
// at once instead, so they still arrive together rather than one import level at a time. The page's script runs
// only once the HTML is parsed, so it waits for none of them any longer than before.

const PRELOAD = /\n<link rel="modulepreload" href="([^"]+)">/g;
const LATER = /<script>for \(const href of (\[[^\]]*\])\) document\.head\.append/;

// "<head>…<link rel="modulepreload" href="./a.js">…</body>" → "<head>…<script>…["./a.js"]…</script></body>"
export function deferModulePreloads(html: string): string {
  const modules = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  const end = html.lastIndexOf("</body>");
  if (!modules.length || end < 0) return html;
  const script = `<script>for (const href of ${JSON.stringify(modules)}) document.head.append(Object.assign(document.createElement("link"), {rel: "modulepreload", href}));</script>\n`;
  return `${html.slice(0, end)}${script}${html.slice(end)}`.replace(PRELOAD, "");
}

// The modules a built page asks for at its end: ["./_observablehq/client.47a6ff3d.js", …].
export function deferredModules(html: string): string[] {
  const list = html.match(LATER)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}
