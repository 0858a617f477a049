// Which places a question names, from a gazetteer of Chinese provinces and prefecture-level
// divisions (data/places.json). The corpus covers the cities its documents declare (Zhengzhou in
// Henan, Chenzhou in Hunan): a question about another city or province has no evidence here,
// however similar its wording. The gazetteer lists the districts of the cities covered so far; a
// city a new document brings is known by its name (洛阳市, 洛阳) until its districts are added.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { loadCorpus, type City, type CityInfo } from "../corpus/index.ts";
import { escapeRegExp } from "./regexp.ts";
import type { Tokenizer } from "./tokenizer.ts";

const NamePair = z.tuple([z.string(), z.string()]);
const Gazetteer = z.object({
  covered: z.record(z.string(), z.array(z.string())),
  provinces: z.array(z.object({ name: z.string(), short: z.string(), cities: z.array(NamePair) })),
  notable: z.array(NamePair),
  foreign: z.array(z.array(z.string()).min(1)),
  ambiguousShortNames: z.array(z.string()),
});
type Gazetteer = z.infer<typeof Gazetteer>;

function readGazetteer(): Gazetteer {
  return Gazetteer.parse(JSON.parse(readFileSync(new URL("./data/places.json", import.meta.url), "utf8")));
}

/** What CLDR names besides states: codes with no region, pseudo-regions, unions. */
const NOT_A_STATE = /Unknown|Pseudo|Outlying|United Nations|Eurozone|European Union|Antarctica/u;
/** Two-letter region codes of China itself (its SARs and Taiwan): not other states. */
const CHINA_REGIONS = new Set(["CN", "HK", "MO", "TW"]);

/**
 * Every state, by its Chinese and English names: the gazetteer's (with the demonyms and short names
 * people write: American, UK), then the other regions Unicode's CLDR names (Lebanon 黎巴嫩, Kenya 肯尼亚).
 */
function foreignStates(listed: readonly string[][]): string[][] {
  const zh = new Intl.DisplayNames(["zh-Hans"], { type: "region" });
  const en = new Intl.DisplayNames(["en"], { type: "region" });
  const known = new Set(listed.map(([name]) => name));
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
  const more = letters
    .flatMap((a) => letters.map((b) => a + b))
    .filter((code) => !CHINA_REGIONS.has(code))
    .flatMap((code) => {
      const [name, english] = [zh.of(code), en.of(code)];
      // Codes with no region of their own come back as themselves or as "Unknown Region".
      if (!name || !english || name === code || english === code || NOT_A_STATE.test(english) || known.has(name)) return [];
      known.add(name);
      return [[name, english, ...demonymsOf(english)]];
    });
  return [...listed, ...more];
}

/**
 * The adjectives English forms from a one-word state name by its regular endings (Kenya → Kenyan,
 * Jordan → Jordanian, Oman → Omani, Lebanon → Lebanese): CLDR names states, not their people.
 * A form no one writes is harmless, since it is only ever looked for as a capitalised whole word.
 */
function demonymsOf(english: string): string[] {
  if (!/^[A-Z][a-z]+$/u.test(english)) return [];
  const stem = english.replace(/(?:on|[aeiouy])$/u, "");
  return [...new Set([/a$/u.test(english) ? `${english}n` : `${english}ian`, `${english}i`, `${stem}ese`, `${stem}ian`])];
}

export interface PlaceMentions {
  /** Covered cities the question names (directly or through a district or county). */
  covered: City[];
  /** Districts and counties of covered cities the question names (金水区, 郑州航空港区). */
  districts: string[];
  /** Other places the question names, as full names (上海市, 浙江省, 义乌市). */
  elsewhere: string[];
  /**
   * Whether the question sets another place against a covered one (深圳有啥补贴？跟郑州比哪个多): the
   * texts answer one side only. A place the asker comes from (深圳卖家想比较郴州和郑州) is not compared.
   */
  compared: boolean;
  /**
   * Other states whose own rules the question asks (UK import VAT, 美国关税, the Canadian government),
   * naming no covered city: the texts are two cities' policies, not those states' law. Also the
   * national rules no municipal text sets (出口退税率, tariff on cotton t-shirts), as 国家层面.
   */
  foreignRules: string[];
}

export interface PlaceFinder {
  /** `typed`: the question as typed, before English was read into Chinese, where another state's name may stand. */
  find(question: string, typed?: string): PlaceMentions;
}

type Place = { covered: City; district: boolean } | { elsewhere: string };

