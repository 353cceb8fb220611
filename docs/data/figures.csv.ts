// Every figure the story uses, with its quote and sentence, or its primary source, and yen stated in US$ at the default rate basis.
import {writeTable} from "../../scripts/project.js";

writeTable("figures", "csv");
