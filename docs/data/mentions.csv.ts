// Every quantity the extractor finds in the article: money, counts, percents, ranks, years and days.
import {writeTable} from "../../scripts/project.js";

writeTable("mentions", "csv");
