// The story's defaults: change them here and rebuild.
import type {BasisKind} from "./fx.js";

// The rate basis under which the figures table states yen amounts in US$.
export const DEFAULT_BASIS: BasisKind = "article";

// The window of the "mean" basis: the three years over which the ¥3.9 trillion was spent.
export const MEAN_WINDOW = {start: "2021-01-01", end: "2023-12-31"};

// The rates the subsidy chart sweeps across, yen per US dollar.
export const RATE_SWEEP = {min: 100, max: 160, step: 1};

// The subsidy whose dollar value depends on the rate basis: its registry id and the id of the article's
// own US$ conversion of it.
export const SUBSIDY = {id: "chip_subsidies", usd: "chip_subsidies_usd_article"};
