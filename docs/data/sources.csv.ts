// Where every file in data/ comes from: what it is, its source, date and licence.
import {sourcesTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(sourcesTable(loadProject()));
