// The mean of the daily rates in each year, with the number of trading days.
import {writeTable} from "../../scripts/project.js";

writeTable("usdjpy-annual", "json");
