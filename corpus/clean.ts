// Cleaning of extraction artefacts. The contract promises clause text "verbatim from the source
// apart from whitespace", so cleaning only touches whitespace and the width of round brackets:
// commas, colons and typos in the texts stay exactly as printed.

/** Han characters, CJK and full-width punctuation, curly quotes, dashes and ellipses. */
const WIDE = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026";
const SPACE = "[\\s\\u00a0\\u3000]+";
const SPACE_BESIDE_WIDE = new RegExp(`(?<=[${WIDE}])${SPACE}|${SPACE}(?=[${WIDE}])`, "gu");
const SPACE_BEFORE_PERCENT = /(?<=\d)\s+(?=[%‰])/g;

/** One extracted line → its cleaned form ("" for a blank line). */
export function cleanLine(line: string): string {
  return line
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(SPACE_BESIDE_WIDE, "")
    .replace(SPACE_BEFORE_PERCENT, "")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim();
}

/** A whole source file → its non-blank cleaned lines. */
export function cleanLines(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map(cleanLine)
    .filter((line) => line.length > 0);
}

/** For comparing texts regardless of layout: no whitespace, brackets of one width. */
export function normalizeForMatch(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}
