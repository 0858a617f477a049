// The documents a question names, read from the register of the corpus in use alone (each
// document's 文号 and title), so a new document is named the same way with no change here:
//   by id, as the console shows it: zz-2018-4, cz-2021-3.
//   by 文号: 郑政〔2018〕4号, 郑政(2018)4号, 2018年4号文, 210号若干措施, 郴政办发3号文. A number is a
//     文号 only with its issuer prefix, its year, or 文/文件 or the kind of document its title ends
//     with after it, so 3号线 or 5号楼 name nothing. One character off (郑政〔2023〕210号, 郑政文〔2018〕58号)
//     is a near miss: "did you mean". A 文号 the texts only cite (郑政〔2018〕3号) is no document.
//     A bare number is a 文号 before a clause number (237 二（四）3) or standing alone (4号 有效期).
//   by title or short name: 《关于加快推进跨境电子商务发展的实施意见》, 郑州市加快推进跨境电商发展的若干措施,
//     若干措施, 直播方案, 行动方案, 郴州那个若干措施, 2013年那个创建电子商务示范城市的文件. The kind of
//     document a title ends with (若干措施, 实施方案 …) names the documents of that kind; words of
//     their titles just before it (直播, 行动), the city and the year tell them apart.
//   by abbreviation: 专项行动 for 《郑州市跨境电子商务专项提升行动实施方案》, characters of the title
//     kept in order, among them characters few titles have. Before a clause number it is a name; alone,
//     only when it shortens the title and the texts never use it (直播电商 and 电商产业 are topics).
//   by year: 郑州2023年这批政策, the documents issued that year (in that city).
import { DOC_ID_STEM_SOURCE, DOC_NUMBER_PATTERN } from "../../corpus/declaration.ts";
import type { City, Corpus, DocId, DocumentInfo, ParsedDocument } from "../../corpus/index.ts";
import { KEYED } from "../../corpus/parse.ts";
import { editDistance } from "../../policies/cities.ts";

export interface NamedDocuments {
  /** Where in the question the name stands, and the documents it can mean (several share 210号). */
  at: number;
  end: number;
  docIds: DocId[];
  /** How it was named: a 文号 as printed, a title or a short name. */
  by: "number" | "title";
  /** The expired documents the name fits, when it is said of their newer version (新的郑政4号) and `docIds` are those. */
  olderNamed?: DocId[];
}

export interface NearMiss {
  /** The 文号 as the question wrote it. */
  written: string;
  at: number;
  end: number;
  /** The documents one character away. */
  docIds: DocId[];
  /** Only the issuer prefix differs (郑政〔2013〕237号): year and number agree, so the document is clear. */
  prefixOnly: boolean;
  /**
   * The number's digits in another order (75号 for 57号), or the year's (〔2012〕 for 〔2021〕), the rest agreeing: a slip of typing.
   * A number one off (211号, 58号) may be the issuer's neighbouring document, outside the corpus.
   */
  swapped: boolean;
}

export interface DocumentNames {
  named: NamedDocuments[];
  /**
   * Documents spoken of by their city and the titles' common words alone (郴州跨境电商政策, 郑州的那些文件):
   * not named, so they narrow no search, but a question about documents (哪年出的) means them.
   */
  ofCity: DocId[];
  nearMisses: NearMiss[];
  /** 文号-shaped references to no document of the corpus and near none (郴办发〔2019〕5号), and titles of texts it neither holds nor cites (《电子商务法》). */
  unknown: { written: string; at: number; end: number }[];
}

interface Entry {
  info: DocumentInfo;
  prefix: string;
  year: string;
  n: string;
  /** The title without its issuer, 关于 and （试行）: 加快推进跨境电子商务发展的实施意见. */
  short: string;
  /** What the title ends with: 若干措施, 实施方案 … */
  kind: string;
}

export const bigrams = (text: string) => new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));

/** The register read for matching names; built once per corpus (a reload brings its own). */
interface Register {
  entries: Entry[];
  kinds: string[];
  /** 措施, 方案, 意见: the kind in two characters, as people shorten it. */
  shortKinds: string[];
  titleBigrams: Map<DocId, Set<string>>;
  /** Character pairs of the titles that tell one title from most others (not 跨境, 电子 …). */
  distinctive: Map<DocId, Set<string>>;
  /** Characters of the titles that few titles have (专, 项, 播, 郴 …, not 跨, 郑, 发 …). */
  rareChars: Set<string>;
  /** [bracketed year or year 年] number 号 [文件|文|kind]: 〔2018〕4号, 2018年4号文, 210号若干措施. */
  numberRef: RegExp;
  /** A 文号 typed short: 郑政2018-4, 郑政2018四号 (prefix, year, number). */
  shortNumber: RegExp;
  /** A number right before a kind of document, its 号 left out: 210措施. */
  numberBeforeKind: RegExp;
  /** A 文号's number said in characters before 号文 or a kind: 四号文, 五十七号若干措施. */
  saidNumber: RegExp;
}

const registers = new WeakMap<Corpus, Register>();

