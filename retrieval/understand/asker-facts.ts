// The asker's own facts, read from a question into a profile (CONTRACT.md §3): 出口150万美元 is
// crossBorderExport, 海外仓3000平米 an overseas warehouse's area, 服务了40家 servedEnterprises. Each
// figure goes to the profile field whose declared label and question (policies/profile.ts) share
// the most telling words with the figure's own phrase, among the fields of the right unit that
// the rules of the city asked about read. Kinds of applicant, yes/no facts and choices are read
// the same way from their labels. Nothing is guessed: a figure no field's words fit is left out.
import { documentInfo, loadCorpus, type City, type DocId } from "../../corpus/index.ts";
import { DOCUMENT_READS, fieldUsage, READS_OF_RULES } from "../../policies/field-usage.ts";
import { FIELDS, topField, type FieldInfo } from "../../policies/fields.ts";
import { parseNumber } from "../../policies/numbers.ts";
import { KIND_LABELS, type Kind, type Profile } from "../../policies/profile.ts";
import { POLICY_DOCUMENTS, RULES } from "../../policies/rules/index.ts";
import { contextAround, readFigures, type FigureContext, type Measure, type Unit } from "../figures.ts";
import { SYNONYM_GROUPS } from "../vocabulary.ts";
import { reportedSaying } from "./asks.ts";

/** Units a stated figure can have: those figures.ts reads, and months, ratios and counts of things. */
type FactUnit = Unit | "months" | "ratio" | "count";

interface Stated {
  written: string;
  unit: FactUnit;
  value: number;
  currency: "CNY" | "USD" | null;
  measure: Measure | null;
  context: FigureContext;
}

interface Leaf {
  /** Value path with list items as []: crossBorderTrade, park.tradeVolume, o2oStores[].areaSqm. */
  path: string;
  /** The list or object it belongs to (o2oStores, park), whose words the question must use too. */
  container: string | null;
  list: string | null;
  containerWords: string;
  field: FieldInfo;
  words: string;
  documents: Set<DocId>;
}

const bigrams = (text: string) =>
  [...text.matchAll(/\p{Script=Han}+|[a-z0-9]+/giu)].flatMap(([run]) => (run.length < 2 ? [] : Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2))));

/** Which documents' rules (or preconditions) read each top-level field. */
const DOCUMENTS_READING = (() => {
  const map = new Map<string, Set<DocId>>();
  for (const r of [...READS_OF_RULES, ...DOCUMENT_READS.filter((d) => d.purpose === "precondition")]) {
    for (const f of r.fields) map.set(topField(f), new Set([...(map.get(topField(f)) ?? []), r.docId as DocId]));
  }
  return map;
})();
const USAGE = fieldUsage();

