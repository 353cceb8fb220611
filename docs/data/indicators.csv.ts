// Where Japan stands: rank 32 of 64, 7 of 1,200 unicorns, 3 million of 125 million people — and as shares.
import {INDICATOR_COLUMNS, indicatorsTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(indicatorsTable(loadProject()), INDICATOR_COLUMNS);
