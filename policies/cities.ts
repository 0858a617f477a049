// The cities the corpus covers, under the names people write them: the code, the Chinese name
// (郑州市) and the name without its 市. Derived from the documents' declarations.
import { loadCorpus, type City, type CityInfo } from "../corpus/index.ts";

const aliases = (c: CityInfo) => [c.code, c.name, c.name.replace(/市$/u, "")];

/** The covered cities, in the corpus's order. */
export function cities(): readonly CityInfo[] {
  return loadCorpus().cities;
}

export function cityLabel(city: City): string {
  return cities().find((c) => c.code === city)?.name ?? city;
}

/** zhengzhou / 郑州 / 郑州市 / Zhengzhou → "zhengzhou"; a city the corpus does not cover → null. */
export function cityCode(input: string): City | null {
  const key = input.trim().toLowerCase();
  return cities().find((c) => aliases(c).includes(key))?.code ?? null;
}

/** 郑州市和郴州市 */
export function coveredCitiesText(): string {
  const names = cities().map((c) => c.name);
  return names.length > 1 ? `${names.slice(0, -1).join("、")}和${names.at(-1)}` : (names[0] ?? "（无）");
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A covered city the input was probably meant to be ("zhengzou" → zhengzhou). A real other city
 * (shenzhen, 深圳) is valid input with no documents; a near-miss of a code is a typo.
 */
export function misspeltCity(input: string): City | null {
  const key = input.trim().toLowerCase();
  if (cityCode(key)) return null;
  return cities().find((c) => editDistance(key, c.code) <= 2)?.code ?? null;
}