function leaves(fields: readonly FieldInfo[], parent: { path: string; list: string | null; words: string } | null): Leaf[] {
  return fields.flatMap((f) => {
    const path = parent ? `${parent.path}${parent.list === parent.path ? "[]" : ""}.${f.key}` : f.key;
    if (f.type === "object" || f.type === "list") {
      return leaves(f.children ?? [], { path, list: f.type === "list" ? path : (parent?.list ?? null), words: `${f.label} ${f.itemLabel ?? ""}` });
    }
    const top = path.split(/[.[]/)[0]!;
    return [{
      path,
      container: parent?.path ?? null,
      list: parent?.list ?? null,
      containerWords: parent?.words ?? "",
      field: f,
      words: `${f.label} ${f.ask ?? ""}`,
      documents: DOCUMENTS_READING.get(top) ?? new Set<DocId>(),
    }];
  });
}
const LEAVES = leaves(FIELDS, null).filter((l) => !["asOf", "year", "fxUsdCny", "city", "district", "kinds"].includes(l.path));

/** A top-level field whose label extends another's (服务收入同比增幅 of 服务收入（营业收入）): that other field. */
const BASE_OF = new Map(
  LEAVES.filter((l) => !l.container).flatMap((l) => {
    const base = LEAVES.find((b) => b !== l && !b.container && l.field.label.includes(b.field.label.replace(/（.*?）/gu, "")));
    return base ? [[l.path, base] as const] : [];
  }),
);

// Telling words: character pairs weighted by how few field descriptions use them.
const DF = new Map<string, number>();
for (const leaf of LEAVES) for (const b of new Set(bigrams(leaf.words))) DF.set(b, (DF.get(b) ?? 0) + 1);
const idf = (b: string) => Math.log(1 + LEAVES.length / (DF.get(b) ?? 0.5));
const overlap = (text: string, words: string) => {
  const own = new Set(bigrams(words));
  return [...new Set(bigrams(text))].filter((b) => own.has(b)).reduce((s, b) => s + idf(b), 0);
};
/** Overlap relative to the description's own weight: a short label that fits beats a long one that also does. */
const fit = (text: string, words: string) => overlap(text, words) / Math.sqrt(overlap(words, words) || 1);
/** What every asker calls itself: a pair that names no thing it has (郑州公司 speaks of no 海外分公司). */
const BODY_PAIRS = new Set(["公司", "企业", "单位", "机构"]);
/**
 * Words said for the words of the labels: 营收 for 营业收入, 增速 for 增幅, 产业园 for 园区. A text
 * read against the labels has them added, so that a figure's phrase, or a thing named in other
 * words, fits the field that says it so. (The vocabulary's wider groups, 入驻 for 开店, would mislead.)
 */
const SAID_FOR: readonly (readonly string[])[] = [
  ["营收", "营业收入"],
  ["增幅", "增速", "涨幅", "增长", "同比涨", "同比增"],
  ["园区", "产业园", "物流园", "示范园", "示范基地"],
];
const withSynonyms = (text: string) => {
  const more = SAID_FOR.flatMap((group) => (group.some((w) => text.includes(w)) ? group.filter((w) => !text.includes(w)) : []));
  return more.length > 0 ? `${text} ${more.join(" ")}` : text;
};
/** The question speaks of a list or object by a pair of its words other than a body's (分公司, 海外), or their synonyms (产业园 for 园区). */
const speaksOf = (question: string, words: string) => {
  const said = new Set(bigrams(withSynonyms(question)));
  return bigrams(words).some((b) => said.has(b) && !BODY_PAIRS.has(b));
};
/** Character pairs of a stretch that belong to few field descriptions. */
const tellingPairs = (stretch: string) => bigrams(stretch).filter((b) => (DF.get(b) ?? 0) <= 2);

const UNIT_OF: Record<string, FactUnit> = { 平方米: "sqm", 家: "enterprises", 人: "people", 单: "orders", 天: "days", 个月: "months", 个: "count", 场: "count", 班: "count" };
function unitOf(field: FieldInfo): FactUnit | null {
  if (field.type === "money") return "money";
  if (field.type === "ratio") return "ratio";
  if (field.type === "integer" || field.type === "number") return field.unit ? (UNIT_OF[field.unit] ?? null) : null;
  return null;
}

/**
 * What a money field measures, from its label as a figure's words would say it. A label says 收入
 * where it means income; a 服务费 it names is a fee paid (数字认证（CA）服务费, 园区综合服务费).
 */
const MEASURE_CUES: [RegExp, Measure][] = [
  [/营收|收入|营业额/u, "revenue"],
  [/费|租金|投入|投资|支出|年薪/u, "spend"],
  [/交易|进出口|出口|进口|结算|销售/u, "volume"],
];
const measureOf = (words: string) => MEASURE_CUES.find(([cue]) => cue.test(words))?.[1] ?? null;

const NUMBER = "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)";

/** Nouns that name what a bare number counts, by how they end: 订单 orders, 卖家 and 企业 enterprises, 学员 people. */
const COUNTED_BY: [RegExp, FactUnit][] = [
  // …and what counts them (服务家数45, 服务企业数: 120, 年通关单量: 60000000).
  [/(企业|公司|商家|卖家|客户)数?$|家数$/u, "enterprises"],
  [/单量?$/u, "orders"],
  [/(人|员|学生)$/u, "people"],
];

/** Months (14个月, 运营两年), ratios (增长12%) and counts (2个海外分公司): the figures figures.ts leaves out. */
function moreFigures(text: string): Stated[] {
  const out: Stated[] = [];
  const push = (m: RegExpMatchArray, unit: FactUnit, value: number | null) => {
    if (value !== null) out.push({ written: m[1]!, unit, value, currency: null, measure: null, context: contextAround(text, m.index!, m.index! + m[0].length) });
  };
  for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*个月`, "gu"))) push(m, "months", parseNumber(m[1]!));
  for (const m of text.matchAll(new RegExp(`(?:经营|运营|营业|使用|开|满)了?${NUMBER}年(半)?`, "gu"))) {
    const years = parseNumber(m[1]!);
    push(m, "months", years === null ? null : years * 12 + (m[2] ? 6 : 0));
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*[%％]/gu)) push(m, "ratio", Number(m[1]) / 100);
  // Not 14个月, nor 80个学生 (people, which figures.ts reads).
  for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*(个|场|班)(?!月|人|名|学生)`, "gu"))) push(m, "count", parseNumber(m[1]!));
  // A number without a measure word of its own, counted by the noun beside it: 订单50000, 服务40 跨境电商企业.
  for (const m of text.matchAll(/(?<![\d.a-z]|\d,)(\d+)(?![\d.%a-z]|,\d)/giu)) {
    const before = text.slice(0, m.index).match(/\p{Script=Han}+(?=\s*[:：]?\s*$)/u)?.[0] ?? "";
    const after = text.slice(m.index! + m[0].length).match(/^\s*(\p{Script=Han}*)/u)![1]!;
    // A measure word after it (2024年, 50000单) is a figure read elsewhere, or none.
    if (/^[年月日天万亿千百十元块家人名个单次期场班平美]/u.test(after)) continue;
    const unit = COUNTED_BY.find(([noun]) => noun.test(before) || noun.test(after))?.[1];
    if (unit) push(m, unit, Number(m[1]));
  }
  return out;
}

export interface FactContext {
  city: City | null;
  /** A covered district the question names (金水区): the funding split depends on it. */
  district: string | null;
  /** Documents the question names: their fields come first. */
  documents: readonly DocId[];
  /** A performance year the question states (2025年的出口额). */
  year: number | null;
  /** The question asks how much: a recognition alone (国家级示范企业) is then worth an estimate. */
  asksAmount: boolean;
  /** The question as typed, before English was read into Chinese: where fields written by name are read. */
  typed?: string;
}

/**
 * Every field a stated figure fits, best first. The figure's own phrase decides; the phrase before
 * it counts for less (一年150万美元 after 做跨境电商出口). A field inside a list or an object (a
 * warehouse's rent, a park's trade) needs the question to speak of that thing, or another figure
 * already placed there (`active`: 5天，40人 after 在职培训).
 */
/** The choice an item of a list is said to take: overseasWarehouses → mode = leased_whole (整租). */
type ItemChoices = ReadonlyMap<string, { key: string; value: string }>;

/** Whether some rule reads the item field `leaf` for an item of the choice stated (a leased warehouse's rent, not its equipment): such a field comes first. */
function readUnder(leaf: Leaf, choices: ItemChoices): boolean {
  const choice = leaf.list ? choices.get(leaf.list) : undefined;
  if (!choice) return true;
  return READS_OF_RULES.some((r) => r.fields.includes(leaf.path) && (r.itemChoices[leaf.list!]?.[choice.key]?.includes(choice.value) ?? true));
}

