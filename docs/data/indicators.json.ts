// Japan’s rank among economies, its unicorns among the world’s, and the people to get AI training among its population — as counts and shares.
import {writeTable} from "../../scripts/project.js";

writeTable("indicators", "json");
