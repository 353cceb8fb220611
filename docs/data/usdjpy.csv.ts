// Daily noon buying rates in New York, 2021–2024; market holidays have no rate and are left out.
import {writeTable} from "../../scripts/project.js";

writeTable("usdjpy", "csv");
