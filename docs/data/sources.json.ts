// Every raw file in data/: what it is, where it is from, its date and licence.
import {writeTable} from "../../scripts/project.js";

writeTable("sources", "json");
