// The documents a question names, read from the register of the corpus in use alone (each
// document's 文号 and title), so a new document is named the same way with no change here:
//   by 文号: 郑政〔2018〕4号, 郑政(2018)4号, 2018年4号文, 210号若干措施, 郴政办发3号文. A number is a
//     文号 only with its issuer prefix, its year, or 文/文件 or the kind of document its title ends
//     with after it, so 3号线 or 5号楼 name nothing. One character off (郑政〔2023〕210号, 郑政文〔2018〕58号)
//     is a near miss: "did you mean". A 文号 the texts only cite (郑政〔2018〕3号) is no document.
//   by title or short name: 《关于加快推进跨境电子商务发展的实施意见》, 郑州市加快推进跨境电商发展的若干措施,
//     若干措施, 直播方案, 行动方案, 郴州那个若干措施, 2013年那个创建电子商务示范城市的文件. The kind of
//     document a title ends with (若干措施, 实施方案 …) names the documents of that kind; words of
//     their titles just before it (直播, 行动), the city and the year tell them apart.
import { DOC_NUMBER_PATTERN } from "../../corpus/declaration.ts";
import type { City, Corpus, DocId, DocumentInfo } from "../../corpus/index.ts";
import { editDistance } from "../../policies/cities.ts";

export interface NamedDocuments {
  /** Where in the question the name stands, and the documents it can mean (several share 210号). */
  at: number;
  end: number;
  docIds: DocId[];
  /** How it was named: a 文号 as printed, a title or a short name. */
  by: "number" | "title";
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
}

export interface DocumentNames {
  named: NamedDocuments[];
  nearMisses: NearMiss[];
  /** 文号-shaped references to no document of the corpus and near none (郴办发〔2019〕5号). */
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

const bigrams = (text: string) => new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));

