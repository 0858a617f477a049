// The cities the corpus covers, under the names people write them.
import type { City } from "../corpus/documents.ts";

const NAMES: Record<City, { label: string; aliases: string[] }> = {
  zhengzhou: { label: "郑州市", aliases: ["zhengzhou", "郑州", "郑州市"] },
  chenzhou: { label: "郴州市", aliases: ["chenzhou", "郴州", "郴州市"] },
};

export const CITIES = Object.keys(NAMES) as City[];

export function cityLabel(city: City): string {
  return NAMES[city].label;
}

/** zhengzhou / 郑州 / 郑州市 / Zhengzhou → "zhengzhou"; a city the corpus does not cover → null. */
export function cityCode(input: string): City | null {
  const key = input.trim().toLowerCase();
  return CITIES.find((c) => NAMES[c].aliases.includes(key)) ?? null;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
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
  return CITIES.find((c) => editDistance(key, c) <= 2) ?? null;
}