function registerOf(corpus: Corpus): Register {
  const known = registers.get(corpus);
  if (known) return known;
  const entries: Entry[] = corpus.documents.map(({ info }) => {
    const [, prefix, year, n] = DOC_NUMBER_PATTERN.exec(info.docNumber)!;
    const short = info.title.replace(info.issuer, "").replace(/^关于/u, "").replace(/（试行）$/u, "");
    return { info, prefix: prefix!, year: year!, n: n!, short, kind: short.slice(-4) };
  });
  const kinds = [...new Set(entries.map((e) => e.kind))];
  const shortKinds = [...new Set(kinds.map((k) => k.slice(2)))];
  const titleBigrams = new Map(entries.map((e) => [e.info.docId, bigrams(e.short)]));
  const titlesWith = (pair: string) => entries.filter((e) => titleBigrams.get(e.info.docId)!.has(pair)).length;
  const distinctive = new Map(
    entries.map((e) => [e.info.docId, new Set([...titleBigrams.get(e.info.docId)!].filter((p) => titlesWith(p) <= Math.max(1, entries.length / 3)))]),
  );
  const titlesWithChar = (ch: string) => entries.filter((e) => e.short.includes(ch)).length;
  const rareChars = new Set([...new Set(entries.flatMap((e) => [...e.short]))].filter((ch) => titlesWithChar(ch) <= Math.max(1, entries.length / 3)));
  // A year typed straight before the number (郑州2018四号文, read as 20184号文) is a year still: no 文号 runs to five digits.
  // A pointer between number and kind (210号这套若干措施) leaves them one name.
  const numberRef = new RegExp(
    `(?:[〔[【(（]\\s*(\\d{4})\\s*[〕\\]】)）]|(?<!\\d)(\\d{4})(?:\\s*年|(?=\\d{1,3}\\s*[号好])))?\\s*(?:(?<=(?<!\\d)(?:19|20)\\d\\d)|(?<![\\d.]))(\\d{1,4})\\s*([号好])(?:[这那](?:套|份|个|部)?(?=文件|文|${[...kinds, ...shortKinds].join("|")}))?(文件|文|${[...kinds, ...shortKinds].join("|")})?`,
    "gu",
  );
  const prefixes = [...new Set(entries.map((e) => e.prefix))].sort((a, b) => b.length - a.length).join("|");
  const anyKind = [...kinds, ...shortKinds].join("|");
  const shortNumber = new RegExp(`(${prefixes})\\s*(\\d{4})(?:\\s*[-－—]\\s*(\\d{1,3})(?![\\d-])|\\s+(\\d{1,3})\\s*号|\\s*([一二三四五六七八九十百零〇两]{1,5})号)`, "gu");
  const numberBeforeKind = new RegExp(`(?<![\\d.〔])(\\d{1,3})(?=[^\\S\\n]*(?:${anyKind}))`, "gu");
  const saidNumber = new RegExp(`[〇零一二两三四五六七八九十百]+(?=号(?:文|${anyKind}))|(?<=\\d{4}\\s*[年〕\\]】)）]?\\s*(?:的|那个|这个|那份|这份|那)?\\s*)[〇零一二两三四五六七八九十百]+(?=号)|(?<![月\\d〇零一二两三四五六七八九十])[〇零一二三四五六七八九]{3}(?=号)`, "gu");
  const register = { entries, kinds, shortKinds, titleBigrams, distinctive, rareChars, numberRef, shortNumber, numberBeforeKind, saidNumber };
  registers.set(corpus, register);
  return register;
}

const squeeze = (s: string) => s.replace(/\s+/g, "").replace(/[([【]/g, "〔").replace(/[)\]】]/g, "〕").replace(/（/g, "〔").replace(/）/g, "〕");

/** The issuer prefix written before a 文号: the suffix of the Han run before it closest to a known prefix. */
function prefixBefore(text: string): { written: string; distance: (prefix: string) => number } | null {
  const run = /\p{Script=Han}{1,8}$/u.exec(text)?.[0];
  if (!run) return null;
  return {
    written: run,
    distance: (prefix) => Math.min(...Array.from({ length: run.length }, (_, i) => editDistance(run.slice(i), prefix))),
  };
}

