// The published tables: names, titles, descriptions and schemas (column, type, meaning), for the Data page.
import {TABLES} from "../../src/index.js";
import {writeJson} from "../../scripts/project.js";

writeJson(TABLES.map(({build, ...spec}) => spec));
