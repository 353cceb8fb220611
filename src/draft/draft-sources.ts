// The draft's data/sources.csv: what each file it writes is, where from, its date and licence.
import {csvRecords} from "../csv/csv-rows.js";
import {csvText} from "../csv/to-csv.js";
import type {ArticleMeta} from "../inputs/meta.js";
import type {SourceRow} from "../inputs/sources.js";

// data/sources.csv for the draft: a row for each file it writes, then the current rows of the files that stay.
export function sourcesCsv(meta: ArticleMeta, current: string, kept: string[]): string {
  const by = meta.authors.length ? ` by ${meta.authors.join(" and ")}` : "";
  const from = meta.url ? `${meta.outlet}, ${meta.url}` : `${meta.outlet}, ${meta.source}`;
  const project = "Drafted by npm run new-story from the article";
  const rows: SourceRow[] = [
    {
      file: "article.txt",
      what: `Text of “${meta.title}”${by}, as supplied, in UTF-8 with any byte-order mark removed and line ends normalised`,
      where_from: from,
      date: meta.published,
      licence: `© ${meta.outlet}; quoted for news reporting, commentary and fact-checking`
    },
    {
      file: "article.json",
      what: "Metadata of article.txt: title, authors, outlet, dates, source",
      where_from: "Written by npm run new-story from its options",
      date: meta.published,
      licence: "CC0 (project metadata)"
    },
    {
      file: "figures.csv",
      what: "Figure registry: one row per money amount in the article with its verbatim quote; status draft until a person has checked it",
      where_from: project,
      date: meta.published,
      licence: `CC BY 4.0 (project compilation); quotes © ${meta.outlet}`
    },
    {
      file: "not-figures.csv",
      what: "Numbers in the article that are deliberately not figures, with the reason",
      where_from: project,
      date: meta.published,
      licence: "CC0 (project metadata)"
    },
    {
      file: "fact-check.csv",
      what: "Fact-check of the article’s figures: the claim, what the primary source says, the verdict and the source",
      where_from: "Compiled by the project from the primary sources named in its source column",
      date: meta.published,
      licence: "CC BY 4.0 (project compilation)"
    },
    {
      file: "story.json",
      what: "The story’s shape: which figures each chart shows, which amounts are converted to US$, the default rate basis and the averaging window",
      where_from: project,
      date: meta.published,
      licence: "CC BY 4.0 (project compilation)"
    },
    {
      file: "story.md",
      what: "The story’s prose, citing figures by id",
      where_from: project,
      date: meta.published,
      licence: "CC BY 4.0 (project text)"
    },
    {
      file: "sources.csv",
      what: "This table: every file in data/, what it is, where it is from, its date and licence",
      where_from: project,
      date: meta.published,
      licence: "CC0 (project metadata)"
    }
  ];
  const keep = current.trim() ? csvRecords(current).filter((r) => r.file && kept.includes(r.file)) : [];
  const columns: (keyof SourceRow)[] = ["file", "what", "where_from", "date", "licence"];
  return csvText([columns, ...[...rows, ...keep].map((r) => columns.map((c) => r[c] ?? ""))]);
}
