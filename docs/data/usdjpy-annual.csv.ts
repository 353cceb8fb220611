// Yearly mean of the daily yen-per-dollar rates, with the number of trading days.
import {annualRatesTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(annualRatesTable(loadProject()));
