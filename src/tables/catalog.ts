// The tables the story publishes: name, meaning, schema and builder, in one place for loaders and the Data page.
import type {ColumnTable} from "arquero";
import type {Project} from "../project/types.js";
import {
  annualRatesTable,
  factCheckTable,
  figuresTable,
  indicatorsTable,
  mentionsTable,
  ratesTable,
  sourcesTable,
  constantDollarsTable,
  conversionsTable,
  correctionsTable,
  scaleTable
} from "./project-tables.js";

export interface Column {
  name: string;
  type: "string" | "number" | "boolean" | "date";
  meaning: string;
}

export interface TableSpec {
  name: string; // file name without extension: "figures" → data/figures.csv, data/figures.json
  title: string;
  description: string;
  columns: Column[];
  build: (p: Project) => ColumnTable;
}

const c = (name: string, type: Column["type"], meaning: string): Column => ({name, type, meaning});

export const TABLES: TableSpec[] = [
  {
    name: "figures",
    title: "Figures",
    description:
      "Every figure the story uses, with its quote and sentence, or its primary source, and money in other currencies stated in US$ at the default rate basis.",
    build: (p) => figuresTable(p),
    columns: [
      c("id", "string", "Stable identifier of the figure"),
      c("entity", "string", "Who the figure is about"),
      c(
        "category",
        "string",
        "foreign investment, government subsidy, indicator, milestone, threshold or exchange rate"
      ),
      c(
        "kind",
        "string",
        "reported (printed in the article or a primary source) or derived (computed by the rule in derive)"
      ),
      c("status", "string", "checked, or draft until a person has checked it"),
      c("value", "number", "The full amount, in unit"),
      c(
        "unit",
        "string",
        "ISO 4217 currency code, or rank, count, people, years, year, date, %, share, or a rate such as JPY per USD"
      ),
      c("as_of", "date", "The date the figure refers to"),
      c("value_usd", "number", "Money stated in US dollars (other currencies converted at fx_rate)"),
      c("fx_basis", "string", "Rate basis of the conversion: article, spot or mean"),
      c("fx_rate", "number", "Units of the figure's currency per US dollar"),
      c("fx_date", "date", "Day (or month) of a publication-time rate, or the publication date for the article basis"),
      c("fx_window", "string", "Window of a mean rate, start..end"),
      c("fx_source", "string", "Where the rate comes from"),
      c("in_article", "boolean", "Whether the figure is printed in the article"),
      c("mention", "string", "The amount as printed"),
      c("mention_start", "number", "UTF-16 offset of the amount in data/article.txt"),
      c("mention_end", "number", "UTF-16 offset after the amount"),
      c("quote", "string", "Verbatim words of the article that state the figure"),
      c("sentence", "string", "The whole sentence the amount is in"),
      c("derive", "string", "For derived figures: rate:a/b, share:a/b, usd:a+b, gdp_share:a:JPN or per_person:a:JPN"),
      c("source", "string", "Where the figure comes from"),
      c("note", "string", "Context")
    ]
  },
  {
    name: "mentions",
    title: "Amounts in the article",
    description: "Every quantity the extractor finds in the article: money, counts, percents, ranks, years and days.",
    build: mentionsTable,
    columns: [
      c("n", "number", "Order in the article"),
      c("start", "number", "UTF-16 offset of the first character"),
      c("end", "number", "UTF-16 offset after the last character"),
      c("line", "number", "Line of data/article.txt"),
      c("text", "string", "The amount as printed"),
      c("kind", "string", "money, count, percent, rank, year or date"),
      c("value", "number", "The full amount: “US$20-billion” → 20000000000"),
      c("unit", "string", "ISO 4217 code for money; %, rank, year, decade, day or empty"),
      c("range", "string", "low or high end of a range such as “US$5-6 billion”"),
      c("figure_ids", "string", "Registry figures that cite this amount"),
      c("not_a_figure", "string", "Why the amount is deliberately not a figure"),
      c("sentence", "string", "The sentence it is in")
    ]
  },
  {
    name: "conversions",
    title: "Converted amounts at each exchange rate",
    description:
      "Each amount in another currency in US$ under each rate basis, then across a sweep of rates (basis “sweep”).",
    build: conversionsTable,
    columns: [
      c("figure_id", "string", "The converted figure"),
      c("currency", "string", "ISO 4217 code of the amount"),
      c("value", "number", "The amount, in its currency"),
      c("basis", "string", "article, spot, mean, or sweep for the rows across rates"),
      c("label", "string", "The basis in words"),
      c("rate", "number", "Units of the currency per US dollar"),
      c("value_usd", "number", "The amount in US dollars at rate"),
      c("date", "date", "Day (or month) of the publication-time rate; publication date for the article basis"),
      c("window_start", "date", "First day of the mean window"),
      c("window_end", "date", "Last day of the mean window"),
      c("days", "number", "Trading days (or months) averaged"),
      c("note", "string", "A fallback the reader should know about: an earlier day, or a monthly mean"),
      c("source", "string", "Where the rate comes from")
    ]
  },
  {
    name: "constant-dollars",
    title: "Money in constant dollars",
    description:
      "Each sum of money in US$, under each rate basis it has, restated in the dollars of one month with the US consumer price index (CPI-U): from the mean CPI of the months the sum is in, to that month’s.",
    build: constantDollarsTable,
    columns: [
      c("figure_id", "string", "The figure"),
      c("currency", "string", "ISO 4217 code of the amount"),
      c("value", "number", "The amount, in its currency"),
      c(
        "basis",
        "string",
        "The rate basis it is in US$ under (article, spot, mean, custom), or usd for an amount in US$"
      ),
      c("rate", "number", "Units of the currency per US dollar; empty for US$"),
      c("value_usd", "number", "The amount in US$ of its own time"),
      c("cpi_from", "string", "The months whose mean CPI it is deflated from, start..end (YYYY-MM)"),
      c("cpi_then", "number", "Mean CPI-U of those months (1982–84 = 100)"),
      c("dollars_of", "string", "The month whose dollars it is restated in (YYYY-MM)"),
      c("cpi_now", "number", "CPI-U of that month"),
      c("value_constant_usd", "number", "value_usd × cpi_now ÷ cpi_then"),
      c("note", "string", "Why the month is not the publication month, if it is not"),
      c("source", "string", "Where the CPI comes from")
    ]
  },
  {
    name: "scale",
    title: "Shares of GDP and sums per person",
    description:
      "Each sum measured against a country (or an aggregate such as the World): as a share of its mean yearly GDP, or per person, over the years of the sum’s own time, from the World Bank’s World Development Indicators.",
    build: scaleTable,
    columns: [
      c("figure_id", "string", "The derived figure"),
      c("of", "string", "The figure it measures"),
      c("measure", "string", "gdp_share or per_person"),
      c("country", "string", "World Bank code (ISO 3166-1 alpha-3, or an aggregate's)"),
      c("country_name", "string", "Its name"),
      c(
        "aggregate",
        "boolean",
        "Whether it is an aggregate (the World, the EU, a region or income group), not a country"
      ),
      c("years", "string", "The years whose mean GDP or population is used"),
      c("latest_year", "boolean", "Whether the sum's own years are past the data, so its latest year stands in"),
      c("value_usd", "number", "The sum in US$"),
      c("basis", "string", "The rate it was converted at, if it is not in US$"),
      c("rate", "number", "Units of its currency per US dollar"),
      c("denominator", "number", "Mean yearly GDP in US$, or mean population"),
      c("indicator", "string", "NY.GDP.MKTP.CD (GDP, current US$) or SP.POP.TOTL (population)"),
      c("value", "number", "value_usd ÷ denominator: a share, or US$ per person"),
      c("source", "string", "Where the denominator comes from")
    ]
  },
  {
    name: "indicators",
    title: "Ranks and shares",
    description: "Each rank and each part of a whole the story charts, as counts and shares.",
    build: indicatorsTable,
    columns: [
      c("id", "string", "Figure id of the count"),
      c("label", "string", "What is counted"),
      c("value", "number", "The count (or rank)"),
      c("of", "number", "Out of how many"),
      c("share", "number", "value ÷ of"),
      c("unit", "string", "rank, count or people"),
      c("quote", "string", "Verbatim words of the article"),
      c("of_source", "string", "Where the total comes from"),
      c("source", "string", "Where the count comes from")
    ]
  },
  {
    name: "rates",
    title: "Exchange rates",
    description:
      "The rates the charts draw: daily noon buying rates in New York where they exist, else monthly averages; market holidays have no rate and are left out.",
    build: ratesTable,
    columns: [
      c("currency", "string", "ISO 4217 code"),
      c("frequency", "string", "daily or monthly"),
      c("date", "date", "Trading day, or first day of the month"),
      c("per_usd", "number", "Units of the currency per US dollar")
    ]
  },
  {
    name: "rates-annual",
    title: "Exchange rates, yearly mean",
    description: "The mean of the charted rates in each year, with the number of trading days (or months).",
    build: annualRatesTable,
    columns: [
      c("currency", "string", "ISO 4217 code"),
      c("frequency", "string", "daily or monthly"),
      c("year", "number", "Calendar year"),
      c("mean", "number", "Mean units per US dollar"),
      c("days", "number", "Trading days (or months)")
    ]
  },
  {
    name: "fact-check",
    title: "Fact check",
    description: "Each checked claim: what the article says, what the primary source says, the verdict and the source.",
    build: factCheckTable,
    columns: [
      c("figure_id", "string", "Figure id"),
      c("claim", "string", "The claim in brief"),
      c("article_says", "string", "The amount as printed"),
      c("quote", "string", "Verbatim words of the article"),
      c("primary_source_says", "string", "What the primary source says"),
      c("computed", "string", "The project's own computation from reference data, where it makes one"),
      c("verdict", "string", "confirmed, rounded, discrepancy, depends on method or not confirmed"),
      c("source", "string", "The primary source")
    ]
  },
  {
    name: "corrections",
    title: "Corrections",
    description: "Every correction to the story: when, which figure, what was wrong and what it says now.",
    build: correctionsTable,
    columns: [
      c("date", "date", "Day of the correction"),
      c("figure_id", "string", "The figure it concerns, if any"),
      c("was", "string", "What was wrong"),
      c("now", "string", "What the story says now")
    ]
  },
  {
    name: "sources",
    title: "Sources",
    description: "Every raw file in data/: what it is, where it is from, its date and licence.",
    build: sourcesTable,
    columns: [
      c("file", "string", "File in data/"),
      c("what", "string", "What it holds"),
      c("where_from", "string", "Where it comes from"),
      c("date", "string", "Date or period"),
      c("licence", "string", "Licence")
    ]
  }
];

export function tableSpec(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new RangeError(`no table "${name}"; tables: ${TABLES.map((t) => t.name).join(", ")}`);
  return spec;
}

// A table's rows in its schema's column order.
export function tableRows(p: Project, name: string): Record<string, unknown>[] {
  const spec = tableSpec(name);
  const table = spec.build(p);
  // A table built from no rows has no columns to select: a story without rank charts has no indicators.
  if (!table.numRows()) return [];
  return table.select(spec.columns.map((col) => col.name)).objects() as Record<string, unknown>[];
}
