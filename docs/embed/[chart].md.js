// One chart alone, for embedding in another site: /embed/<chart id>.
import {emit} from "../../scripts/loader.js";

const chart = process.argv.find((a) => a.startsWith("--chart="))?.slice("--chart=".length);
await emit(`embed/${chart}.md`);
