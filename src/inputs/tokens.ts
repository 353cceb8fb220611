// Citations in the journalist's prose and chart labels: `[[id]]`, `[[id|shown words]]`, `[[id@mean]]`,
// `[[id:rate@article]]`, `[[id:from@mean]]`, `[[id:constant@mean]]` (in the story's constant dollars).
import type {PublishedBasis} from "../money/basis.js";

export type TokenField = "value" | "usd" | "rate" | "from" | "to" | "constant";

export interface Token {
  start: number; // UTF-16 offsets of the whole `[[…]]` in its text
  end: number;
  raw: string;
  id: string; // registry id
  field: TokenField; // value: the figure as reported; usd: in US$ under `basis`; rate/from/to: of the basis;
  // constant: in US$ under `basis` (the default basis when none is named), in the story's constant dollars
  basis?: PublishedBasis;
  shown?: string; // `[[unicorns_japan|seven]]` → "seven"
  loose?: boolean; // `[[unicorns_share|~a fraction]]`: words that are not a number, listed by the build unchecked
  error?: string; // why the token cannot be read, if it cannot
}

const TOKEN = /\[\[([^\]]*)\]\]/g;
const BODY = /^([a-z0-9_]+)(?::(rate|from|to|constant))?(?:@(article|spot|mean))?(?:\|(.+))?$/;

// The spans of Markdown code in `text`, where a citation is text like any other: fenced blocks (``` or ~~~, to
// the closing fence or the end) and inline `code`. "a `[[x]]` b" → [{start: 2, end: 9}]
export function codeSpans(text: string): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let at = 0;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    if (m.index < at) continue;
    const marker = m[2];
    const close = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`, "gm");
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text);
    const stop = end ? end.index + end[0].length : text.length;
    out.push({start: m.index, end: stop});
    at = stop;
    fence.lastIndex = stop;
  }
  const inline = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
  for (const m of text.matchAll(inline)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (!out.some((s) => start < s.end && end > s.start)) out.push({start, end});
  }
  return out.sort((a, b) => a.start - b.start);
}

// "[[chip_subsidies:rate@article]]" → {id: "chip_subsidies", field: "rate", basis: "article"}; none inside code.
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const code = text.includes("`") || text.includes("~~~") ? codeSpans(text) : [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    if (code.some((s) => start >= s.start && start < s.end)) continue;
    const token: Token = {start, end: start + m[0].length, raw: m[0], id: "", field: "value"};
    const body = BODY.exec(m[1]);
    if (/^\s|\s$/.test(m[1])) token.error = `citation ${m[0]} has spaces inside its brackets: write [[${m[1].trim()}]]`;
    else if (!body) {
      token.error = `cannot read citation ${m[0]}: write [[id]], [[id|words]], [[id@mean]] or [[id:rate@article]]`;
    } else {
      const [, id, part, basis, shown] = body;
      token.id = id;
      token.basis = basis as PublishedBasis | undefined;
      token.field = (part as TokenField | undefined) ?? (basis ? "usd" : "value");
      if (shown !== undefined) {
        token.shown = shown.replace(/^~\s*/, "");
        if (shown.startsWith("~")) token.loose = true;
      }
      if (part && part !== "constant" && !basis)
        token.error = `citation ${m[0]} needs a basis: ${m[0].replace("]]", "@mean]]")}`;
    }
    out.push(token);
  }
  // An opening "[[" that no "]]" closes: "[[aws_cloud]" would be published as text.
  for (const m of text.matchAll(/\[\[/g)) {
    const start = m.index!;
    if (code.some((s) => start >= s.start && start < s.end) || out.some((t) => start >= t.start && start < t.end))
      continue;
    const raw = text.slice(start).match(/^\[\[[^\s\]]*\]?/)![0];
    out.push({
      start,
      end: start + raw.length,
      raw,
      id: "",
      field: "value",
      error: `citation ${raw} is not closed: write [[${raw.slice(2).replace(/\]$/, "")}]]`
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
