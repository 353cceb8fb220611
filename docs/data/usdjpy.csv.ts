// Daily yen per US dollar, 2021–2024, trading days only (holidays have no rate and are left out).
import {ratesTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(ratesTable(loadProject()));