/** Names of each covered city: the gazetteer's list for it, else its own name with and without 市. */
function coveredNames(g: Gazetteer, cities: readonly CityInfo[]): [City, string[]][] {
  return cities.map((c) => [c.code, g.covered[c.code] ?? [c.name, c.name.replace(/市$/u, "")]]);
}

function placeIndex(g: Gazetteer, cities: readonly CityInfo[]): Map<string, Place> {
  const index = new Map<string, Place>();
  // Provinces of the covered cities: naming them is neutral, but their other cities are not covered.
  const homeProvinces = new Set(cities.map((c) => c.province));
  const ambiguous = new Set(g.ambiguousShortNames);
  const addOther = ([full, short]: readonly [string, string]) => {
    if (!index.has(full)) index.set(full, { elsewhere: full });
    if (!ambiguous.has(short) && !index.has(short)) index.set(short, { elsewhere: full });
  };
  const cityNames = new Set(cities.flatMap((c) => [c.name, c.name.replace(/市$/u, "")]));
  for (const [city, names] of coveredNames(g, cities)) for (const name of names) index.set(name, { covered: city, district: !cityNames.has(name) });
  for (const p of g.provinces) {
    if (!homeProvinces.has(p.name)) addOther([p.name, p.short]);
    p.cities.forEach(addOther);
  }
  g.notable.forEach(addOther);
  return index;
}

/** Every name in the gazetteer, so the tokenizer keeps each of them as one word. */
/** The names of the covered cities and their districts and counties. */
export function coveredPlaceWords(cities: readonly CityInfo[] = loadCorpus().cities): string[] {
  return coveredNames(readGazetteer(), cities).flatMap(([, names]) => names);
}

/**
 * The districts and counties of the covered cities that are no subject of the texts: never named, or named
 * only in lists of places (中原区、二七区、金水区…的,由市级财政和当地财政各承担50%), which say who shares a
 * cost. In a question such a name says where the asker is, as a city's does (二七区幼儿园保育费补贴), and
 * matching it would lead with the cost-sharing clause whatever was asked. One the texts name alone
 * (郑州航空港区税务局, 湘南国际物流园集聚) is a subject. An item of a list is one between 、 in a phrase.
 */
export function districtsNotSubjects(cities: readonly CityInfo[], clauseTexts: readonly string[]): Set<string> {
  const cityNames = new Set(cities.flatMap((c) => [c.name, c.name.replace(/市$/u, "")]));
  const names = coveredPlaceWords(cities);
  // An item is a place when it ends with one's name (其中涉及郑东新区, 惠济区的); 郑州航空港区税务局 is an office.
  const isPlace = (item: string) => names.some((n) => item.replace(/[的等]+$/u, "").endsWith(n));
  const alone = new Set<string>();
  for (const phrase of clauseTexts.join("\n").replace(/\s+/gu, "").split(/[，,；;。：:！!？?（）()]/u)) {
    const items = phrase.split("、");
    const places = items.map(isPlace);
    items.forEach((item, i) => {
      if (places[i] && places.some((p, j) => j !== i && p)) return;
      for (const name of names) if (item.includes(name)) alone.add(name);
    });
  }
  return new Set(names.filter((n) => !cityNames.has(n) && !alone.has(n)));
}

export function placeWords(cities: readonly CityInfo[] = loadCorpus().cities): string[] {
  const g = readGazetteer();
  return [
    ...coveredPlaceWords(cities),
    ...g.provinces.flatMap((p) => [p.name, p.short, ...p.cities.flat()]),
    ...g.notable.flat(),
  ];
}

/** Words setting two things side by side: 跟郑州比, 哪个多, 相比, 对标, 类似郑州的, 一样享受, compared with, same as. */
const COMPARING = /[跟和与同]\p{Script=Han}{1,4}比|比比|相比|对比|对标|比较|比(?!例|重|率)\p{Script=Han}{2,4}?(?:多|高|少|好|强|低)|类似|一样|哪个(?:多|高|好|划算)|(?:高|多|好)吗|(高|多|好)不\1|compar(?:e|ed|ing) (?:with|to)|versus|\bvs\b|\bsame\b|\bsimilar\b|\blike (?:in |that of |the one in )?(?:Zhengzhou|Chenzhou|郑州|郴州)/iu;

/** 不是郴州，是长沙: a place set aside before a pause or the place meant. */
const NOT_THIS_PLACE = /(?:不是|并非|而不是)\s*(\p{Script=Han}{2,6}?)\s*的?\s*(?=[，,。；;！!？?]|$|，?而?是)/gu;

