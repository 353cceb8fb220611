// Every figure the story uses, joined to its sentence, with yen in US$ at the default rate basis.
import {FIGURE_COLUMNS, figuresTable} from "../../src/index.js";
import {loadProject, writeCsv} from "../../scripts/project.js";

writeCsv(figuresTable(loadProject()), FIGURE_COLUMNS);
