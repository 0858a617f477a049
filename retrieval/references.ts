// Documents and clauses a question names: 郑政〔2018〕4号, 2018年4号文, 210号文, 210号若干措施,
// 郴政办发3号文, and within them 第八条, 第（九）条, （十一）, 五（二）. A 文号 is recognised only with
// its issuer prefix, its year, or 文/文件 or the kind of document its title ends with (若干措施,
// 实施方案 …) after it, so 3号线 or 5号楼 name nothing; 郑政〔2018〕3号 (cited in the texts, not
// among them) names nothing either. The kind of document also tells apart the three texts of 210号.
// Issuer prefixes, numbers and kinds come from the documents' declarations, so a new document's
// 文号 (郑政办〔2027〕1号) is recognised as soon as it is loaded.
import { DOC_NUMBER_PATTERN } from "../corpus/declaration.ts";
import { chineseNumeral } from "../corpus/parse.ts";
import { DOCUMENTS, type Clause, type DocId, type DocumentInfo } from "../corpus/index.ts";

export interface References {
  docIds: DocId[];
  /** Clauses named by number inside the documents named. */
  clauseIds: string[];
}

export interface ReferenceFinder {
  find(question: string): References;
}

/** What a title ends with, (试行) aside: 若干措施, 实施方案, 实施意见, 若干意见. */
const titleKind = (title: string) => title.replace(/（试行）$/u, "").slice(-4);

/** [issuer prefix] [year, bracketed or with 年] number 号 [文|文件|kind of document, or its last two characters]. */
function citedPattern(prefixes: readonly string[], kinds: readonly string[]): RegExp {
  // Longest prefix first, so that 郑政文 is not read as 郑政 followed by 文.
  const issuers = [...prefixes].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(
    `(${issuers})?\\s*(?:[〔[【(（]?\\s*(?<!\\d)(\\d{4})\\s*(?:年|[〕\\]】)）]))?\\s*(?<!\\d)(\\d{1,3})\\s*号(文件|文|${[...kinds, ...kinds.map((k) => k.slice(2))].join("|")})?`,
    "gu",
  );
}
const NUMERAL = "[一二三四五六七八九十\\d]+";
/** 五（二） / 五(二)：an item within a section, for documents numbered by section. */
const SECTION_ITEM = new RegExp(`([一二三四五六七八九十]+)[（(](${NUMERAL})[）)]`, "gu");
/** 第八条 / 第（九）条 / （十一） / 第8条: an item, for documents numbered straight through (not the （二） of 五（二）). */
const ITEM = new RegExp(`第\\s*[（(]?(${NUMERAL})[）)]?\\s*条|(?<![一二三四五六七八九十])[（(](${NUMERAL})[）)]`, "gu");

const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumeral(s));

const bigrams = (text: string) => new Set(Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2)));

/**
 * Of documents sharing a 文号 (the three texts of 210号), keeps those whose title the question
 * echoes most (210号文直播电商方案 → the livestream plan); all of them when it echoes none more.
 */
function narrowByTitle(documents: readonly DocumentInfo[], titleBigrams: Map<DocId, Set<string>>, docIds: Set<DocId>, question: string): void {
  const asked = bigrams(question);
  const echo = (id: DocId) => [...titleBigrams.get(id)!].filter((b) => asked.has(b)).length;
  for (const number of new Set(documents.filter((d) => docIds.has(d.docId)).map((d) => d.docNumber))) {
    const sharing = documents.filter((d) => d.docNumber === number && docIds.has(d.docId)).map((d) => d.docId);
    const best = Math.max(...sharing.map(echo));
    for (const id of sharing) if (echo(id) < best) docIds.delete(id);
  }
}

export function createReferenceFinder(clauses: readonly Clause[], documents: readonly DocumentInfo[] = DOCUMENTS): ReferenceFinder {
  const numbers = documents.map((d) => {
    const [, prefix, year, n] = DOC_NUMBER_PATTERN.exec(d.docNumber)!;
    return { docId: d.docId, prefix: prefix!, year: year!, n: n!, kind: titleKind(d.title), numbering: d.numbering };
  });
  const cited = citedPattern([...new Set(numbers.map((d) => d.prefix))], [...new Set(numbers.map((d) => d.kind))]);
  const titleBigrams = new Map(documents.map((d) => [d.docId, bigrams(d.title)]));
  const clauseAt = new Map(clauses.map((c) => [`${c.docId}/${c.path}`, c.clauseId]));

  return {
    find(question) {
      // Each 文号 cited, where it is cited, and the documents it can mean.
      const citations: { at: number; docIds: DocId[] }[] = [];
      for (const m of question.matchAll(cited)) {
        const [, prefix, year, n, after] = m;
        if (!prefix && !year && !after) continue;
        const kind = after === "文" || after === "文件" ? undefined : after;
        const meant = numbers.filter((d) => d.n === n && (!year || d.year === year) && (!prefix || d.prefix === prefix) && (!kind || d.kind.endsWith(kind)));
        if (meant.length) citations.push({ at: m.index, docIds: meant.map((d) => d.docId) });
      }
      const docIds = new Set(citations.flatMap((c) => c.docIds));
      narrowByTitle(documents, titleBigrams, docIds, question);
      /** An item number belongs to the 文号 cited last before it (or the first one after it). */
      const docsFor = (at: number) => {
        const before = citations.filter((c) => c.at < at).at(-1) ?? citations[0];
        return numbers.filter((d) => before?.docIds.includes(d.docId) && docIds.has(d.docId));
      };
      const clauseIds = new Set<string>();
      const add = (docId: DocId, path: string) => {
        const id = clauseAt.get(`${docId}/${path}`);
        if (id) clauseIds.add(id);
      };
      for (const m of question.matchAll(SECTION_ITEM)) {
        for (const d of docsFor(m.index)) if (d.numbering === "sectioned") add(d.docId, `${toNumber(m[1]!)}.${toNumber(m[2]!)}`);
      }
      for (const m of question.matchAll(ITEM)) {
        for (const d of docsFor(m.index)) if (d.numbering === "straight") add(d.docId, String(toNumber((m[1] ?? m[2])!)));
      }
      return { docIds: [...docIds], clauseIds: [...clauseIds] };
    },
  };
}
