// Citations in the journalist's prose and chart labels: `[[id]]`, `[[id|shown words]]`, `[[id@mean]]`,
// `[[id:rate@article]]`, `[[id:from@mean]]`.

export type TokenField = "value" | "usd" | "rate" | "from" | "to";
export type TokenBasis = "article" | "spot" | "mean";

export interface Token {
  start: number; // UTF-16 offsets of the whole `[[…]]` in its text
  end: number;
  raw: string;
  id: string; // registry id
  field: TokenField; // value: the figure as reported; usd: in US$ under `basis`; rate/from/to: of the basis
  basis?: TokenBasis;
  shown?: string; // `[[unicorns_japan|seven]]` → "seven"
  error?: string; // why the token cannot be read, if it cannot
}

const TOKEN = /\[\[([^\]]*)\]\]/g;
const BODY = /^([a-z0-9_]+)(?::(rate|from|to))?(?:@(article|spot|mean))?(?:\|(.+))?$/;

// "[[chip_subsidies:rate@article]]" → {id: "chip_subsidies", field: "rate", basis: "article"}
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const token: Token = {start, end: start + m[0].length, raw: m[0], id: "", field: "value"};
    const body = BODY.exec(m[1].trim());
    if (!body) {
      token.error = `cannot read citation ${m[0]}: write [[id]], [[id|words]], [[id@mean]] or [[id:rate@article]]`;
    } else {
      const [, id, part, basis, shown] = body;
      token.id = id;
      token.basis = basis as TokenBasis | undefined;
      token.field = (part as TokenField | undefined) ?? (basis ? "usd" : "value");
      if (shown !== undefined) token.shown = shown;
      if (part && !basis) token.error = `citation ${m[0]} needs a basis: ${m[0].replace("]]", "@mean]]")}`;
    }
    out.push(token);
  }
  return out;
}
