// Answers given from what a question names, before any search: a clause looked up by its number,
// a fact about a document from its declaration (validity, issuer, dates, bureau), every clause
// holding a quoted or rare phrase. Each says where it comes from: the clause looked up, the words
// of the text its declaration quotes as the basis, the clauses holding the phrase.
import type { Corpus, DocId, DocumentInfo } from "../corpus/index.ts";
import { validityIn } from "../corpus/validity.ts";
import type { AnswerReason, Lookup } from "./index.ts";
import { spanText } from "./understand/dates.ts";
import type { Understanding } from "./understand/index.ts";

/** An answer decided from the understanding: its text, the clauses it cites in order, and what it looked up. */
export interface DirectAnswer {
  noAnswer: boolean;
  reason: AnswerReason;
  answer: string;
  clauseIds: string[];
  lookup: Lookup | null;
}

const named = (info: DocumentInfo) => `${info.docNumber}《${info.title}》`;

export function answerDirectly(u: Understanding, corpus: Corpus, today: string): DirectAnswer | null {
  return lookupAnswer(u, corpus) ?? documentFactAnswer(u, corpus, today) ?? phraseAnswer(u, corpus);
}

/** Notes that go before any answer: a 文号 corrected, a 文号 that is near one the corpus has, English read. */
export function understandingNotes(u: Understanding, corpus: Corpus): string[] {
  const notes: string[] = [];
  for (const c of u.corrected) notes.push(`（按${c.docIds.map((id) => corpus.document(id).info.docNumber)[0]}理解“${c.written}”）`);
  for (const n of u.unconfirmed) {
    notes.push(`没有找到文号“${n.written}”。您是不是要找：${n.docIds.map((id) => named(corpus.document(id).info)).join("；")}？`);
  }
  if (u.english.english) notes.push(`（问题含英文，已按中文政策用语理解：${u.english.terms.map(([en, zh]) => `${en}→${zh}`).join("，")}；以下用中文回答。）`);
  return notes;
}

function lookupAnswer(u: Understanding, corpus: Corpus): DirectAnswer | null {
  const { hits, misses } = u.lookups;
  if (hits.length > 0) {
    const first = hits[0]!;
    const clauseIds = [...new Set(hits.flatMap((h) => h.clauseIds))];
    const docs = [...new Set(hits.map((h) => h.docId))];
    const lookup = { docId: first.docId, path: corpus.clause(first.clauseIds[0]!)!.path, asked: first.asked };
    if (docs.length === 1) {
      const lines = clauseIds.map((id) => corpus.clause(id)!).map((c) => `${c.label}${c.title ?? ""}：${c.text}`);
      return { noAnswer: false, reason: "answered", answer: [`${named(corpus.document(first.docId).info)}${first.asked}：`, ...lines].join("\n"), clauseIds, lookup };
    }
    // One 文号 shared by several documents (郑政文〔2023〕210号 印发三份文件): each, with its title.
    const lines = hits.map((h) => {
      const c = corpus.clause(h.clauseIds[0]!)!;
      return `  · 《${corpus.document(h.docId).info.title}》${c.label}${c.title ?? ""}`;
    });
    const number = corpus.document(first.docId).info.docNumber;
    return {
      noAnswer: false,
      reason: "answered",
      answer: [`${number}包含${docs.length}份文件，都有${first.asked}，请确认您指的是哪一份：`, ...lines].join("\n"),
      clauseIds,
      lookup,
    };
  }
  if (misses.length > 0) {
    const lines = misses.map((m) => `${named(corpus.document(m.docId).info)}没有${m.asked}，${m.outline}。`);
    const m = misses[0]!;
    return { noAnswer: true, reason: "no_such_clause", answer: lines.join("\n"), clauseIds: [], lookup: { docId: m.docId, path: null, asked: m.asked } };
  }
  return null;
}

/** The clause whose text holds the words a declaration quotes as its basis. */
function clauseHolding(corpus: Corpus, docId: DocId, basis: string): string[] {
  const flat = (s: string) => s.replace(/\s+/gu, "");
  const c = corpus.document(docId).clauses.find((x) => flat(x.text).includes(flat(basis)));
  return c ? [c.clauseId] : [];
}

function documentFactAnswer(u: Understanding, corpus: Corpus, today: string): DirectAnswer | null {
  if (!u.documentFact || u.named.length === 0) return null;
  const docs = u.named.map((id) => corpus.document(id).info);
  const lines: string[] = [];
  const clauseIds: string[] = [];
  for (const info of docs) {
    const range = `${info.inForce.from}至${info.inForce.to ?? "（未规定截止日期）"}`;
    switch (u.documentFact) {
      case "validity": {
        const span = u.date ?? { from: today, to: today };
        const atStart = validityIn(info.inForce, span.from);
        const atEnd = validityIn(info.inForce, span.to);
        const when = u.date ? spanText(u.date) : `今天（${today}）`;
        const verdict =
          atStart.inForce && atEnd.inForce ? `${when}在有效期内` : !atStart.inForce && !atEnd.inForce ? `${when}不在有效期内` : `${when}只有部分时间在有效期内`;
        lines.push(`${atStart.inForce || atEnd.inForce ? "" : "否："}${named(info)}${verdict}：有效期${range}（${atEnd.text}）。依据原文：“${info.inForce.basis}”`);
        clauseIds.push(...clauseHolding(corpus, info.docId, info.inForce.basis));
        break;
      }
      case "issued":
      case "registered":
      case "issuer":
        lines.push(`${named(info)}由${info.issuer}于${info.issuedOn}印发；有效期${range}。`);
        break;
      case "contact":
        if (info.contact) {
          lines.push(`${named(info)}写明的责任部门是${info.contact.bureau}。依据原文：“${info.contact.basis}”`);
          clauseIds.push(...clauseHolding(corpus, info.docId, info.contact.basis));
        } else {
          lines.push(`${named(info)}没有写明负责的部门，可向发文机关${info.issuer}咨询。`);
        }
        break;
    }
  }
  return { noAnswer: false, reason: "answered", answer: lines.join("\n"), clauseIds: [...new Set(clauseIds)], lookup: null };
}

function phraseAnswer(u: Understanding, corpus: Corpus): DirectAnswer | null {
  if (!u.phrase) return null;
  const byDoc = new Map<DocId, string[]>();
  for (const id of u.phrase.clauseIds) {
    const docId = corpus.clause(id)!.docId;
    byDoc.set(docId, [...(byDoc.get(docId) ?? []), id]);
  }
  const lines = [...byDoc].map(([docId, ids]) => `  · ${named(corpus.document(docId).info)}：${ids.map((id) => corpus.clause(id)!.label).join("、")}`);
  return {
    noAnswer: false,
    reason: "answered",
    answer: [`“${u.phrase.phrase}”见于以下条款：`, ...lines].join("\n"),
    clauseIds: [...byDoc.values()].flat(),
    lookup: null,
  };
}
