// CSV text → its rows, as the reference files and the published tables are read: without a byte-order mark, any
// line end. (The inputs a journalist edits are read strictly, with every problem named: read-csv.ts.)
import {csvParse, csvParseRows} from "d3-dsv";

const plain = (text: string) => text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");

// "\uFEFFa,b\r\n1,2\r\n" → [["a", "b"], ["1", "2"]]
export const csvRows = (text: string): string[][] => csvParseRows(plain(text));

// One object a row, by the header's names: "file,date\na.txt,2024-01-01" → [{file: "a.txt", date: "2024-01-01"}]
export const csvRecords = (text: string): Record<string, string>[] => csvParse(plain(text));
