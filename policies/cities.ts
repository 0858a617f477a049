// The cities the corpus covers, under the names people write them: the code, the Chinese name
// (郑州市), the name without its 市, traditional and full-width forms — derived from the documents'
// declarations. Districts (区、县、县级市 and the development zones the documents name) place an
// enterprise as well as its city does: 郑州市金水区, 金水區 or 巩义市.
import { loadCorpus, type City, type CityInfo } from "../corpus/index.ts";
import { toSimplified } from "./traditional.ts";

/**
 * The districts of the covered cities, each under its official name with the other names it goes
 * by. A city the table does not list is still known by its own names, just without districts.
 */
const DISTRICTS: Record<City, Record<string, string[]>> = {
  zhengzhou: {
    中原区: [], 二七区: [], 管城回族区: ["管城区"], 金水区: [], 上街区: [], 惠济区: [],
    巩义市: [], 荥阳市: [], 新密市: [], 新郑市: [], 登封市: [], 中牟县: [],
    郑东新区: [], 郑州高新区: ["郑州高新技术产业开发区"], 郑州经开区: ["郑州经济技术开发区"],
    郑州航空港区: ["郑州航空港经济综合实验区", "航空港区"],
  },
  chenzhou: {
    北湖区: [], 苏仙区: [], 资兴市: [], 桂阳县: [], 宜章县: [], 永兴县: [], 嘉禾县: [], 临武县: [],
    汝城县: [], 桂东县: [], 安仁县: [], 郴州高新区: ["郴州高新技术产业开发区"],
  },
};

/** The covered cities, in the corpus's order. */
export function cities(): readonly CityInfo[] {
  return loadCorpus().cities;
}

const shortName = (c: CityInfo) => c.name.replace(/市$/u, "");
/** Every name of a city, longest first (the code is its pinyin). */
const aliases = (c: CityInfo) => [c.name, c.code, shortName(c)];

export function cityLabel(city: City): string {
  return cities().find((c) => c.code === city)?.name ?? city;
}

/** 郑州市和郴州市 */
export function coveredCitiesText(): string {
  const names = cities().map((c) => c.name);
  return names.length > 1 ? `${names.slice(0, -1).join("、")}和${names.at(-1)}` : (names[0] ?? "（无）");
}

/** 鄭州 市 → 郑州市, Zhengzhou → zhengzhou. */
const normalize = (input: string) => toSimplified(input.normalize("NFKC")).trim().toLowerCase().replace(/[\s·]/gu, "");

/** zhengzhou / 郑州 / 郑州市 / Zhengzhou / 鄭州 → "zhengzhou"; a city the corpus does not cover → null. */
export function cityCode(input: string): City | null {
  const key = normalize(input);
  return cities().find((c) => aliases(c).includes(key))?.code ?? null;
}

/** A district's name without its city or its kind: 郑州高新区 → 高新, 金水区 → 金水, 巩义市 → 巩义. */
const districtKey = (city: CityInfo, name: string) =>
  (name.startsWith(shortName(city)) ? name.slice(shortName(city).length) : name).replace(/(区|县|市)$/u, "");

/** The district of `city` a name means, under its official name, or null. */
function districtOf(city: CityInfo, name: string): string | null {
  const key = districtKey(city, name);
  if (!key) return null;
  const found = Object.entries(DISTRICTS[city.code] ?? {}).find(([official, others]) => [official, ...others].some((n) => districtKey(city, n) === key));
  return found?.[0] ?? null;
}

export interface Place {
  city: City;
  /** The district named along with the city, or alone, under its official name. */
  district?: string;
}

/**
 * Where a free-text answer places an enterprise: 郑州 → zhengzhou; 郑州市金水区, 金水区, 鄭州市金水區 →
 * zhengzhou with 金水区; 苏仙区 → chenzhou with 苏仙区. Null for a place the corpus does not cover
 * (长沙) and for a district name two cities share (高新区).
 */
export function placeOf(input: string): Place | null {
  const key = normalize(input);
  const city = cityCode(key);
  if (city) return { city };
  for (const c of cities()) {
    const alias = aliases(c).find((a) => key.startsWith(a));
    if (alias === undefined) continue;
    const district = districtOf(c, key.slice(alias.length));
    return district ? { city: c.code, district } : { city: c.code };
  }
  const alone = cities().flatMap((c) => {
    const district = districtOf(c, key);
    return district ? [{ city: c.code, district }] : [];
  });
  return alone.length === 1 ? alone[0]! : null;
}

/** Edit distance between two short strings, counting two neighbouring characters swapped (57 → 75) as one edit. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A covered city the input was probably meant to be ("zhengzou" → zhengzhou). A real other city
 * (shenzhen, 深圳) is valid input with no documents; a near-miss of a code is a typo.
 */
export function misspeltCity(input: string): City | null {
  const key = normalize(input);
  if (cityCode(key)) return null;
  return cities().find((c) => editDistance(key, c.code) <= 2)?.code ?? null;
}
