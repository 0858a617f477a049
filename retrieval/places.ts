// Which places a question names, from a gazetteer of Chinese provinces and prefecture-level
// divisions (data/places.json). The corpus covers only Zhengzhou (Henan) and Chenzhou (Hunan):
// a question about another city or province has no evidence here, however similar its wording.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { City } from "../corpus/index.ts";
import { cityCode } from "../policies/cities.ts";
import type { Tokenizer } from "./tokenizer.ts";

const NamePair = z.tuple([z.string(), z.string()]);
const Gazetteer = z.object({
  covered: z.object({ zhengzhou: z.array(z.string()), chenzhou: z.array(z.string()) }),
  provinces: z.array(z.object({ name: z.string(), short: z.string(), cities: z.array(NamePair) })),
  notable: z.array(NamePair),
  ambiguousShortNames: z.array(z.string()),
});
type Gazetteer = z.infer<typeof Gazetteer>;

/** Provinces of the two covered cities: naming them is neutral, but their other cities are not covered. */
const HOME_PROVINCES = new Set(["河南", "湖南"]);

function readGazetteer(): Gazetteer {
  return Gazetteer.parse(JSON.parse(readFileSync(new URL("./data/places.json", import.meta.url), "utf8")));
}

export interface PlaceMentions {
  /** Covered cities the question names (directly or through a district or county). */
  covered: City[];
  /** Districts and counties of covered cities the question names (金水区, 郑州航空港区). */
  districts: string[];
  /** Other places the question names, as full names (上海市, 浙江省, 义乌市). */
  elsewhere: string[];
}

export interface PlaceFinder {
  find(question: string): PlaceMentions;
}

type Place = { covered: City; district: boolean } | { elsewhere: string };

function placeIndex(g: Gazetteer): Map<string, Place> {
  const index = new Map<string, Place>();
  const ambiguous = new Set(g.ambiguousShortNames);
  const addOther = ([full, short]: readonly [string, string]) => {
    if (!index.has(full)) index.set(full, { elsewhere: full });
    if (!ambiguous.has(short) && !index.has(short)) index.set(short, { elsewhere: full });
  };
  for (const city of ["zhengzhou", "chenzhou"] as const) for (const name of g.covered[city]) index.set(name, { covered: city, district: cityCode(name) === null });
  for (const p of g.provinces) {
    if (!HOME_PROVINCES.has(p.short)) addOther([p.name, p.short]);
    p.cities.forEach(addOther);
  }
  g.notable.forEach(addOther);
  return index;
}

/** Every name in the gazetteer, so the tokenizer keeps each of them as one word. */
export function placeWords(): string[] {
  const g = readGazetteer();
  return [
    ...g.covered.zhengzhou,
    ...g.covered.chenzhou,
    ...g.provinces.flatMap((p) => [p.name, p.short, ...p.cities.flat()]),
    ...g.notable.flat(),
  ];
}

export function createPlaceFinder(tokenizer: Tokenizer): PlaceFinder {
  const index = placeIndex(readGazetteer());
  return {
    find(question) {
      const covered = new Set<City>();
      const districts = new Set<string>();
      const elsewhere = new Set<string>();
      for (const word of tokenizer.words(question)) {
        const place = index.get(word);
        if (!place) continue;
        if ("covered" in place) {
          covered.add(place.covered);
          if (place.district) districts.add(word);
        } else {
          elsewhere.add(place.elsewhere);
        }
      }
      return { covered: [...covered], districts: [...districts], elsewhere: [...elsewhere] };
    },
  };
}
