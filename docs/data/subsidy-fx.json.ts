// The ¥3.9 trillion chip subsidy in US$ under each rate basis, then across a sweep of rates from 100 to 160 yen per dollar.
import {writeTable} from "../../scripts/project.js";

writeTable("subsidy-fx", "json");
