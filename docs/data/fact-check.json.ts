// Each checked claim: what the article says, what the primary source says, the verdict and the source.
import {writeTable} from "../../scripts/project.js";

writeTable("fact-check", "json");