/** What a state rules on: its taxes, tariffs, customs, visas, laws and government. */
const FOREIGN_RULES = "关税|增值税|消费税|所得税|税率|签证|海关|检疫|政府|法律|法规|法案|\\p{Script=Han}{2,6}法(?![规律案])|监管|(?:GST|VAT|IVA|TVA|IOSS|[Tt]ariffs?|[Tt]ax(?:es)?|[Dd]uty|[Dd]uties|[Cc]ustoms|[Vv]isas?|[Ll]aws?|[Gg]overnment|de minimis|[Rr]egulations?|[Dd]irectives?|Acts?|(?:[Ii]mport|[Ee]xport) (?:rules?|requirements?)|[Aa]ranceles?|droits? de douane|[Vv]ouchers?|[Rr]ules|[Ff]ees?|[Qq]uotas?)\\b";

/** A place's own text: 开封的方案, 南沙政策, the Kaifeng plan. */
const OWN_TEXT = "(?:政策|方案|措施|文件|规定|意见|细则)";

/** A place as the one giving (长沙市有啥开店补贴, 长沙给不给补助): what is asked is that place's support. */
const GIVES_SUPPORT = "(?:这边|那边|那里|当地)?(?:有没有|有无|有|给不给|给)(?:啥|什么|哪些|没有)?\\p{Script=Han}{0,4}?(?:补贴|补助|奖励|奖补|扶持|资助)";

/** Words asking what a government gives: beside a covered city, they ask what that city gives. */
const SUPPORT_ASKED = /补贴|补助|奖励|奖补|扶持|支持|资助|补|奖|subsid|support|reward|grant|incentive|funding|money|help/iu;

/**
 * A state giving support of its own, by its agency (Portugal AICEP export grants, Malaysia MATRADE got grant,
 * the Kenya government's subsidy) or in so many words (Kenya offers any grants, 肯尼亚政府有没有补贴): its
 * programmes, not these texts'. A state named alone beside a subsidy (USA warehouse subsidy) is where one works.
 */
const STATE_GIVES =
  "(?:['’]s)?\\s+(?:(?:[A-Z]{3,}|[Gg]overnment|[Mm]inistry|[Aa]gency)\\s+(?:[A-Za-z-]+\\s+){0,2}?|(?:gives?|offers?|provides?|got|has|pays?)\\s+(?:[A-Za-z-]+\\s+){0,2}?)(?:grants?|subsid\\w*|incentives?|funding)\\b|(?:政府|当地政府)(?:有没有|有无|有|给不给|给|提供)?[^，。？?]{0,6}?(?:补贴|补助|奖励|扶持|资助)";

/** The name a national rule is refused under: 现有政策文件中没有关于国家层面（税率、关税等）的规定. */
export const NATIONAL_LEVEL = "国家层面（税率、关税、签证等）";
/** National rules in English: a rate of tax or duty, a tariff, a visa. */
const NATIONAL_RULES_EN = /\b(?:tariffs?|(?:tax|duty) rates?|customs dut(?:y|ies)|visas?|de minimis|(?:FX|foreign exchange|currency) quotas?|withholding tax)\b/iu;

/** What follows a place's name in a zone's: 工业园区, 高新区, 前海片区 (片区 after a name of its own). */
const ZONE = /^(?:\p{Script=Han}{0,2}?)(?:工业园区?|产业园区?|园区|新区|高新区|开发区|经开区|自贸区|片区|综保区|保税区)$/u;

/**
 * `corpusText`: the texts in use. A rule word of FOREIGN_RULES they never use (税率, 关税, 签证) names a
 * rule set above the cities, by the state; one they use (增值税, 海关, 监管) may be theirs.
 */
