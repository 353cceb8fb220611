// The seed story's tables, and a document to draw its charts in: what the chart type tests share.
import {JSDOM} from "jsdom";
import {storyModel, storyTables, type ChartConfig} from "../../src/index.js";
import {project} from "./project.js";

export const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
export const model = storyModel(project);
export const tables = storyTables(model);
export const configOf = <C extends ChartConfig>(id: string) => tables.charts.find((c) => c.id === id) as C;
export const day = (d: Date) => d.toISOString().slice(0, 10);
