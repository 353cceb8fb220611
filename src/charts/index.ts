export * from "./chart-type.js";
export {CHART_TYPES, chartType} from "./chart-types.js";
export {LOG_SPREAD, isBars, type BarRow, type BarRows, type BarsChart} from "./bars.js";
export {isRates, type Annotation, type RateDay, type RateRows, type RatesChart} from "./rates.js";
export type {RankChart, RankRow} from "./rank.js";
export type {ShareRow, SharesChart} from "./shares.js";
export {formatEventDate, type EventRow, type TimelineChart} from "./timeline.js";
export {markOf, sweepChart, sweepId, type BasisMark, type SweepChart, type SweepRows} from "./sweep.js";
export * from "./tables.js";
