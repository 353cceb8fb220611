// The extract CLI: `npm run --silent extract -- <file|->`, a contract other tools call.
import {spawn} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParseRows} from "d3-dsv";
import {afterAll, describe, expect, it} from "vitest";
import {extractAmounts} from "../src/index.js";
import {projectRoot} from "./helpers/site.js";

function extract(args: string[], stdin?: string | Buffer): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "extract", "--", ...args], {cwd: projectRoot});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({code: code ?? 1, stdout, stderr}));
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

const tmp = mkdtempSync(join(tmpdir(), "tech-edge-cli-"));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe("npm run extract", () => {
  // The seed article, frozen in the fixtures: the rows are known whatever stories the desk holds.
  const SEED = "test/fixtures/story-seed/article.txt";

  it("prints the article's amounts as CSV with exactly the contract header", async () => {
    const {code, stdout} = await extract([SEED]);
    expect(code).toBe(0);
    const rows = csvParseRows(stdout.replace(/\r\n$/, ""));
    expect(stdout.split("\r\n")[0]).toBe("start,end,text,kind,value,unit");
    const money = rows.slice(1).filter((r) => r[3] === "money");
    expect(money.map((r) => [r[2], r[4], r[5]])).toEqual([
      ["US$14 billion", "14000000000", "USD"],
      ["US$2.9 billion", "2900000000", "USD"],
      ["US$1 billion", "1000000000", "USD"],
      ["US$8.6 billion", "8600000000", "USD"],
      ["US$20-billion", "20000000000", "USD"],
      ["¥3.9 trillion", "3900000000000", "JPY"],
      ["US$25.44 billion", "25440000000", "USD"]
    ]);
    const text = readFileSync(join(projectRoot, SEED), "utf-8");
    for (const [start, end, t] of rows.slice(1)) expect(text.slice(Number(start), Number(end))).toBe(t);
  });

  it("reads standard input with -", async () => {
    const {code, stdout} = await extract(["-"], "TSMC is planning a second, US$20-billion facility.\n");
    expect(code).toBe(0);
    expect(stdout).toBe("start,end,text,kind,value,unit\r\n27,40,US$20-billion,money,20000000000,USD\r\n");
  });

  it("gives the same rows as the library on a multi-megabyte input read in chunks", async () => {
    const line = "Japan spent ¥3.9 trillion (US$25.44 billion), A380s cost US$445.6 million and 12,000 jobs in 2024. ";
    const text = line.repeat(Math.ceil(3_000_000 / line.length));
    const file = join(tmp, "big.txt");
    writeFileSync(file, text);
    const {code, stdout} = await extract([file]);
    expect(code).toBe(0);
    const rows = csvParseRows(stdout.replace(/\r\n$/, "")).slice(1);
    const expected = extractAmounts(text, {sentences: false});
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => `${r[0]}:${r[2]}:${r[4]}`)).toEqual(expected.map((q) => `${q.start}:${q.text}:${q.value}`));
  });

  it("reports progress on stderr for large inputs", async () => {
    const file = join(tmp, "large.txt");
    writeFileSync(file, "It cost US$5 billion. ".repeat(300_000));
    const {code, stderr} = await extract([file]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/extract: 6\.6 MB read \(100%\), [\d.]+ MB\/s, done/);
  });

  it("prints each amount of a long line with no spaces once", async () => {
    const file = join(tmp, "dollars.txt");
    writeFileSync(file, "US$1".repeat(262_144) + "\n");
    const {code, stdout} = await extract([file]);
    expect(code).toBe(0);
    const lines = stdout.split("\r\n").slice(1, -1);
    expect(lines.length).toBe(262_144);
    expect(new Set(lines).size).toBe(262_144);
    expect(lines.at(-1)).toBe("1048572,1048576,US$1,money,1,USD");
  });

  it("refuses binary input with a clear message, exit 2 and no output", async () => {
    const nul = join(tmp, "image.bin");
    writeFileSync(nul, Buffer.concat([Buffer.from("It cost US$5 billion. "), Buffer.from([0, 1, 2, 0])]));
    expect(await extract([nul])).toEqual({
      code: 2,
      stdout: "",
      stderr: `extract: ${nul}: not a text file: it contains NUL bytes (the first at byte 22), so it looks binary\n`
    });
    const junk = Buffer.from([...Array(4000)].map((_, i) => (i % 3 ? 0xc3 + (i % 7) * 9 : 0x41)));
    const piped = await extract(["-"], junk);
    expect([piped.code, piped.stdout]).toEqual([2, ""]);
    expect(piped.stderr).toMatch(
      /^extract: standard input: not a text file: \d+ of its \d+ characters are not valid UTF-8, so it looks binary\n$/
    );
  });

  it("fails clearly on a missing file, a directory or no argument", async () => {
    const missing = await extract(["no-such-file.txt"]);
    expect([missing.code, missing.stdout, missing.stderr.trim()]).toEqual([
      2,
      "",
      "extract: no-such-file.txt: no such file"
    ]);
    const dir = await extract(["data"]);
    expect([dir.code, dir.stdout, dir.stderr.trim()]).toEqual([2, "", "extract: data is a directory, not a text file"]);
    const none = await extract([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("usage: npm run --silent extract -- <file|->");
  });
});
