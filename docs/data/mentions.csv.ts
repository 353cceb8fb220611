// Every quantity extracted from the article, with its span, kind and sentence.
import {mentionsTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(mentionsTable(loadProject()));
