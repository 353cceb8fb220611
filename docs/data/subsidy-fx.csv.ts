// The ¥3.9 trillion chip subsidy in US$ under each rate basis, and across a sweep of rates.
import {SUBSIDY_COLUMNS, subsidyFxTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(subsidyFxTable(loadProject()), SUBSIDY_COLUMNS);
