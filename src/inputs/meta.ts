// data/article.json → the article's metadata, checked.
import {isCurrency} from "../amounts/currencies.js";
import {isIsoDate} from "./dates.js";
import type {Problem} from "./errors.js";
import {controlIn, controlProblem, positionOf} from "./input-text.js";
import {parseJson} from "./json-parse.js";

export interface ArticleMeta {
  title: string;
  standfirst?: string;
  authors: string[];
  agency: string;
  outlet: string;
  published: string; // ISO date
  updated?: string; // ISO date of the last update or correction
  dateline: string;
  source: string;
  url?: string;
  currency?: string; // the article's home currency, where a bare "$" is not the US dollar: "AUD"
}

const EMPTY: ArticleMeta = {title: "", authors: [], agency: "", outlet: "", published: "", dateline: "", source: ""};

// Text that is not JSON is one problem at its line and column, and no other problem is reported for the file.
export function parseMeta(json: string | undefined, file: string, problems: Problem[]): ArticleMeta {
  if (json === undefined) return EMPTY; // a missing file is reported once, where it is read
  const parsed = parseJson(json, file, problems);
  if (parsed === undefined) return EMPTY;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    problems.push({file, line: 1, message: "must be a JSON object"});
    return EMPTY;
  }
  const meta = parsed as Partial<ArticleMeta>;
  // The line of a key: `"published": …` on line 6 → 6.
  const lineOf = (key: string) => (json.includes(`"${key}"`) ? positionOf(json, json.indexOf(`"${key}"`)).line : 1);
  for (const key of ["title", "outlet", "published", "source"] as const) {
    if (typeof meta[key] !== "string" || !meta[key])
      problems.push({file, line: lineOf(key), message: `"${key}" must be a non-empty text`});
  }
  for (const key of ["standfirst", "agency", "dateline"] as const)
    if (meta[key] !== undefined && typeof meta[key] !== "string")
      problems.push({file, line: lineOf(key), message: `"${key}" is ${JSON.stringify(meta[key])}, not a text`});
  // "authors": ["A Name", "B Name"]; one name alone is still a list.
  if (meta.authors !== undefined && !(Array.isArray(meta.authors) && meta.authors.every((a) => typeof a === "string")))
    problems.push({
      file,
      line: lineOf("authors"),
      message: `"authors" is ${JSON.stringify(meta.authors)}, not a list of names: write ${JSON.stringify(
        typeof meta.authors === "string" ? [meta.authors] : ["A Name", "B Name"]
      )}`
    });
  // A control character pasted with a title (Word's line break, U+000B) prints as nothing on the page and stops
  // the social card: "title" holds U+000B.
  for (const key of ["title", "standfirst", "authors", "agency", "outlet", "dateline", "source"] as const) {
    const texts = ([] as unknown[]).concat(meta[key]).filter((t): t is string => typeof t === "string");
    const control = controlIn(texts.join(""));
    if (control)
      problems.push({
        file,
        line: lineOf(key),
        message: `"${key}" ${controlProblem(control)}`
      });
  }
  if (typeof meta.published === "string" && meta.published && !isIsoDate(meta.published))
    problems.push({
      file,
      line: lineOf("published"),
      message: `"published" is "${meta.published}", not a calendar date (YYYY-MM-DD)`
    });
  if (meta.updated !== undefined && (typeof meta.updated !== "string" || !isIsoDate(meta.updated)))
    problems.push({
      file,
      line: lineOf("updated"),
      message: `"updated" is "${meta.updated}", not a calendar date (YYYY-MM-DD)`
    });
  else if (meta.updated && typeof meta.published === "string" && meta.updated < meta.published)
    problems.push({
      file,
      line: lineOf("updated"),
      message: `"updated" (${meta.updated}) is before "published" (${meta.published})`
    });
  // The article's address is published as a link: only a web address may be one (never "javascript:…").
  if (meta.url !== undefined && (typeof meta.url !== "string" || !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(meta.url)))
    problems.push({
      file,
      line: lineOf("url"),
      message: `"url" is ${JSON.stringify(meta.url)}, not a web address: write it as https://…`
    });
  // "currency": "AUD": a bare "$" in the article is that dollar (new-story --dollar, or what the text makes plain).
  if (meta.currency !== undefined && (typeof meta.currency !== "string" || !isCurrency(meta.currency)))
    problems.push({
      file,
      line: lineOf("currency"),
      message: `"currency" is ${JSON.stringify(meta.currency)}, not an ISO 4217 code such as "AUD"`
    });
  // What is wrong stays out of the metadata (a problem says so): "authors": "A Name" → [].
  const authors = Array.isArray(meta.authors) ? meta.authors.filter((a) => typeof a === "string") : [];
  return {...EMPTY, ...meta, authors};
}
