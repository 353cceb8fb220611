// Spelled-out numbers: "seven" → 7, "twenty-five" → 25, "three hundred and ten" → 310, "half a" → 0.5.

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " "
  );
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const VALUES = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, i * 10] as const)
]);
VALUES.delete("_");
VALUES.delete("zero");

// Every word that can start a spelled-out number, for the extractor's scan.
export const NUMBER_WORDS = [...VALUES.keys(), "half"];

const WORD = /[a-z]+/iy;
const GAP = /(?:[ \u00a0]+|-)/y;
const AND = /[ \u00a0]+and[ \u00a0]+/iy;
// "four-point-seven", "one point seven five": digits after "point", one word each.
const POINT = /(?:[ \u00a0]+|-)point(?:[ \u00a0]+|-)/iy;
const DIGIT_WORDS = new Map(UNITS.slice(0, 10).map((w, i) => [w, i] as const));
const HALF_A = /half[ \u00a0]+an?(?=[ \u00a0]+(?:thousand|million|billion|trillion)(?![\p{L}]))/iuy;

function wordAt(text: string, at: number): string | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? m[0].toLowerCase() : undefined;
}

function gapAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

export interface NumberWords {
  end: number;
  numeral: string; // as digits: "twenty-five" → "25", "half a" → "0.5"
}

// Reads a spelled-out number of up to 999 starting at `at` ("three hundred and ten" → 310, "four-point-seven" →
// 4.7), or "half a"
// before a scale word ("half a billion": the scale is read by the caller).
export function readNumberWords(text: string, at: number): NumberWords | undefined {
  HALF_A.lastIndex = at;
  const half = HALF_A.exec(text);
  if (half) return {end: at + half[0].length, numeral: "0.5"};
  const first = wordAt(text, at);
  let value = first === undefined ? undefined : VALUES.get(first);
  if (value === undefined) return undefined;
  let end = at + first!.length;
  // "twenty-five", "twenty five"
  const joinTens = (): void => {
    if (value! % 10 !== 0 || value! < 20 || value! > 90) return;
    const g = gapAt(GAP, text, end);
    const w = g ? wordAt(text, end + g) : undefined;
    const unit = w === undefined ? undefined : VALUES.get(w);
    if (unit !== undefined && unit >= 1 && unit <= 9 && !letterAt(text, end + g + w!.length)) {
      value! += unit;
      end += g + w!.length;
    }
  };
  joinTens();
  // "three hundred", "three hundred and ten"
  if (value < 10) {
    const g = gapAt(GAP, text, end);
    if (g && text[end] !== "-" && wordAt(text, end + g) === "hundred" && !letterAt(text, end + g + 7)) {
      value *= 100;
      end += g + 7;
      const a = gapAt(AND, text, end) || gapAt(GAP, text, end);
      const w = a ? wordAt(text, end + a) : undefined;
      const rest = w === undefined ? undefined : VALUES.get(w);
      if (rest !== undefined && rest < 100 && !letterAt(text, end + a + w!.length)) {
        const hundreds = value;
        value = rest;
        end += a + w!.length;
        joinTens();
        value += hundreds;
      }
    }
  }
  return decimals(text, end, String(value));
}

// The decimals of a spelled-out number: "four" + "-point-seven" → "4.7"; a "point" with no digit after it is not
// one ("three point shot").
function decimals(text: string, at: number, whole: string): NumberWords {
  let end = at;
  let digits = "";
  for (let g = gapAt(POINT, text, end); g; g = gapAt(GAP, text, end)) {
    const w = wordAt(text, end + g);
    const d = w === undefined ? undefined : DIGIT_WORDS.get(w);
    if (d === undefined || letterAt(text, end + g + w!.length)) break;
    digits += d;
    end += g + w!.length;
  }
  return digits ? {end, numeral: `${whole}.${digits}`} : {end: at, numeral: whole};
}

function letterAt(text: string, at: number): boolean {
  return /\p{L}/u.test(text[at] ?? "");
}