function fieldsFor(figure: Stated, question: string, context: FactContext, kinds: Set<Kind>, active: Set<string>, placed: ReadonlySet<string>, choices: ItemChoices): Leaf[] {
  const own = withSynonyms(`${figure.context.before} ${figure.context.after}`);
  const wide = withSynonyms(`${figure.context.previous} ${own}`);
  const cityDocs = context.city ? new Set(POLICY_DOCUMENTS.flatMap((d) => (documentInfo(d.docId).city === context.city ? [d.docId] : []))) : null;
  // A bare 个 names no thing counted; spoken, it counts people too (招了60个).
  const bare = figure.unit === "count" && figure.context.after.trim() === "";
  // A measure of another field (服务收入同比增幅 of 服务收入) is read once that field is stated or
  // named: 增长20% after 进出口额5000万 is not the service revenue's growth.
  const unsaid = (l: Leaf) => {
    const base = BASE_OF.get(l.path);
    return base !== undefined && !placed.has(base.path) && overlap(wide, base.field.label) === 0;
  };
  const fitting = LEAVES.filter((l) => unitOf(l.field) === figure.unit || (bare && unitOf(l.field) === "people"))
    .filter((l) => !unsaid(l))
    .filter((l) => figure.unit !== "money" || !figure.measure || !measureOf(l.field.label) || measureOf(l.field.label) === figure.measure)
    .filter((l) => !l.container || active.has(l.container) || speaksOf(question, l.containerWords));
  const inCity = (l: Leaf) => !cityDocs || [...l.documents].some((d) => cityDocs.has(d));
  const candidates = fitting.filter(inCity);
  // A figure whose own words name a field only another city's rules read (郴州…年直播销售额: 直播,
  // 销售) is that field's figure, of no rule here: it is left out, not put in the nearest field this
  // city has. Naming is by telling pairs, three at least, more than any field of this city shares.
  const ownPairs = new Set(tellingPairs(own));
  const named = (l: Leaf) => new Set(bigrams(`${l.words} ${l.containerWords}`).filter((b) => ownPairs.has(b))).size;
  const mostNamed = (leaves: Leaf[]) => Math.max(0, ...leaves.map(named));
  const elsewhere = mostNamed(fitting.filter((l) => !inCity(l)));
  if (elsewhere >= 3 && elsewhere > mostNamed(candidates)) return [];
  // The one field of its unit, in a thing the question speaks of: 每期35天 in a 培训班.
  // …or the one field counting orders the city's rules read (一年2万单 in 郴州: its logistics orders).
  const onlyOfUnit = candidates.length === 1 && (candidates[0]!.container || figure.unit === "orders") ? candidates[0] : null;
  // Speaking of a thing, a figure it has too is its own: 年跨境零售进口额 after a store's area is the store's (门店年跨境电商零售进口额).
  const ownedByActive = (l: Leaf) => !l.container && candidates.some((o) => o.container && active.has(o.container) && o.field.label.includes(l.field.label));
  const scored = candidates
    .filter((l) => !ownedByActive(l))
    .map((l) => {
      const top = l.path.split(/[.[]/)[0]!;
      const described = `${l.words} ${l.containerWords}`;
      const [near, far] = [fit(own, described), fit(wide, described)];
      const words = near + far / 2;
      const inActive = l.container && active.has(l.container) ? 1 : 0;
      const forKind = [...(USAGE.get(top) ?? [])].some((k) => kinds.has(k)) ? 0.3 : 0;
      const named = [...l.documents].some((d) => context.documents.includes(d)) ? 0.3 : 0;
      const forChoice = readUnder(l, choices) ? 0.3 : 0;
      return { l, fits: Math.max(near, far) > 0.3 || inActive > 0 || l === onlyOfUnit, score: words + inActive + forKind + named + forChoice };
    })
    .filter((x) => x.fits)
    .sort((a, b) => b.score - a.score);
  return scored.map((x) => x.l);
}

/** The kinds of applicant the question says the asker is, by the longest stretch shared with a kind's label. */
function kindsNamed(question: string): Set<Kind> {
  const found: { kind: Kind; length: number; at: number }[] = [];
  for (const [kind, label] of Object.entries(KIND_LABELS) as [Kind, string][]) {
    // 物流（快递）企业 → 物流企业, 快递企业.
    const forms = label.includes("（") ? [label.replace(/（.*?）/u, ""), label.replace(/（(.*?)）/u, "$1").replace(/^.*?(?=\p{Script=Han}+$)/u, "")] : [label];
    for (const form of new Set([...forms, ...forms.map((f) => f.replace(/（|）/gu, ""))])) {
      const core = form.replace(/(企业|单位|机构|组织|公司|方)$/u, "");
      // 园区运营单位 said the other way round: 运营的园区 (what it does, then to what).
      const turned = /^\p{Script=Han}{4}$/u.test(core) ? question.search(new RegExp(`${core.slice(2)}的?${core.slice(0, 2)}`, "u")) : -1;
      if (turned >= 0) {
        found.push({ kind, length: core.length, at: turned });
        continue;
      }
      for (let length = core.length; length >= 2; length--) {
        const tail = core.slice(core.length - length);
        const at = question.indexOf(tail);
        const unique = Object.values(KIND_LABELS).filter((l) => l.includes(tail)).length === 1;
        const followed = at >= 0 && unique && /^(企业|公司|单位|机构|平台|院校|协会|商|方)/u.test(question.slice(at + tail.length));
        // 做代运营, 从事代运营: what the asker's business does is what it is, unless the phrase goes on to
        // name what it is (做代运营和ERP的服务企业).
        const done = at >= 0 && unique && length >= 3 && /(做|搞|干|从事|经营)$/u.test(question.slice(0, at)) && !/^[^，。；！？,;!?]*(企业|公司|单位|机构)/u.test(question.slice(at + tail.length));
        // 郑州 代运营 服务费80万: a business said as a word of its own, as a keyword query or a form says what it is.
        const alone = at >= 0 && unique && length >= 3 && /(^|[\s，。；：:、,;|/])$/u.test(question.slice(0, at)) && /^($|[\s，。；：:、,;|/])/u.test(question.slice(at + tail.length));
        if (at >= 0 && ((length >= 4 && length >= 0.6 * core.length) || followed || done || alone)) {
          found.push({ kind, length, at });
          break;
        }
      }
    }
  }
  // 我们园区, 本协会, 我们运营的…产业园, or the subject the question opens with (园区被认定为…): the
  // asker's own body named by a word one kind's label alone holds.
  const subject = new RegExp(`^(?:(?:${cityNames().join("|")})市?的?)?(\\p{Script=Han}{2})(?=被|已|获)`, "gu");
  for (const m of [...question.matchAll(/(?:我们|我司|咱们|本)(?:(?:运营|管理|建设)的[^，。？?,]{0,12}?(园|楼宇)|(?:的|这个|这家)?(\p{Script=Han}{2}))/gu), ...question.matchAll(subject)]) {
    const body = (m[1] ?? m[2])!;
    const holders = (Object.entries(KIND_LABELS) as [Kind, string][]).filter(([, label]) => label.includes(body));
    if (holders.length === 1 && !/企业|公司|单位/u.test(body)) found.push({ kind: holders[0]![0], length: m[0].length, at: m.index });
  }
  // Of kinds named at the same place, the one named most fully (跨境电商服务企业, not 跨境电商企业).
  return new Set(found.filter((f) => !found.some((g) => g !== f && Math.abs(g.at - f.at) < g.length && g.length > f.length)).map((f) => f.kind));
}

/**
 * The words before a label say the asker is or has it (被认定为省级…, 持有…, 获评…), rather than
 * asking about it (申请…, 怎么认定…): a fact stated without a figure is the asker's only so.
 */
function affirms(question: string, at: number): boolean {
  const before = question.slice(Math.max(0, at - 4), at);
  // 必须是独立法人吗: a condition asked about, not a fact stated.
  const asked = /[吗么？?]/u.test(question.slice(at).split(/[，。；！,;!]/u)[0]!) || /(必须|需要|要求|是否)/u.test(question.slice(Math.max(0, at - 6), at));
  return at > 0 && !asked && !negated(question, at) && /(是|为|有|获|评|得|属于)了?$/u.test(before);
}

/** A negation opens the words before, in the same phrase: 未与综试区线上综合服务平台对接. */
function negated(question: string, at: number): boolean {
  const phrase = question.slice(0, at).split(/[，。；！？,;!?]/u).at(-1)!;
  return /(没有|没|未|不是|并非|不|无)/u.test(phrase.slice(-6));
}

/**
 * Where the question echoes a label: its longest shared stretch of Han characters, when that
 * holds telling pairs: two, or one in a stretch of six or more (出口监管仓, 电子商务示范企业).
 */
function echo(question: string, label: string): { length: number; at: number; telling: number } {
  const shared = longestShared(question, label);
  const stretch = question.slice(shared.at, shared.at + shared.length);
  const han = (stretch.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 4 ? { ...shared, telling: tellingPairs(stretch).length } : { length: 0, at: -1, telling: 0 };
}

/**
 * A phrase of its own (between stops) shortening a yes/no label as Chinese shortens a verb and its
 * object, by characters of its words in order from the first, some skipped: 持牌 for 持有支付牌照,
 * the label 持有《支付业务许可证》 in the words users mix up for it. Read as an echo of the label.
 */
function abbreviation(question: string, label: string): { length: number; at: number; telling: number } {
  const forms = labelForms(label);
  const shortens = (short: string, form: string) => form.startsWith(short[0]!) && !form.startsWith(short) && new RegExp([...short].join(".*"), "u").test(form);
  for (const m of question.matchAll(/(?<=^|[，。；！？,;!?\s])\p{Script=Han}{2,3}(?=$|[，。；！？,;!?\s])/gu)) {
    if (forms.some((form) => shortens(m[0], form))) return { length: forms[0]!.length, at: m.index!, telling: 2 };
  }
  // The shortening said of the body that has it, as Chinese puts a verb and its object before a
  // noun (持牌支付机构, 持牌第三方支付机构): two characters, then the body's name.
  for (const m of question.matchAll(/(?=(\p{Script=Han}{2})\p{Script=Han}{0,6}(?:机构|公司|企业))/gu)) {
    if (forms.some((form) => shortens(m[1]!, form))) return { length: forms[0]!.length, at: m.index!, telling: 2 };
  }
  return { length: 0, at: -1, telling: 0 };
}

/**
 * Echoes of a label in the vocabulary's other words for a term of it (有支付许可证 for 持有《支付业务许可证》):
 * the other word, three characters at least, said whole within the echo.
 */
function synonymEchoes(question: string, label: string): { length: number; at: number; telling: number }[] {
  const own = label.replace(/（.*?）|[《》“”]/gu, "");
  return SYNONYM_GROUPS.flatMap((group) =>
    group.filter((w) => own.includes(w)).flatMap((w) =>
      group.filter((o) => o !== w && o.length >= 3).flatMap((other) => {
        const e = echo(question, own.replace(w, other));
        return e.at >= 0 && question.slice(e.at, e.at + e.length).includes(other) ? [e] : [];
      }),
    ),
  );
}

/** A label as said, and in the vocabulary's other words for its words (持有支付许可证 for 持有《支付业务许可证》). */
function labelForms(label: string): string[] {
  const own = label.replace(/（.*?）|[《》“”]/gu, "");
  return [own, ...SYNONYM_GROUPS.flatMap((group) => group.filter((w) => own.includes(w)).flatMap((w) => group.filter((o) => o !== w).map((other) => own.replace(w, other))))];
}

/**
 * The rules' own words for a yes/no fact, by declaration path: yes("hq.inCity", "在郑州设立总部"),
 * yes("community", "社区跨境电商O2O体验店") inside each("o2oStores", …) is o2oStores[].community.
 */
const RULE_WORDINGS = new Map<string, Set<string>>();
/** The same for a choice: oneOf("location", ["domestic"], "郑州市市域内的线下店") → o2oStores[].location. */
const CHOICE_WORDINGS = new Map<string, { value: string; text: string }[]>();
{
  const walk = (node: unknown, scope: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, scope));
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown>;
    const q = n.q as { kind?: string; path?: string } | undefined;
    const path = q?.kind === "field" ? (scope ? `${scope}.${q.path}` : q.path!) : null;
    if (n.kind === "is" && path && typeof n.text === "string") {
      const values = typeof n.equals === "string" ? [n.equals] : Array.isArray(n.equals) ? (n.equals as string[]) : [];
      if (n.equals === true) RULE_WORDINGS.set(path, new Set([...(RULE_WORDINGS.get(path) ?? []), n.text]));
      if (values.length === 1) CHOICE_WORDINGS.set(path, [...(CHOICE_WORDINGS.get(path) ?? []), { value: values[0]!, text: n.text }]);
    }
    const inner = typeof n.items === "string" ? `${scope ? `${scope}.` : ""}${n.items}[]` : scope;
    for (const [key, value] of Object.entries(n)) if (key !== "q" || typeof n.items !== "string") walk(value, key === "where" || key === "award" ? inner : scope);
  };
  for (const rule of RULES) {
    walk(rule.conditions, "");
    walk(rule.award, "");
  }
}

