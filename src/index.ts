export {linkConversions, type Conversion} from "./amounts/conversions.js";
export * from "./charts/index.js";
export {CURRENCIES, isCurrency, rateUnit} from "./amounts/currencies.js";
export {currencyOfWord} from "./amounts/currency-words.js";
export {toCsv, neutralise} from "./csv/to-csv.js";
export {splitByline} from "./draft/byline.js";
export {DRAFT_FILES, RETIRED_FILES, draftStory, type Draft} from "./draft/draft.js";
export {draftMentions} from "./draft/draft-mentions.js";
export {figureId} from "./draft/figure-id.js";
export {quoteOf} from "./draft/quote-of.js";
export {InputError, formatProblem, type Problem} from "./inputs/errors.js";
export {extractAmounts} from "./amounts/extract-amounts.js";
export type {Kind, Quantity} from "./amounts/quantity.js";
export {REACH, scanAmounts} from "./amounts/scan-amounts.js";
export {DOLLARS, homeOf, type Home} from "./amounts/home-currency.js";
export {formatFigure, provenance} from "./story/figure-text.js";
export {
  compareWords,
  formatCount,
  formatMoney,
  formatOrdinal,
  formatRate,
  formatShare,
  roundRate
} from "./story/format.js";
export * from "./money/basis.js";
export * from "./money/fx.js";
export * from "./money/fx-series.js";
export {FRED_COUNTRIES, fredCountry, fredCountryOf, type FredCountry} from "./money/fred-countries.js";
export {MONEY_CHART, genericProse, genericStory, ratesChartId, storyJson, type StoryJson} from "./draft/generic.js";
export {nearestId} from "./draft/nearest.js";
export {isStoryMoney, mainCurrency, summaryMarkdown} from "./story/story-view.js";
export {entityOf} from "./draft/entity-of.js";
export {nounPhrase} from "./draft/noun-phrase.js";
export {uniqueLabels} from "./draft/unique-labels.js";
export {parseJson} from "./inputs/json-parse.js";
export {parseMeta} from "./inputs/meta.js";
export {parseSources, type SourceRow} from "./inputs/sources.js";
export {deskNotes, type DeskFact} from "./desk/desk-notes.js";
export {parsedOnce, type ParseCache} from "./inputs/parse-cache.js";
export {lineOf, lineOfJsonValue} from "./inputs/lines.js";
export * from "./story/model.js";
export {parseNumeral, scaleNumeral, scaleExponent} from "./amounts/numbers.js";
export {buildProject} from "./project/build-project.js";
export {citationText, citationValue, printCitations} from "./project/citations.js";
export {footnoteOrder} from "./project/footnotes.js";
export {PATHS} from "./project/paths.js";
export {defaultBasisOf, windowOf} from "./project/rate-bases.js";
export {rateSeries} from "./project/read.js";
export type {ExtraPage, Project, ProjectFiles, ResolvedFigure} from "./project/types.js";
export type {Correction} from "./inputs/corrections.js";
export type {ArticleMeta} from "./inputs/meta.js";
export {describePeriod, formatPeriod, parsePeriod, type Period} from "./money/period.js";
export {inferPeriod, periodCues} from "./money/infer-period.js";
export {rateWindow} from "./money/rate-window.js";
export {parseProse, type Block, type Prose} from "./inputs/prose.js";
export {parseDailyRates} from "./inputs/daily-rates.js";
export {parseDerive, parseRegistry, type Figure} from "./inputs/registry.js";
export * from "./story/rows.js";
export {sentenceSpans} from "./amounts/sentences.js";
export * from "./inputs/story-config.js";
export {firstInvalidByte, inputText, normaliseText, positionOf} from "./inputs/input-text.js";
export {scanTokens, type Token} from "./inputs/tokens.js";
export * from "./tables/project-tables.js";
export * from "./tables/catalog.js";
export * from "./money/cpi.js";
export * from "./money/world-bank.js";
export * from "./money/scale.js";
export {referenceAges, type ReferenceAge} from "./inputs/reference.js";
export * from "./inputs/reference-update.js";
export {checkCells, proseCells, type Cell} from "./story/cells.js";
