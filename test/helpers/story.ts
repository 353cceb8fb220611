// What the story tests use: the library and the chart figures, in one import.
export * from "../../src/index.js";
export {chartIds, figureParts} from "../../docs/components/figures.js";