/**
 * Where the question says what a rule's wording says, its words in order, a little left out on
 * either side (在郑州设了区域总部 for 在郑州设立全国性或区域性总部): stretches of two characters or
 * more, at most two characters apart in the question, from the wording's start to its own end
 * (总部, 体验店: what is had or done); four characters at least, two of them telling pairs.
 */
function wordingEcho(question: string, wording: string): { length: number; at: number; telling: number } {
  const words = wording.replace(/[《》“”"（）()]/gu, "");
  let best = { length: 0, at: -1, telling: 0 };
  for (let start = 0; start < question.length; start++) {
    let [at, from, matched, telling, opened] = [start, 0, 0, 0, -1];
    for (;;) {
      const next = [0, 1, 2].slice(0, matched === 0 ? 1 : 3).map((skip) => stretchFrom(question, at + skip, words, from)).find((x) => x.length >= 2);
      if (!next) break;
      const stretch = question.slice(next.at, next.at + next.length);
      matched += (stretch.match(/\p{Script=Han}|[A-Za-z0-9]/gu) ?? []).length;
      telling += tellingPairs(stretch).length;
      if (opened < 0) opened = next.found;
      [at, from] = [next.at + next.length, next.found + next.length];
    }
    if (opened <= 1 && from === words.length && matched >= 4 && telling >= 2 && at - start > best.length) best = { length: at - start, at: start, telling };
  }
  return best;
}

/** The longest stretch of `text` from `at` found in `words` at or after `from`. */
function stretchFrom(text: string, at: number, words: string, from: number): { at: number; length: number; found: number } {
  let best = { at, length: 0, found: -1 };
  for (let end = at + 1; end <= text.length; end++) {
    const found = words.indexOf(text.slice(at, end), from);
    if (found < 0) break;
    best = { at, length: end - at, found };
  }
  return best;
}

/** Covered cities by their short names (郑州, 郴州), looked up when asked: a command checking a broken corpus must still start. */
const cityNames = () => loadCorpus().cities.map((c) => c.name.replace(/市$/u, ""));

/** Words that put a thing elsewhere than the city before it: 在洛杉矶开的, 海外体验店. */
const ELSEWHERE = /在|到|海外|国外|境外|外国/u;

/**
 * Whether the question puts the thing a rule's wording places in a covered city (总部 of
 * 在郑州设立总部, 体验店 of 郑州市市域内的体验店) in that city: in a phrase naming the thing, the city
 * before it with nothing placing it elsewhere between (郑州跨境线下店, not 郑州公司在洛杉矶开的店),
 * or 在 the city after it (总部在郑州); else, the thing said with no place of its own (HQ there →
 * 总部), the city the question is about, when the question places nothing elsewhere.
 */
function placedBy(question: string, city: City | null, wording: string, thing: string): boolean {
  const name = cityNames().find((n) => wording.includes(n));
  if (!name) return false;
  const things = new Set(bigrams(thing).filter((b) => !BODY_PAIRS.has(b)));
  const phrases = question.split(/[，。；！？,;!?]/u).flatMap((phrase) => {
    const at = [...phrase].findIndex((_, i) => things.has(phrase.slice(i, i + 2)));
    return at < 0 ? [] : [{ before: phrase.slice(0, at), rest: phrase.slice(at) }];
  });
  const verdicts = phrases.flatMap(({ before, rest }) => {
    if (before.includes(name)) return [!ELSEWHERE.test(before.slice(before.lastIndexOf(name) + name.length))];
    const where = rest.match(/(不)?(?:在|位于)(.{0,4})/u);
    return where ? [!where[1] && where[2]!.startsWith(name)] : [];
  });
  const stated = loadCorpus().cities.find((c) => c.code === city)?.name.startsWith(name) ?? false;
  // 公司在郑州 places nothing elsewhere: 在 the city named is here.
  return verdicts.length > 0 ? verdicts.some(Boolean) : phrases.length > 0 && stated && !ELSEWHERE.test(question.replaceAll(`在${name}`, ""));
}

/** The longest stretch of `a` found in `b`, with where it starts in `a`. */
function longestShared(a: string, b: string): { length: number; at: number } {
  let best = { length: 0, at: -1 };
  for (let i = 0; i < a.length; i++) {
    let j = i + 1;
    while (j <= a.length && b.includes(a.slice(i, j))) j++;
    if (j - 1 - i > best.length) best = { length: j - 1 - i, at: i };
  }
  return best;
}

/**
 * Yes/no facts and choices the question states: a field whose label it echoes by a telling stretch
 * (持有《支付业务许可证》, 省级电子商务示范园区), the one echoed most fully where several labels share
 * words, and for a choice the option named next to it. Choices inside a list item (a warehouse's
 * mode) are read by the characters that tell the options apart (建…公共 → 自建公共海外仓).
 */
function statedFacts(question: string, leaves: readonly Leaf[], city: City | null): { leaf: Leaf; value: unknown; affirmed?: boolean; verbatim?: boolean }[] {
  const mentioned = (words: string) => longestShared(question, words).length >= 3 || tellingPairs(words).some((p) => question.includes(p));
  const booleans = leaves.filter((l) => l.field.type === "boolean" && (!l.container || mentioned(l.containerWords)));
  // A yes/no label said in full (当年新开) needs one telling pair only.
  const whole = (e: { leaf: Leaf; length: number }) => e.leaf.field.type === "boolean" && e.length === e.leaf.field.label.replace(/（.*?）/gu, "").length;
  const echoes = leaves
    .filter((l) => l.field.type === "boolean" || (!l.list && l.field.type === "enum" && l.field.choices))
    .filter((l) => !l.container || mentioned(l.containerWords))
    .flatMap((leaf) => [
      { leaf, ...echo(question, leaf.field.label.replace(/（.*?）/gu, "")) },
      // A yes/no label in the vocabulary's other words (有支付许可证).
      ...(leaf.field.type === "boolean" ? synonymEchoes(question, leaf.field.label).map((e) => ({ leaf, ...e })) : []),
      ...(leaf.field.type === "boolean" ? [...(RULE_WORDINGS.get(leaf.path) ?? [])].map((w) => ({ leaf, ...wordingEcho(question, w) })) : []),
      ...(leaf.field.type === "boolean" ? [{ leaf, ...abbreviation(question, leaf.field.label) }] : []),
    ])
    .filter((e) => e.telling >= 2 || (e.telling >= 1 && (e.length >= 6 || e.leaf.field.type === "enum" || whole(e))));
  const fullest = echoes.filter((e) => !echoes.some((o) => o !== e && o.at < e.at + e.length && e.at < o.at + o.length && o.length > e.length));
  const out: { leaf: Leaf; value: unknown; affirmed?: boolean; verbatim?: boolean }[] = [];
  for (const e of fullest) {
    const affirmed = affirms(question, e.at);
    if (e.leaf.field.type === "boolean") {
      out.push({ leaf: e.leaf, value: !negated(question, e.at), affirmed });
      continue;
    }
    const near = question.slice(Math.max(0, e.at - 6), e.at + e.length + 4);
    // A level said without 级 (国家电子商务示范企业) names it too, when what is left says enough (国家, not 省).
    const says = (label: string) => near.includes(label) || (/^\p{Script=Han}{2,}级$/u.test(label) && near.includes(label.slice(0, -1)));
    const named = Object.entries(e.leaf.field.choices!).filter(([, label]) => says(label));
    // The choice may open the echo (省级电子商务示范企业): what is affirmed stands before the choice.
    if (named.length === 1) {
      const label = near.includes(named[0]![1]) ? named[0]![1] : named[0]![1].slice(0, -1);
      out.push({ leaf: e.leaf, value: named[0]![0], affirmed: affirmed || affirms(question, question.lastIndexOf(label, e.at + e.length)) });
    }
  }
  // A level said of the thing whose level the field is, by the thing's head noun or its other words
  // (省级示范基地, 国家级园区, 省级园 for 电子商务示范园区（基地）级别): that level.
  for (const leaf of leaves.filter((l) => !l.container && l.field.type === "enum" && l.field.choices && /级别$/u.test(l.field.label) && !out.some((o) => o.leaf === l))) {
    const thing = leaf.field.label.replace(/（.*?）/gu, "").replace(/级别$/u, "");
    const alternates = [...leaf.field.label.matchAll(/（(\p{Script=Han}{2})）/gu)].map((m) => m[1]!).filter((w) => !thing.startsWith(w) && !thing.includes(`${w}`));
    const head = thing.slice(-2);
    if (BODY_PAIRS.has(head)) continue;
    const heads = [...new Set([head, ...alternates, ...SAID_FOR.filter((g) => g.includes(head)).flat(), head.slice(0, 1)])];
    const levels = Object.entries(leaf.field.choices!).filter(([, label]) => /^\p{Script=Han}+级$/u.test(label));
    const said = levels.filter(([, label]) => new RegExp(`${label}\\s*(?:电商|电子商务)?\\s*(?:示范)?\\s*(?:${heads.join("|")})`, "u").test(question));
    if (said.length === 1) out.push({ leaf, value: said[0]![0], affirmed: affirms(question, question.indexOf(said[0]![1])) });
  }
  // A thing the rule's wording places in a covered city (在郑州设立总部), placed there by the question (郑州第三方支付总部).
  for (const leaf of booleans.filter((l) => l.container && !out.some((o) => o.leaf === l))) {
    const placing = [...(RULE_WORDINGS.get(leaf.path) ?? [])].filter((text) => speaksOf(text, leaf.containerWords));
    if (placing.some((text) => placedBy(question, city, text, leaf.containerWords))) out.push({ leaf, value: true });
  }
  for (const leaf of leaves.filter((l) => l.list && l.field.type === "enum" && l.field.choices)) {
    const choices = Object.entries(leaf.field.choices!);
    // Characters every option shares (海外仓 of 自建公共海外仓, 整体租赁海外仓 …) tell none of them apart.
    const common = [...choices[0]![1]].filter((ch) => choices.every(([, l]) => l.includes(ch)));
    const hits = choices.map(([value, label]) => ({ value, hits: [...new Set(label)].filter((ch) => !common.includes(ch) && question.includes(ch)).length }));
    // An option named in full (面向企业) is read as named; otherwise the one option most of whose telling characters the question has.
    const verbatim = choices.filter(([, label]) => question.includes(label));
    if (verbatim.length === 1) {
      out.push({ leaf, value: verbatim[0]![0], verbatim: true });
      continue;
    }
    const best = Math.max(...hits.map((h) => h.hits));
    const tied = hits.filter((h) => h.hits === best);
    if (best >= 2 || (best === 1 && choices.length <= 3)) {
      out.push({ leaf, value: tied[0]!.value });
      continue;
    }
    // A choice the rule words by a covered city (郑州市市域内的线下店, 在郴州市建立), the question placing the thing there (郑州市区开了个线下店).
    const placed = (CHOICE_WORDINGS.get(leaf.path) ?? []).filter(({ text }) => placedBy(question, city, text, leaf.containerWords));
    const values = [...new Set(placed.map((p) => p.value))];
    if (values.length === 1) out.push({ leaf, value: values[0]! });
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const key of parts.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** The profile facts the question states; null when it states no figure. */
/**
 * Facts written by the profile's own field names, as a developer or a form export writes them
 * (caServiceFee=8000元, projectInvestment: 2000万元, demoParkLevel=provincial): read as written,
 * each value in its field's type, with the words they are written in.
 */
function fieldsWritten(text: string): { leaf: Leaf; value: unknown; written: string }[] {
  const out: { leaf: Leaf; value: unknown; written: string }[] = [];
  // The value is looked at, not taken, so that a label before (record: caServiceFee=8000元) leaves the field after it to be read.
  for (const m of text.matchAll(/\b([a-zA-Z][\w.]*)\s*[=:：]\s*(?=([^\s,，;；、=:：]+))/gu)) {
    const leaf = LEAVES.find((l) => !l.list && l.path === m[1]);
    if (!leaf) continue;
    const written = m[2]!;
    const figure = readFigures(written)[0];
    const number = Number(written.replace(/,/gu, ""));
    const value =
      leaf.field.type === "money" ? (figure?.unit === "money" ? { amount: figure.value, currency: figure.currency ?? "CNY" } : Number.isFinite(number) ? { amount: number, currency: "CNY" } : null)
      : leaf.field.type === "integer" || leaf.field.type === "number" || leaf.field.type === "ratio" ? (Number.isFinite(number) ? number : (figure?.value ?? null))
      : leaf.field.type === "boolean" ? (/^(true|yes|是)$/iu.test(written) ? true : /^(false|no|否)$/iu.test(written) ? false : null)
      : leaf.field.type === "enum" && leaf.field.choices && written in leaf.field.choices ? written
      : null;
    if (value !== null) out.push({ leaf, value, written: `${m[0]}${written}` });
  }
  return out;
}

/** Number words of other languages the English reading leaves out (600 millones, 12 milliards de), longest first. */
const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:mil\s+millones|milliards?|miliardi|miliardo|Milliarden?)\b/iu, 1e9],
  [/^(?:millones|mill[oó]n|millions?|milioni|milione|Millionen|Million)\b/iu, 1e6],
];

/**
 * The typed question's numbers scaled by a number word of another language (600 millones yuan,
 * 12 milliards de yuan), written into the text read where its reading left the bare number: 600
 * → 60000万元. The currency named after it (yuan, dólares) goes with it.
 */
function scaledNumbers(typed: string, text: string): string {
  let out = text;
  for (const m of typed.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)\s+(?=\p{L})/gu)) {
    const rest = typed.slice(m.index! + m[0].length);
    const scale = SCALE_WORDS.find(([word]) => word.test(rest));
    if (!scale) continue;
    const amount = Number(m[1]!.replace(",", ".")) * scale[1];
    const after = rest.replace(scale[0], "").replace(/^\s*(?:de|of)?\s*/iu, "");
    const currency = /^(?:d[oó]lar|dollar|usd|us\$)/iu.test(after) ? "美元" : /^(?:yuan|rmb|cny|renminbi)/iu.test(after) ? "元" : "";
    // The bare number the reading kept: not followed by a magnitude, unit or more digits.
    const bare = new RegExp(`(?<![\\d.])${m[1]!.replace(/[.,]/u, "\\.")}(?![\\d.,]|\\s*[万亿千百十元美%％平个家人单天])`, "u");
    if (bare.test(out)) out = out.replace(bare, `${amount / 10_000}万${currency}`);
  }
  return out;
}