/** A clause number right after a name, or after a pause (专项提升行动), 第3条): 第八条, 8条, （八）, 二（三）, 二、（三）, 第三部分. */
const CLAUSE_NUMBER_AFTER = /^[\s)）,，:：—-]*(?:的\s*)?(?:第|\d{1,2}\s*条|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、?[（(]|\d{1,2}\s*[（(][一二三四五六七八九十\d]{1,2}[）)]|[1-9][.-]\d{1,2}(?![\d万亿千元%]))/u;
/** Its year and month of issue said after a document's generic name, in the same phrase: …政策是…2023年12月发的. */
const ISSUED_AFTER = /^[^，。；！？,;!?]{0,16}?(20\d{2})年(?:(\d{1,2})月)?[^，。；！？,;!?\d]{0,3}?(?:印发|发布|出台|签发|发)的/u;
/**
 * After a number that stands alone as a 文号: a pause, the end, 的, or a word asking about the
 * document itself (4号 有效期, 4号的有效期, 问4号, 237号印发日期, 57号哪天印发).
 */
const STANDS_ALONE = /^(?:\s|[，。；：！？、,.;:!?）)/／]|的|$|印发|发布|发文|成文|签发|出台|有效|失效|执行|实施|试行|施行|解释|落款|(哪|几)(天|年|一天)(印发|发布|发|出台)|(什么|啥)时候(印发|发布|发|出台|到期)|谁(发|印发|主办|负责))/u;
/** A bare number right before a clause number: 237 二（四）3, 57 第八条. */
// Set apart from it: 3(1) run together is a section and its item, not document 3's (1).
const BARE_NUMBER = /(?<![\d.〔\[【(（年月日第号])(\d{1,4})(?![\d.%])(?=[\s,，]*第|[\s,，]+(?:[一二三四五六七八九十]+、?[（(]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九]\d)|[一二三四五六七八九十]+、?[（(])/gu;
/** A bare number of two digits or more set apart before what is asked of a document: 210 谁发的?, 237 哪天印发. */
const BARE_NUMBER_ACTED_ON = /(?<![\d.〔\[【(（年月日第号])(\d{2,4})(?![\d.%])(?=\s+(?:谁|哪天|哪一天|什么时候|啥时候|何时|几号|印发|发布|有效|失效|到期|还有效))/gu;
/** Where a clause number starts: 第十五条, 第三部分, （八）, 二（三）. */
const CLAUSE_NUMBER = /第[一二三四五六七八九十\d]+[条项部]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[（(]|条款\d|#\d/gu;

/** The kind of document said new or current, right before it: 新措施, 新出的方案, 最新的, 现行的, 现在的. */
const NEW_OF_KIND = /(?:新|新出的?|新的|最新的?|现行的?|现在的?|目前的?)$/u;
/** The kind of document pointed at, right before it: 那个措施, 这份方案, 这套. */
const POINTER_TO_KIND = /[这那](?:个|份|套|部)$/u;

/** The documents a kind word can mean, narrowed by the title words just before it, the city and the year. */
function byKind(r: Register, kind: string, before: string, city: City | null, year: string | null): DocId[] {
  let docs = r.entries.filter((e) => e.kind.endsWith(kind));
  if (city) docs = docs.filter((e) => e.info.city === city).length ? docs.filter((e) => e.info.city === city) : docs;
  if (year) docs = docs.filter((e) => e.info.issuedOn.startsWith(year)).length ? docs.filter((e) => e.info.issuedOn.startsWith(year)) : docs;
  // Title words right before the kind (直播方案, 提升行动实施方案), counted by distinctive pairs.
  const near = bigrams(before.slice(-8));
  const echo = (e: Entry) => [...r.distinctive.get(e.info.docId)!].filter((p) => near.has(p)).length;
  const best = Math.max(0, ...docs.map(echo));
  return docs.filter((e) => echo(e) === best).map((e) => e.info.docId);
}

/** The kinds of document the titles end with (若干措施, 实施方案 …) and the 文号 issuer prefixes (郑政, 郴政办发). */
export function documentNameParts(corpus: Corpus): { kinds: string[]; prefixes: string[] } {
  const r = registerOf(corpus);
  return { kinds: r.kinds, prefixes: [...new Set(r.entries.map((e) => e.prefix))] };
}

export interface NameContext {
  /** The corpus whose documents can be named. */
  corpus: Corpus;
  /** The one covered city the question names, if any. */
  city: City | null;
  /**
   * Whether the texts hold these words: a 文号 they cite (郑政〔2018〕3号 in 57号's preamble) is a
   * document outside the corpus, not a slip; words they use (直播电商) are a topic, not a name.
   */
  inTexts: (words: string) => boolean;
}

/** Every document name in the question. */
export function findDocumentNames(question: string, context: NameContext): DocumentNames {
  const r = registerOf(context.corpus);
  const q = withDigitNumbers(question.normalize("NFKC").replace(/\(/g, "（").replace(/\)/g, "）"), r);
  const named: NamedDocuments[] = [];
  const nearMisses: NearMiss[] = [];
  const unknown: DocumentNames["unknown"] = [];
  const taken: [number, number][] = [];
  const free = (at: number, end: number) => taken.every(([a, b]) => end <= a || at >= b);

  // The documents' own ids, as the console and the API show them (zz-2018-4, cz-2021-3); zz-2023-210 names the three sharing it.
  for (const m of q.matchAll(DOC_ID_WRITTEN)) {
    const id = m[0].toLowerCase();
    const docIds = r.entries.map((e) => e.info.docId).filter((d) => d === id || (!m[2] && d.startsWith(`${id}-`)));
    if (docIds.length === 0) continue;
    named.push({ at: m.index, end: m.index + m[0].length, docIds, by: "number" });
    taken.push([m.index, m.index + m[0].length]);
  }

  // 文号 and short 文号.
  for (const m of q.matchAll(r.numberRef)) {
    const [text, bracketYear, plainYear, n, hao, after] = m;
    // 好 typed for 号 (same sound) only inside a full 文号: 郑政文〔2018〕57好.
    if (hao === "好" && !bracketYear) continue;
    const year = bracketYear ?? plainYear;
    const prefix = prefixBefore(q.slice(0, m.index));
    const kind = after && after !== "文" && after !== "文件" ? after : undefined;
    const fits = r.entries.filter((e) => e.n === n && (!year || e.year === year) && (!kind || e.kind.endsWith(kind)));
    const end = m.index + text.length;
    if (!free(m.index, end)) continue;
    if (bracketYear && prefix) {
      // A full 文号: its prefix must be one of the documents'; one character off anywhere is a near miss.
      const exact = fits.filter((e) => prefix.written.endsWith(e.prefix));
      const at = m.index - (exact[0]?.prefix.length ?? prefix.written.length);
      taken.push([at, end]);
      if (exact.length) {
        named.push({ at, end, docIds: exact.map((e) => e.info.docId), by: "number" });
        continue;
      }
      const distance = (e: Entry) => prefix.distance(e.prefix) + editDistance(year!, e.year) + editDistance(n!, e.n);
      const near = r.entries.filter((e) => distance(e) === 1);
      // As the texts cite it, when they do: 引用了国办发〔2015〕46号 cites 国办发〔2015〕46号, not 了国办发….
      const tail = prefix.written.slice(-Math.max(...r.entries.map((e) => e.prefix.length)));
      const forms = Array.from({ length: tail.length }, (_, i) => squeeze(`${tail.slice(i)}${q.slice(m.index, end)}`));
      const written = forms.find((form) => context.inTexts(form)) ?? forms[0]!;
      if (near.length && !context.inTexts(written)) {
        const digits = (x: string) => [...x].sort().join("");
        nearMisses.push({
          written,
          at,
          end,
          docIds: near.map((e) => e.info.docId),
          prefixOnly: near.every((e) => e.year === year && e.n === n),
          swapped: near.every((e) => (e.year === year && e.n !== n && digits(e.n) === digits(n!)) || (e.n === n && e.year !== year && digits(e.year) === digits(year!))),
        });
      } else {
        unknown.push({ written, at, end });
      }
      continue;
    }
    const exactPrefix = prefix ? r.entries.find((e) => prefix.written.endsWith(e.prefix)) : undefined;
    const clauseFollows = CLAUSE_NUMBER_AFTER.test(q.slice(end));
    // 4号 有效期: a number alone before a pause or 的 names a document, unless it is a day (12月4号).
    const alone = STANDS_ALONE.test(q.slice(end)) && !/[月日第]\s*$/u.test(q.slice(0, m.index));
    // 4号跨境电商文件: a few words about it, then 文件.
    const spokenOf = /^[^，。；！？,;!?\d]{0,6}?(?:文件|政策文件)/u.test(q.slice(end));
    // 237号是哪天印发的, 57号还有效吗, 237号到2025年6月1日还算有效吗: what is said of it is what is said of a document.
    const actedOn = /^[^，。；！？,;!?\d]{0,8}?(?:印发|发布|发文|出台|签发|生效|失效|有效|到期|废止|主办)/u.test(q.slice(end).replace(/\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*[日号])?)?|\d{4}-\d{1,2}-\d{1,2}/gu, ""));
    // 237号和57号哪个先发的: a 号 past any day of a month is no day; it names the document numbered so.
    const noDay = Number(n) > 31;
    if (!exactPrefix && !year && !after && !clauseFollows && !alone && !spokenOf && !actedOn && !noDay) continue;
    const meant = fits.filter((e) => !exactPrefix || e.prefix === exactPrefix.prefix);
    if (meant.length === 0) continue;
    const at = m.index - (exactPrefix ? exactPrefix.prefix.length : 0);
    named.push({ at, end, docIds: meant.map((e) => e.info.docId), by: "number" });
    taken.push([at, end]);
  }

  for (const m of [...q.matchAll(BARE_NUMBER), ...q.matchAll(BARE_NUMBER_ACTED_ON)]) {
    const end = m.index + m[0].length;
    const fits = r.entries.filter((e) => e.n === m[1]);
    if (fits.length === 0 || !free(m.index, end)) continue;
    named.push({ at: m.index, end, docIds: fits.map((e) => e.info.docId), by: "number" });
    taken.push([m.index, end]);
  }

  // Titles, whole or shortened at the front (跨境电子商务专项提升行动实施方案): the longest stretch
  // shared with a title, when it ends with the kind of document and is most of the title.
  for (const e of r.entries) {
    const shared = longestShared(q, e.short);
    const isName = shared && e.short.endsWith(shared.text) && shared.text.length >= Math.max(8, 0.6 * e.short.length);
    if (isName && free(shared.at, shared.at + shared.text.length)) {
      const end = shared.at + shared.text.length;
      const same = named.find((x) => x.by === "title" && x.at === shared.at && x.end === end);
      if (same) same.docIds.push(e.info.docId);
      else named.push({ at: shared.at, end, docIds: [e.info.docId], by: "title" });
    }
  }
  for (const n of named) if (n.by === "title") taken.push([n.at, n.end]);

  // Kind words: 若干措施 names documents; 措施/方案/意见 only with title words before it or a number after.
  const kindWords = new RegExp(`${r.kinds.join("|")}|${r.shortKinds.join("|")}`, "gu");
  for (const m of q.matchAll(kindWords)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!free(at, end)) continue;
    // Spaces are no pause here: English read into the texts' words comes spaced (2013年 郑州 意见).
    const before = q.slice(Math.max(0, at - 12), at).replace(/\s+/gu, "").split(/[，。；！？、,;!?]/u).at(-1)!;
    // 哪个方案, 什么措施: the kind asked, not a document named.
    if (/(哪|什么|啥)(个|份|一个|一份)?$/u.test(before)) continue;
    // The year with 年 or without (郑州2023措施), four digits standing alone.
    const year = /(?<!\d)((?:19|20)\d{2})(?:年(?:\d{1,2}月)?(?:的|那个|那份|出台的|发的|印发的)?)?[^\d]{0,6}$/u.exec(before)?.[1] ?? null;
    const ofKind = byKind(r, m[0], before, context.city, year);
    // In a city named, the kind said new (新措施, 新出的方案, 现行的措施) is that city's newest of the kind; said with a pointer
    // (那个措施, 这套方案), the city's only one.
    const infoOf = (id: DocId) => r.entries.find((e) => e.info.docId === id)!.info;
    const inCity = context.city !== null && ofKind.every((id) => infoOf(id).city === context.city);
    const saidNew = inCity && NEW_OF_KIND.test(before);
    const newest = ofKind.map((id) => infoOf(id).issuedOn).sort().at(-1);
    const docs = saidNew ? ofKind.filter((id) => infoOf(id).issuedOn === newest) : ofKind;
    const pointed = saidNew || (inCity && POINTER_TO_KIND.test(before) && ofKind.length === 1);
    const full = r.kinds.includes(m[0]);
    // 措施/方案/意见 alone are named by title words before them, a clause number after, or their year (2013年郑州的意见).
    // …or a 文号 right before them (210号 措施), which they narrow.
    const modified = bigramsEcho(r, before, docs) || CLAUSE_NUMBER_AFTER.test(q.slice(end)) || /\d号$/u.test(before) || (year !== null && docs.length > 0 && docs.every((id) => r.entries.some((e) => e.info.docId === id && e.info.issuedOn.startsWith(year))));
    if (!full && !modified && !pointed) continue;
    named.push({ at: at - echoLength(r, before, docs), end, docIds: docs, by: "title" });
    taken.push([at, end]);
  }

  // A title paraphrased before 文件/文/政策: 2013年那个创建电子商务示范城市的文件.
  // 原文, 全文, 正文 and 条文 speak of a text's words, not of a document.
  for (const m of q.matchAll(/文件|(?<![原全正条])文(?!号)|政策/gu)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // Back to a clause number at most: 《…方案》第二十条原文 names the title before the number, not a paraphrase around it.
    const window = q.slice(Math.max(0, m.index - 16), m.index);
    const before = window.slice(Math.max(0, ...[...window.matchAll(CLAUSE_NUMBER)].map((c) => c.index + c[0].length)));
    const near = bigrams(before);
    const echoes = r.entries.map((e) => ({ e, echo: [...r.distinctive.get(e.info.docId)!].filter((p) => near.has(p)).length }));
    const best = Math.max(...echoes.map((x) => x.echo));
    if (best >= 4) {
      named.push({ at: m.index - before.length, end: m.index + m[0].length, docIds: echoes.filter((x) => x.echo === best).map((x) => x.e.info.docId), by: "title" });
      continue;
    }
    // 郑州2023年这批政策: the documents issued that year (or month: 2023年12月发的那套), in the city named; the month may be said
    // after it (郑州这套跨境电商政策是郑州市人民政府2023年12月发的).
    const year = /(20\d{2})年?(?:(\d{1,2})月)?[^\d，。；！？,;!?]{0,8}$/u.exec(before);
    const issued = year ?? ISSUED_AFTER.exec(q.slice(m.index + m[0].length));
    const issuedIn = issued ? `${issued[1]}${issued[2] ? `-${issued[2].padStart(2, "0")}` : ""}` : null;
    const ofYear = issuedIn ? r.entries.filter((e) => e.info.issuedOn.startsWith(issuedIn) && (!context.city || e.info.city === context.city)) : [];
    const end = issued && !year ? m.index + m[0].length + issued[0].length : m.index + m[0].length;
    if (ofYear.length > 0) named.push({ at: year ? m.index - before.length + year.index : m.index, end, docIds: ofYear.map((e) => e.info.docId), by: "title" });
  }
  // Abbreviations of a title: 专项行动第十三条, 专项提升行动第十五条, 专项行动现在还有效吗.
  for (const a of abbreviations(r, q)) {
    if (!free(a.at, a.end)) continue;
    // …its 文号, number, year or city between (专项提升行动210, 第17条; 专项提升行动 郑政文〔2023〕210号 第22条;
    // Action plan 2023 Zhengzhou, item 2) still puts it before a clause number.
    const between = new RegExp(`^(?:[\\s,，、]|的|(?:\\p{Script=Han}{1,4}〔\\d{4}〕)?\\d{1,4}[号年]?文?|${context.corpus.cities.map((c) => `${c.name.replace(/市$/u, "")}市?`).join("|")})*`, "u");
    const beforeNumber = CLAUSE_NUMBER_AFTER.test(q.slice(a.end).replace(between, ""));
    // …or right beside a 文号 it narrows (专项提升行动 of 郑政文〔2023〕210号), merged with it below.
    const besideNumber = named.some((n) => n.by === "number" && a.docIds.some((d) => n.docIds.includes(d)) && JOINED.test(n.end <= a.at ? q.slice(n.end, a.at) : q.slice(a.end, n.at)));
    if (!beforeNumber && !besideNumber && !(a.docIds.length === 1 && standsForTitle(a.text, r.entries.find((e) => e.info.docId === a.docIds[0])!, context))) continue;
    named.push({ at: a.at, end: a.end, docIds: a.docIds, by: "title" });
    taken.push([a.at, a.end]);
  }
  // A text quoted by its title that is none of these documents and that they never cite (《电子商务法》, 《海关法》): outside the corpus.
  for (const m of q.matchAll(QUOTED_TITLE)) {
    const end = m.index + m[0].length;
    const title = m[1]!.replace(/\s+/gu, "");
    const own = bigrams(title);
    const ours = r.entries.some((e) => title.endsWith(e.short.slice(-2)) && [...own].filter((p) => r.titleBigrams.get(e.info.docId)!.has(p)).length >= 0.6 * own.size);
    if (free(m.index, end) && !ours && !context.inTexts(title)) unknown.push({ written: `《${title}》`, at: m.index, end });
  }
  // Unquoted, a title is told by a kind only rules take (网络直播营销管理办法, 海关稽查条例): outside the corpus when
  // the texts never write it, it names no city of theirs and no title of theirs shares half its words
  // (郑州跨境电商管理办法 may be one of theirs misnamed: the search reads it).
  for (const m of q.matchAll(RULE_TITLE)) {
    const end = m.index + m[0].length;
    const title = m[0].replace(BEFORE_TITLE, "");
    const at = end - title.length;
    const own = bigrams(title);
    const likeOurs = r.entries.some((e) => [...own].filter((p) => r.titleBigrams.get(e.info.docId)!.has(p)).length >= 0.5 * own.size);
    const ofCity = context.corpus.cities.some((c) => title.includes(c.name.replace(/市$/u, "")));
    if (title.length > 3 && free(at, end) && !likeOurs && !ofCity && !context.inTexts(title)) unknown.push({ written: `《${title}》`, at, end });
  }
  return { named: mergeAdjacent(named, q), ofCity: documentsOfCitySpoken(r, q, context.corpus), nearMisses, unknown };
}

/** A number said in characters, digit by digit (二三七) or with tens and hundreds (五十七 → 57, 二百一十 → 210, 十二 → 12). */
function numeralValue(said: string): number {
  if (!/[十百]/u.test(said)) return Number([...said].map((ch) => DIGIT[ch] ?? 0).join(""));
  let total = 0;
  let digit = 0;
  for (const ch of said) {
    if (ch === "百") [total, digit] = [total + (digit || 1) * 100, 0];
    else if (ch === "十") [total, digit] = [total + (digit || 1) * 10, 0];
    else digit = DIGIT[ch] ?? 0;
  }
  return total + digit;
}

/** A document's id in a question, its stem and its part apart: zz-2023-210 | -measures. */
const DOC_ID_WRITTEN = new RegExp(`(?<![a-z0-9-])(${DOC_ID_STEM_SOURCE})((?:-[a-z]+)*)(?![a-z0-9-])`, "giu");

/** Digits said in characters. */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year said digit by digit (二零一八, 二〇二五年): written in digits, as every reading of 文号 and dates expects. */
export const withYearsInDigits = (q: string) => q.replace(/(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?![十百千万亿])/gu, (said) => [...said].map((ch) => DIGIT[ch]).join(""));

/**
 * A 文号 number said in characters (四号文, 二三七号文, 五十七号若干措施) written in digits, padded to
 * the same length so that places in the question stay where they are.
 */
function withDigitNumbers(q: string, r: Register): string {
  return q.replace(r.saidNumber, (han) => String(numeralValue(han)).padEnd(han.length, " "));
}

/** Letters OCR reads for digits: S for 5, O for 0, l or I for 1, Z for 2, B for 8. */
const LOOKALIKE: Record<string, string> = { S: "5", s: "5", O: "0", o: "0", l: "1", I: "1", Z: "2", B: "8" };
/** A 文号's number with a lookalike letter beside a digit, before 号 (郑政文〔2018〕S7号, 21O号), written in digits. */
export const withDigitLookalikesRead = (q: string) =>
  q.replace(/(?<=[〕\]】)）]\s*|\d)[\dSsOolIZB]{1,3}(?=\s*号)|[SsOolIZB](?=\d{1,3}\s*号)/gu, (m) => (/\d/u.test(m) || m.length === 1 ? [...m].map((ch) => LOOKALIKE[ch] ?? ch).join("") : m));

/**
 * 文号 written short, as typed in a hurry: 郑政2018-4 or 郑政2018 4号 (prefix, year, number) as 郑政〔2018〕4号, and 210措施 (a
 * number right before a kind of document) as 210号措施.
 */
export function withShortDocumentNumbersWritten(q: string, corpus: Corpus): string {
  const r = registerOf(corpus);
  return q
    // …and 郑政2018四号, its number said in characters.
    .replace(r.shortNumber, (_, prefix: string, year: string, digits?: string, spaced?: string, said?: string) => `${prefix}〔${year}〕${digits ?? spaced ?? numeralValue(said!)}号`)
    .replace(r.numberBeforeKind, (m, n: string) => (r.entries.some((e) => e.n === n) ? `${n}号` : m));
}

/** Words that point at documents without naming one: 这个, 那批, 的. */
const POINTING = "的这那个份批些";
/** What the documents give, which describes them all: 郴州跨境电商补贴规定, 郑州的扶持政策. */
export const GIVEN = /补贴|扶持|奖励|奖补|支持/gu;

/** 文 standing for a document: only after a word pointing at it (这个文, 郴州的文; 郴州文化 names no document). */
export const POINTED_WEN = "(?<=[这那][个份]|的)文(?!化|旅|创|体|明|字|章)";
/** A few words after a city, then what names its documents: 郴州跨境电商政策, 郴州这个文, 郴州那份 (份 counts documents). */
const CITY_DOCUMENTS = new RegExp(`^(\\p{Script=Han}{0,10}?)(政策|文件|措施|规定|${POINTED_WEN}|[这那]份(?=[^文材资报表]|$))`, "u");

/** The documents of the city a question speaks of as 郴州(的)跨境电商政策: the city, then only words every title could hold, then 政策/文件/措施. */
function documentsOfCitySpoken(r: Register, q: string, corpus: Corpus): DocId[] {
  const titleChars = new Set(r.entries.flatMap((e) => [...e.short]).filter((ch) => !r.rareChars.has(ch)));
  for (const city of corpus.cities) {
    const name = city.name.replace(/市$/u, "");
    for (let at = q.indexOf(name); at >= 0; at = q.indexOf(name, at + 1)) {
      // Spaces between (郴州 政策: English read into the texts' words) are no words.
      const after = q.slice(at + name.length).replace(/^\s*市/u, "").replace(/^\s+/u, "");
      // What the documents give (补贴, 扶持) describes them all: 郴州 跨境 补贴 规定.
      const words = CITY_DOCUMENTS.exec(after.replace(/\s+/gu, ""));
      if (words && [...words[1]!.replace(GIVEN, "")].every((ch) => titleChars.has(ch) || POINTING.includes(ch))) {
        return r.entries.filter((e) => e.info.city === city.code).map((e) => e.info.docId);
      }
    }
    // …or a key of their pages' headers beside it (郴州 … 发文日期 pis 登记日期): only documents have those.
    const keyed = corpus.documents.filter((d) => d.info.city === city.code && headerKeysOf(d).some((k) => k.length >= 3 && q.includes(k)));
    if (q.includes(name) && keyed.length > 0) return keyed.map((d) => d.info.docId);
  }
  return [];
}

/** The keys of a document's header lines as its page prints them: 统一登记号, 发文日期, 主办; read once per document. */
export function headerKeysOf(doc: ParsedDocument): readonly string[] {
  let keys = headerKeys.get(doc);
  if (!keys) headerKeys.set(doc, (keys = (doc.header?.text.split("\n") ?? []).flatMap((line) => KEYED.exec(line)?.[1] ?? [])));
  return keys;
}
const headerKeys = new WeakMap<ParsedDocument, string[]>();

/** A title in book-title marks that names a kind of legal text: a law, regulations, measures, a notice. */
const QUOTED_TITLE = /《([^《》]{2,40}?(?:法|条例|规定|办法|细则|规则|通知|意见|决定|公约|协定|指引|方案|措施))》/gu;

/** A title without marks, by a kind of legal text only national or other rules take: 管理办法, 暂行规定, 条例. */
const RULE_TITLE = /\p{Script=Han}{2,24}?(?:管理办法|管理规定|暂行办法|暂行规定|实施条例|条例)/gu;
/** Words before such a title joining it to the rest of the question (按, 根据, 问下, 的): it begins after the last. */
const BEFORE_TITLE = /^.*(?:按照|根据|依据|关于|对于|问下|问一下|想问|请问|按|据|的|和|与|及|或)/u;

/** Words joining two names of one document (专项提升行动 of 郑政文〔2023〕210号, action plan in 210号): one name. */
const JOINED = /^\s*(?:(?:of|in|from|under|the|'s|的|里|中|之)\s*)*$/iu;

/** 210号 直播方案, 郑政文〔2023〕210号 措施: names side by side, or joined by JOINED's words, mean the documents both fit. */
function mergeAdjacent(named: NamedDocuments[], question: string): NamedDocuments[] {
  const sorted = [...named].sort((a, b) => a.at - b.at);
  const out: NamedDocuments[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    const both = last ? last.docIds.filter((d) => n.docIds.includes(d)) : [];
    if (last && (n.at - last.end <= 2 || JOINED.test(question.slice(last.end, n.at))) && both.length > 0) {
      out[out.length - 1] = { at: last.at, end: Math.max(last.end, n.end), docIds: both, by: last.by };
    } else {
      out.push(n);
    }
  }
  return out;
}

function bigramsEcho(r: Register, before: string, docs: DocId[]): boolean {
  const near = bigrams(before.slice(-8));
  return docs.some((d) => [...r.distinctive.get(d)!].some((p) => near.has(p)));
}

/** How far back from a kind word the title words that qualify it reach. */
function echoLength(r: Register, before: string, docs: DocId[]): number {
  let length = 0;
  for (let i = before.length - 2; i >= 0; i--) {
    const pair = before.slice(i, i + 2);
    if (docs.some((d) => r.titleBigrams.get(d)!.has(pair))) length = before.length - i;
    else if (length) break;
  }
  return length;
}

/** Fewest characters few titles have that an abbreviation must keep (专项行动 keeps 专, 项, 提 …: 专, 项). */
const MIN_RARE_KEPT = 2;
/** Fewest characters an abbreviation keeps. */
const MIN_ABBREVIATION = 4;

const HAN = /\p{Script=Han}/u;

/**
 * Stretches of the question whose characters stand in a title in the same order (专项行动 in
 * 郑州市跨境电子商务专项提升行动实施方案), keeping characters few titles have, each with the titles
 * that keep the most such characters there.
 */
function abbreviations(r: Register, q: string): { at: number; end: number; text: string; docIds: DocId[] }[] {
  const found: { at: number; end: number; text: string; docId: DocId; rare: number }[] = [];
  for (const e of r.entries) {
    let lastEnd = -1;
    for (let at = 0; at < q.length; at++) {
      let end = at;
      for (let p = 0; end < q.length; end++) {
        // Keywords typed apart (提升 行动) are one abbreviation.
        if (end > at && /\s/u.test(q[end]!) && HAN.test(q[end - 1]!) && HAN.test(q[end + 1] ?? "")) continue;
        const next = e.short.indexOf(q[end]!, p);
        if (next < 0) break;
        p = next + 1;
      }
      end = at + q.slice(at, end).trimEnd().length;
      // Only the longest stretch ending at each point: 专项行动, not 项行动 as well.
      if (end <= lastEnd) continue;
      lastEnd = end;
      const text = q.slice(at, end);
      const rare = [...text].filter((ch) => r.rareChars.has(ch)).length;
      if (text.replace(/\s+/gu, "").length >= MIN_ABBREVIATION && rare >= MIN_RARE_KEPT) found.push({ at, end, text, docId: e.info.docId, rare });
    }
  }
  const out: { at: number; end: number; text: string; docIds: DocId[] }[] = [];
  for (const f of found.sort((a, b) => b.rare - a.rare || b.text.length - a.text.length)) {
    const same = out.find((o) => o.at === f.at && o.end === f.end);
    const overlapping = found.filter((o) => o.at < f.end && o.end > f.at);
    if (f.rare < Math.max(...overlapping.map((o) => o.rare))) continue;
    if (same) same.docIds.push(f.docId);
    else if (!out.some((o) => o.at < f.end && o.end > f.at)) out.push({ at: f.at, end: f.end, text: f.text, docIds: [f.docId] });
  }
  return out;
}

/**
 * Whether an abbreviation said alone is the title's name rather than a topic: it shortens the title
 * (专项行动, not 直播电商 as the title prints it) or ends with its kind (专项提升行动), the texts use none of its words (州电商产业 holds 电商产业,
 * a topic), and the city named is the document's.
 */
function standsForTitle(text: string, e: Entry, context: NameContext): boolean {
  // A stretch of the title as printed names it when it ends with a kind of plan (专项提升行动), not a topic (直播电商).
  if ((e.short.includes(text) && !/(行动|方案|措施|意见|规划)$/u.test(text)) || (context.city && context.city !== e.info.city)) return false;
  return Array.from({ length: text.length - MIN_ABBREVIATION + 1 }, (_, i) => text.slice(i, i + MIN_ABBREVIATION)).every((w) => !context.inTexts(w));
}

/** The longest stretch of `text` that also occurs in `title`, if it is at least 4 characters. */
function longestShared(text: string, title: string): { text: string; at: number } | null {
  let best: { text: string; at: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    let j = i + 4;
    while (j <= text.length && title.includes(text.slice(i, j))) j++;
    if (j - 1 - i >= 4 && (!best || j - 1 - i > best.text.length)) best = { text: text.slice(i, j - 1), at: i };
  }
  return best;
}
