// Daily yen per US dollar, 2021–2024, trading days only.
import {writeTable} from "../../scripts/project.js";

writeTable("usdjpy", "json");