export function readAskerFacts(question: string, context: FactContext): Partial<Profile> | null {
  const written = fieldsWritten((context.typed ?? question).normalize("NFKC"));
  // What is written by field name is read as such, and not again as figures in words.
  const read = written.reduce((t, w) => t.replace(w.written, " "), question.normalize("NFKC"));
  const text = context.typed ? scaledNumbers(context.typed.normalize("NFKC"), read) : read;
  // The asker's own sum of the award (按10%是250万, 给10%就是200万, 补贴上限是否50万): what it reckons, not a fact it has.
  const reckoned = (f: Stated) => f.unit === "money" && /(?:^[%％]|成|一半)(?:的话)?\s*(?:就|应该|应|才)?(?:是|为|等于|=)\s*$|(?:补贴|补助|奖励|奖金|上限|封顶)\S{0,2}(?:是否|是不是|是|为)\s*$/u.test(f.context.before);
  // The award itself, quoted to name the clause (每年一万元以下的扶持, 一万块的那个补贴, 给二十万的那个): what the texts give, not a fact of the asker's.
  const award = (f: Stated) => f.unit === "money" && f.measure === null && (/^\s*(?:以下|以内)?\s*的\s*(?:[那这哪][个项条种笔])?\s*(?:扶持|补贴|补助|奖励|资助|奖金|资金(?:扶持|支持))/u.test(f.context.after) || /(?:给|奖|补)\s*$/u.test(f.context.before));
  // 一家公司, 一个园区: 一 with a measure word is an article, not a count.
  const article = (f: Stated) => f.written === "一" && f.unit !== "money" && f.unit !== "months";
  // 每2亿美元, 每单: the base a rate is paid on, quoted from the texts, not a figure of the asker's.
  const perUnit = (f: Stated) => /每\s*$/u.test(f.context.before);
  const figures: Stated[] = [
    ...readFigures(text).map((f) => ({ written: f.written, unit: f.unit as FactUnit, value: f.value, currency: f.currency, measure: f.measure, context: f.context })),
    ...moreFigures(text),
  ].filter((f) => !article(f) && !reckoned(f) && !award(f) && !perUnit(f) && !reportedSaying(f));
  const kinds = kindsNamed(text);
  // Who the asker is tells whose fee a 服务费 is: a business paid for its service (代运营, 服务企业)
  // states its fee as income (年服务费300万), unless it says it paid it (交了…) or names a fee a
  // label says is paid (综合服务费 of 园区综合服务费).
  const earns = [...kinds].some((k) => k !== "cbec_enterprise" && USAGE.get("serviceRevenue")?.has(k));
  for (const f of figures) {
    const phrase = `${f.context.before}${f.context.after}`;
    const fee = phrase.match(/\p{Script=Han}{0,2}服务费/u)?.[0];
    const paidFee = fee !== undefined && fee.length >= 4 && LEAVES.some((l) => l.field.type === "money" && measureOf(l.field.label) === "spend" && l.field.label.includes(fee));
    if (earns && f.unit === "money" && f.measure === null && fee && !paidFee && !/交|缴|付|花|支出|租/u.test(phrase)) f.measure = "revenue";
  }
  const assigned = new Map<string, { leaf: Leaf; value: unknown; each: boolean }>(written.map((w) => [w.leaf.path, { leaf: w.leaf, value: w.value, each: false }]));
  const counts = new Map<string, number>();
  const active = new Set<string>();
  // 今年 and 本年 are the performance year, which the labels call 当年 (当年新开).
  const stated = statedFacts(text.replace(/今年|本年/gu, "当年"), LEAVES, context.city);
  const itemChoices = new Map(stated.flatMap((c) => (c.leaf.list && typeof c.value === "string" ? [[c.leaf.list, { key: c.leaf.path.split(".").at(-1)!, value: c.value }] as const] : [])));
  // Twice: a bare figure (5天，40人) finds its field once another has shown what it is about.
  const placed = new Set<Stated>();
  for (let pass = 0; pass < 2; pass++) {
    for (const figure of figures.filter((f) => !placed.has(f))) {
      // 2个海外分公司, 3家社区跨境O2O体验店, 2名高级人才: a count of the list's items, named right
      // after it (100多人的培训活动 is one event of that size), or before it and then opened or had (体验店今年新开3家).
      const listCount = ["count", "enterprises", "people"].includes(figure.unit) && !figure.context.after.startsWith("的")
        ? LISTS.find((list) => overlap(figure.context.after, list.words) > 3 || (HAD.test(figure.context.before) && overlap(figure.context.before, list.words) > 3))
        : undefined;
      if (listCount) {
        counts.set(listCount.path, figure.value);
        active.add(listCount.path);
        placed.add(figure);
        continue;
      }
      const leaf = fieldsFor(figure, text, context, kinds, active, new Set(assigned.keys()), itemChoices).find((l) => !assigned.has(l.path));
      if (!leaf) continue;
      const value = figure.unit === "money" ? { amount: figure.value, currency: figure.currency ?? "CNY" } : figure.value;
      assigned.set(leaf.path, { leaf, value, each: /每(个|家|一)/u.test(figure.context.before) });
      placed.add(figure);
      if (leaf.container) active.add(leaf.container);
    }
  }
  // Without a figure, a fact stated is the asker's when the question asks how much or affirms it.
  // An item's choices alone count when the question asks how much and names one of them in full (被省商务厅列入公共海外仓建设试点).
  const listsNamed = new Set(assigned.size === 0 && counts.size === 0 && context.asksAmount ? stated.filter((s) => s.verbatim).map((s) => s.leaf.list!) : []);
  if (assigned.size === 0 && counts.size === 0 && listsNamed.size === 0 && !stated.some((s) => !s.leaf.list && (context.asksAmount || s.affirmed))) return null;

  const facts: Record<string, unknown> = {};
  if (context.city) facts.city = context.city;
  if (context.district && context.city === "zhengzhou") facts.district = context.district;
  if (context.year) facts.year = context.year;
  const choices = stated.filter((c) => !c.leaf.list || listsNamed.has(c.leaf.list) || [...assigned.values()].some((a) => a.leaf.list === c.leaf.list) || counts.has(c.leaf.list));
  // A list's items: as many as the question counts (2个海外分公司), each with what is said of one of
  // them ("每个" or a choice) and the first with the rest.
  const items = new Map<string, Record<string, unknown>[]>();
  for (const { leaf, value, each } of [...assigned.values(), ...choices.map((c) => ({ ...c, each: true }))]) {
    if (!leaf.list) {
      setPath(facts, leaf.path, value);
      continue;
    }
    const list = items.get(leaf.list) ?? Array.from({ length: Math.max(1, counts.get(leaf.list) ?? 1) }, () => ({}));
    const key = leaf.path.slice(leaf.list.length + 3);
    list.forEach((item, i) => (each || i === 0) && setPath(item, key, value));
    items.set(leaf.list, list);
  }
  for (const [list, values] of items) setPath(facts, list, values);
  // Kinds named, and those that only the fields read imply (结算规模 is a payment institution's).
  for (const { leaf } of assigned.values()) {
    const users = [...(USAGE.get(leaf.path.split(/[.[]/)[0]!) ?? [])];
    if (users.length === 1 && users[0] !== "cbec_enterprise") kinds.add(users[0]!);
  }
  // 入驻跨境电商企业25家 names the park's tenants, not the asker: another kind named is the asker's.
  const own = [...kinds].filter((k) => k !== "cbec_enterprise");
  if (own.length > 0) facts.kinds = own;
  return facts as Partial<Profile>;
}

/** Verbs that end a phrase counting what it has or opened, the count after them: 新开3家, 建了2个. */
const HAD = /(开|建|设|有|办|引进)了?$/u;

/** List fields, for counts of their items: 2个海外分公司. */
const LISTS = FIELDS.filter((f) => f.type === "list").map((f) => ({ path: f.path, words: `${f.label} ${f.itemLabel ?? ""}` }));