export function createPlaceFinder(tokenizer: Tokenizer, cities: readonly CityInfo[] = loadCorpus().cities, corpusText: string = loadCorpus().clauses.map((c) => c.text).join("\n")): PlaceFinder {
  const gazetteer = readGazetteer();
  const nationalWords = FOREIGN_RULES.split("|").filter((w) => /^\p{Script=Han}+$/u.test(w) && !corpusText.includes(w));
  const national = nationalWords.length > 0 ? new RegExp(nationalWords.join("|"), "u") : null;
  const index = placeIndex(gazetteer, cities);
  // The covered districts' full names (金水区, 苏仙区), looked for in the text as well: the tokenizer may cut one off
  // at a word running on from it (金水区里 → 金水 / 区里).
  const coveredDistricts = [...index].flatMap(([name, place]) => ("covered" in place && place.district && name.length >= 3 && /[区县市]$/u.test(name) ? [[name, place.covered] as const] : []));
  // The state and its rule side by side (美国关税, 美国的海关, Australia's GST, UK import VAT, customs of Russia):
  // 在美国申请商标的费用政府给报吗 asks what the government here pays.
  const foreign = foreignStates(gazetteer.foreign).map(([name, ...english]) => {
    const names = [name, ...english.map((e) => (/^\p{Script=Latin}/u.test(e) ? `\\b${escapeRegExp(e)}\\b` : escapeRegExp(e)))].join("|");
    return {
      name: name!,
      written: [name!, ...english],
      pattern: new RegExp(
        `(?:${names})(?:的|['’]s)?(?:\\s+[A-Za-z-]+){0,2}?\\s*[^\\s，。？?,.;；]{0,2}?\\s*(?:${FOREIGN_RULES})|(?:${FOREIGN_RULES})(?:\\s+[A-Za-z-]+){0,3}?\\s+(?:of|in|into|entering|to|on|does|do)\\s+(?:the\\s+)?(?:${names})|(?:${names})(?:${STATE_GIVES})`,
        "u",
      ),
    };
  });
  // A zone the tokenizer keeps whole (苏州工业园区, 深圳前海片区) is in the place its name starts with.
  const placeOf = (word: string): Place | undefined => {
    const place = index.get(word);
    if (place) return place;
    for (let at = word.length - 2; at >= 2; at--) {
      const head = index.get(word.slice(0, at));
      if (head && ZONE.test(word.slice(at))) return head;
    }
    return undefined;
  };
  return {
    find(question, typed) {
      const covered = new Set<City>();
      const districts = new Set<string>();
      const elsewhere = new Set<string>();
      // A place said not to be the one meant (不是郴州，是长沙) is not asked about.
      const meant = question.replace(NOT_THIS_PLACE, (whole, name: string) => (tokenizer.words(name).every((w) => index.has(w)) ? " " : whole));
      const otherNames = new Set<string>();
      for (const word of tokenizer.words(meant)) {
        const place = placeOf(word);
        if (!place) continue;
        if ("covered" in place) {
          covered.add(place.covered);
          if (place.district) districts.add(word);
        } else {
          elsewhere.add(place.elsewhere);
          otherNames.add(word);
        }
      }
      for (const [name, city] of coveredDistricts) {
        if ([...districts].some((d) => d.includes(name)) || !meant.includes(name)) continue;
        covered.add(city);
        districts.add(name);
      }
      // …or when another place's own text is named (the 2024 Kaifeng plan, 开封的方案): its rules are not these texts'.
      const compared =
        covered.size > 0 &&
        [...otherNames].some(
          (name) =>
            meant.includes(name) &&
            (((COMPARING.test(meant) || (typed !== undefined && COMPARING.test(typed))) && !new RegExp(`${name}(?:的)?(?:卖家|商家|企业|公司|老板|人|这边)`, "u").test(meant)) ||
              new RegExp(`${name}(?:市)?(?:的)?\\s*(?:(?!卖家|商家|企业|公司|老板|人)\\p{Script=Han}){0,4}?${OWN_TEXT}|${name}(?:市|省)?${GIVES_SUPPORT}`, "u").test(meant)),
        );
      // Beside a covered city, a state's rule is asked after only when no support is (EU VAT for sellers shipping from Zhengzhou).
      // A state's name is looked for before its pattern runs: a few hundred patterns are too many to run on every question.
      const named = (written: readonly string[]) => written.some((w) => meant.includes(w) || typed?.includes(w));
      const states =
        covered.size > 0 && SUPPORT_ASKED.test(meant)
          ? []
          : foreign.filter(({ written, pattern }) => named(written) && (pattern.test(meant) || (typed !== undefined && pattern.test(typed)))).map(({ name }) => name);
      // A national rule asked after, no support asked in the same sentence and no other state named (出口退税率是多少,
      // China import tariff on t-shirts; the tax rate for high-tech firms? Need it to value a subsidy).
      const unsupported = (text: string) => text.split(/[?？。!！；;\n]/u).filter((sentence) => !SUPPORT_ASKED.test(sentence));
      const nationalRule =
        states.length === 0 &&
        (unsupported(meant).some((sentence) => national?.test(sentence.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "")) ?? false) || unsupported(typed ?? meant).some((sentence) => NATIONAL_RULES_EN.test(sentence)));
      if (nationalRule) states.push(NATIONAL_LEVEL);
      return { covered: [...covered], districts: [...districts], elsewhere: [...elsewhere], compared, foreignRules: states };
    },
  };
}