/** The register read for matching names; built once per corpus (a reload brings its own). */
interface Register {
  entries: Entry[];
  kinds: string[];
  /** 措施, 方案, 意见: the kind in two characters, as people shorten it. */
  shortKinds: string[];
  titleBigrams: Map<DocId, Set<string>>;
  /** Character pairs of the titles that tell one title from most others (not 跨境, 电子 …). */
  distinctive: Map<DocId, Set<string>>;
  /** [bracketed year or year 年] number 号 [文件|文|kind]: 〔2018〕4号, 2018年4号文, 210号若干措施. */
  numberRef: RegExp;
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
  const numberRef = new RegExp(
    `(?:[〔[【(（]\\s*(\\d{4})\\s*[〕\\]】)）]|(?<!\\d)(\\d{4})\\s*年)?\\s*(?<![\\d.])(\\d{1,4})\\s*号(文件|文|${[...kinds, ...shortKinds].join("|")})?`,
    "gu",
  );
  const register = { entries, kinds, shortKinds, titleBigrams, distinctive, numberRef };
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

/** A clause number right after a name: 第八条, （八）, 二（三）, 第三部分. */
const CLAUSE_NUMBER_AFTER = /^\s*(?:的\s*)?(?:第|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[（(])/u;
/** Where a clause number starts: 第十五条, 第三部分, （八）, 二（三）. */
const CLAUSE_NUMBER = /第[一二三四五六七八九十\d]+[条项部]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[（(]/gu;

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
  /** Whether the texts cite this 文号 (郑政〔2018〕3号 in 57号's preamble): a document outside the corpus, not a slip. */
  cited: (docNumber: string) => boolean;
}

/** Every document name in the question. */
export function findDocumentNames(question: string, context: NameContext): DocumentNames {
  const r = registerOf(context.corpus);
  const q = question.normalize("NFKC").replace(/\(/g, "（").replace(/\)/g, "）");
  const named: NamedDocuments[] = [];
  const nearMisses: NearMiss[] = [];
  const unknown: DocumentNames["unknown"] = [];
  const taken: [number, number][] = [];
  const free = (at: number, end: number) => taken.every(([a, b]) => end <= a || at >= b);

  // 文号 and short 文号.
  for (const m of q.matchAll(r.numberRef)) {
    const [text, bracketYear, plainYear, n, after] = m;
    const year = bracketYear ?? plainYear;
    const prefix = prefixBefore(q.slice(0, m.index));
    const kind = after && after !== "文" && after !== "文件" ? after : undefined;
    const fits = r.entries.filter((e) => e.n === n && (!year || e.year === year) && (!kind || e.kind.endsWith(kind)));
    const end = m.index + text.length;
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
      const written = squeeze(`${prefix.written.slice(-Math.max(...r.entries.map((e) => e.prefix.length)))}${q.slice(m.index, end)}`);
      if (near.length && !context.cited(written)) {
        nearMisses.push({ written, at, end, docIds: near.map((e) => e.info.docId), prefixOnly: near.every((e) => e.year === year && e.n === n) });
      } else {
        unknown.push({ written, at, end });
      }
      continue;
    }
    const exactPrefix = prefix ? r.entries.find((e) => prefix.written.endsWith(e.prefix)) : undefined;
    const clauseFollows = CLAUSE_NUMBER_AFTER.test(q.slice(end));
    if (!exactPrefix && !year && !after && !clauseFollows) continue;
    const meant = fits.filter((e) => !exactPrefix || e.prefix === exactPrefix.prefix);
    if (meant.length === 0) continue;
    const at = m.index - (exactPrefix ? exactPrefix.prefix.length : 0);
    named.push({ at, end, docIds: meant.map((e) => e.info.docId), by: "number" });
    taken.push([at, end]);
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
    const before = q.slice(Math.max(0, at - 12), at).split(/[，。；！？、,;!?\s]/u).at(-1)!;
    const year = /(\d{4})年(?:的|那个|那份|出台的|发的|印发的)?[^\d]{0,6}$/u.exec(before)?.[1] ?? null;
    const docs = byKind(r, m[0], before, context.city, year);
    const full = r.kinds.includes(m[0]);
    const modified = bigramsEcho(r, before, docs) || CLAUSE_NUMBER_AFTER.test(q.slice(end));
    if (!full && !modified) continue;
    named.push({ at: at - echoLength(r, before, docs), end, docIds: docs, by: "title" });
    taken.push([at, end]);
  }

  // A title paraphrased before 文件/文/政策: 2013年那个创建电子商务示范城市的文件.
  for (const m of q.matchAll(/文件|文(?!号)|政策/gu)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const before = q.slice(Math.max(0, m.index - 16), m.index);
    const near = bigrams(before);
    const echoes = r.entries.map((e) => ({ e, echo: [...r.distinctive.get(e.info.docId)!].filter((p) => near.has(p)).length }));
    const best = Math.max(...echoes.map((x) => x.echo));
    if (best < 4) continue;
    named.push({ at: m.index - before.length, end: m.index + m[0].length, docIds: echoes.filter((x) => x.echo === best).map((x) => x.e.info.docId), by: "title" });
  }
  // Title words right before a clause number, without the kind of document: 专项提升行动第十五条.
  for (const m of q.matchAll(CLAUSE_NUMBER)) {
    const before = /\p{Script=Han}{1,12}$/u.exec(q.slice(0, m.index))?.[0] ?? "";
    if (!before || !free(m.index - before.length, m.index)) continue;
    const near = bigrams(before);
    const echoes = r.entries.map((e) => ({ e, echo: [...r.distinctive.get(e.info.docId)!].filter((p) => near.has(p)).length }));
    const best = Math.max(...echoes.map((x) => x.echo));
    if (best < 3) continue;
    const docs = echoes.filter((x) => x.echo === best).map((x) => x.e.info.docId);
    named.push({ at: m.index - echoLength(r, before, docs), end: m.index, docIds: docs, by: "title" });
  }
  return { named: mergeAdjacent(named), nearMisses, unknown };
}

/** 210号 直播方案, 郑政文〔2023〕210号 措施: names side by side mean the documents both fit. */
function mergeAdjacent(named: NamedDocuments[]): NamedDocuments[] {
  const sorted = [...named].sort((a, b) => a.at - b.at);
  const out: NamedDocuments[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    const both = last ? last.docIds.filter((d) => n.docIds.includes(d)) : [];
    if (last && n.at - last.end <= 2 && both.length > 0) {
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
