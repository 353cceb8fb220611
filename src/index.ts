export {linkConversions, type Conversion} from "./conversions.js";
export * from "./charts/index.js";
export {CURRENCIES, isCurrency, rateUnit} from "./currencies.js";
export {currencyOfWord} from "./currency-words.js";
export {toCsv, neutralise} from "./csv/to-csv.js";
export {
  DRAFT_COLUMNS,
  DRAFT_FILES,
  RETIRED_FILES,
  draftMentions,
  draftStory,
  figureId,
  quoteOf,
  splitByline,
  type Draft
} from "./draft.js";
export {InputError, formatProblem, type Problem} from "./errors.js";
export {REACH, extractAmounts, scanAmounts, type Kind, type Quantity} from "./extract.js";
export {DOLLARS, homeOf, type Home} from "./home-currency.js";
export {formatFigure, provenance} from "./figure-text.js";
export {compareWords, formatCount, formatMoney, formatOrdinal, formatRate, formatShare, roundRate} from "./format.js";
export * from "./basis.js";
export * from "./fx.js";
export * from "./fx-series.js";
export {FRED_COUNTRIES, fredCountry, fredCountryOf, type FredCountry} from "./fred-countries.js";
export {MONEY_CHART, genericProse, genericStory, ratesChartId, storyJson, type StoryJson} from "./generic.js";
export {nearestId} from "./nearest.js";
export {isStoryMoney, mainCurrency, summaryMarkdown} from "./story-view.js";
export {entityOf, nounPhrase, uniqueLabels} from "./labels.js";
export {parseJson} from "./json-parse.js";
export {parseMeta} from "./meta.js";
export {parsedOnce, type ParseCache} from "./parse-cache.js";
export {lineOf, lineOfJsonValue} from "./lines.js";
export * from "./model.js";
export {parseNumeral, scaleNumeral, scaleExponent} from "./numbers.js";
export {buildProject} from "./project/build-project.js";
export {citationText, citationValue, printCitations} from "./project/citations.js";
export {footnoteOrder} from "./project/footnotes.js";
export {PATHS} from "./project/paths.js";
export {basisOf, defaultBasisOf, windowOf} from "./project/rate-bases.js";
export {rateSeries} from "./project/read.js";
export type {ExtraPage, Project, ProjectFiles, ResolvedFigure} from "./project/types.js";
export type {Correction} from "./corrections.js";
export type {ArticleMeta} from "./meta.js";
export {describePeriod, formatPeriod, parsePeriod, type Period} from "./period.js";
export {inferPeriod, periodCues, rateWindow} from "./periods.js";
export {parseProse, type Block, type Prose} from "./prose.js";
export {parseDailyRates} from "./rates.js";
export {parseDerive, parseRegistry, type Figure} from "./registry.js";
export * from "./rows.js";
export {sentenceSpans} from "./sentences.js";
export * from "./story.js";
export {firstInvalidByte, inputText, normaliseText, positionOf} from "./input-text.js";
export {scanTokens, type Token} from "./tokens.js";
export * from "./tables.js";
export * from "./catalog.js";
export * from "./cpi.js";
export * from "./world-bank.js";
export * from "./scale.js";
export {referenceAges, type ReferenceAge} from "./reference.js";
export * from "./reference-update.js";
export {checkCells, proseCells, type Cell} from "./cells.js";
