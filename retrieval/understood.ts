// Answers given from what a question names, before any search: a clause looked up by its number,
// a fact about a document from its declaration (validity, issuer, dates, bureau), every clause
// holding a quoted or rare phrase. Each says where it comes from: the clause looked up, the words
// of the text its declaration quotes as the basis, the clauses holding the phrase.
import type { Clause, Corpus, DocId, DocumentInfo, ParsedDocument } from "../corpus/index.ts";
import { KEYED } from "../corpus/parse.ts";
import { validityIn, type Validity } from "../corpus/validity.ts";
import type { AnswerReason, Lookup } from "./index.ts";
import { clauseRead } from "./citation-name.ts";
import { placeRefusal } from "./refusal.ts";
import { spanText } from "./understand/dates.ts";
import { asksWhetherCan, withoutDocumentFactWords, type DocumentFact } from "./understand/asks.ts";
import { bigrams, GIVEN, POINTED_WEN } from "./understand/names.ts";
import type { Understanding } from "./understand/index.ts";

/** An answer decided from the understanding: its text, the clauses it cites in order, and what it looked up. */
export interface DirectAnswer {
  noAnswer: boolean;
  reason: AnswerReason;
  answer: string;
  clauseIds: string[];
  lookup: Lookup | null;
  /** What the answer is about: the clauses it cites (a look-up, a phrase) or the document itself (its validity, issuer…). */
  subject: "clauses" | "document";
}

const named = (info: DocumentInfo) => `${info.docNumber}《${info.title}》`;

export function answerDirectly(u: Understanding, corpus: Corpus, today: string): DirectAnswer | null {
  const lookup = lookupAnswer(u, corpus);
  // A clause looked up and asked whether it still applies (第八条现在还有效吗): its document's validity first.
  if (lookup && !lookup.noAnswer && u.documentFacts.includes("validity")) {
    const facts = [...new Set(u.lookups.hits.map((h) => h.docId))].map((id) => validityFact(corpus.document(id), u, today));
    // Cited in the order the answer uses them: the sentence setting the validity, then the clause.
    return { ...lookup, answer: [...facts.map((f) => f.line), lookup.answer].join("\n"), clauseIds: [...new Set([...facts.flatMap((f) => f.clauseIds), ...lookup.clauseIds])] };
  }
  return lookup ?? documentFactAnswer(u, corpus, today) ?? phraseAnswer(u, corpus) ?? scopeAnswer(u, corpus);
}

/** Who may apply under a document: 哪些企业能申请, 支持哪些主体, 适用范围. */
const WHO_QUALIFIES = /哪些(企业|单位|主体|公司)|什么(样的)?(企业|单位|主体)|谁(能|可以)(申请|申报|享受)|(支持|适用|扶持)(范围|对象)|申报主体|享受(主体|对象)/u;
/** A clause setting who a document is for, by its title: 支持范围, 适用对象. */
const SCOPE_TITLE = /^(支持|适用|申报|扶持)(范围|对象)$/u;

/** A question on who may apply under the documents of a city spoken of as a whole (郴州这个政策哪些企业能申请): their clauses setting it. */
function scopeAnswer(u: Understanding, corpus: Corpus): DirectAnswer | null {
  if (u.ofCity.length === 0 || !WHO_QUALIFIES.test(u.query)) return null;
  const scopes = u.ofCity.flatMap((id) => corpus.document(id).clauses.filter((c) => c.title && SCOPE_TITLE.test(c.title)));
  if (scopes.length === 0) return null;
  const lines = scopes.map((c) => `${named(corpus.document(c.docId).info)}${clauseRead(c)}`);
  return { noAnswer: false, reason: "answered", answer: lines.join("\n"), clauseIds: scopes.map((c) => c.clauseId), lookup: null, subject: "clauses" };
}

/** Notes that go before any answer: a 文号 corrected, a 文号 that is near one the corpus has, a word read for one that sounds like it, English read. */
export function understandingNotes(u: Understanding, corpus: Corpus): string[] {
  const notes: string[] = [];
  for (const c of u.corrected) {
    const meant = corpus.document(c.docIds[0]!).info;
    // A slip in the prefix is read silently; one in the year or number asks whether it was meant.
    const which = c.docIds.length === 1 ? named(meant) : meant.docNumber;
    notes.push(c.prefixOnly ? `（按${meant.docNumber}理解“${c.written}”）` : `没有找到文号“${c.written}”，您是不是要找${which}？以下按${meant.docNumber}回答。`);
  }
  for (const r of u.readAsNewer) {
    const numbers = (ids: DocId[]) => [...new Set(ids.map((id) => corpus.document(id).info.docNumber))].join("、");
    notes.push(`（${numbers(r.docIds)}已失效，您说的新版本按其后施行的${numbers(r.newer)}回答。）`);
  }
  for (const n of u.unconfirmed) {
    notes.push(`没有找到文号“${n.written}”。您是不是要找：${n.docIds.map((id) => named(corpus.document(id).info)).join("；")}？`);
  }
  // Another place beside a covered city (郑州企业在深圳有分公司): the texts hold nothing on it, and say so.
  // Set against it (深圳…我想和郴州比比), the question is refused with that said.
  if (u.places.elsewhere.length > 0 && u.places.covered.length > 0 && !u.places.compared) {
    const covered = u.places.covered.map((city) => corpus.cities.find((c) => c.code === city)?.name ?? city);
    notes.push(`（现有政策文件中没有关于${u.places.elsewhere.join("、")}的规定，以下只回答${covered.join("、")}的政策。）`);
  }
  if (u.slips.length > 0) notes.push(`（${u.slips.map(([written, read]) => `按“${read}”理解“${written}”`).join("，")}）`);
  if (u.english.english) {
    const terms = u.english.terms.map(([en, zh]) => `${en}→${zh}`).join("，");
    // English words read into the texts' words, or English grammar, name the language; else it is some other one.
    const language = u.english.grammar || u.english.terms.length > 0 ? "英文" : "外文";
    notes.push(terms ? `（问题含${language}，已按中文政策用语理解：${terms}；以下用中文回答。）` : `（问题含${language}，以下用中文回答。）`);
  }
  return notes;
}

/** A number asked bare (člen 11, its word unread) is said as the texts number items: 第11条. */
const spokenNumber = (asked: string) => (/^\d+$/u.test(asked) ? `第${asked}条` : asked);

function lookupAnswer(u: Understanding, corpus: Corpus): DirectAnswer | null {
  const { hits, misses } = u.lookups;
  if (hits.length > 0) {
    const first = hits[0]!;
    const clauseIds = [...new Set(hits.flatMap((h) => h.clauseIds))];
    const docs = [...new Set(hits.map((h) => h.docId))];
    const lookup = { docId: first.docId, path: corpus.clause(first.clauseIds[0]!)!.path, asked: first.asked };
    if (hits.some((h) => h.reading)) {
      // One number that reads two ways in the document (第一条: section 一、 or the first item): each reading, the document's own first.
      const lines = hits.map((h) => {
        const c = corpus.clause(h.clauseIds[0]!)!;
        return `  · ${h.reading ? `按${h.reading}理解，即` : ""}${clauseRead(c)}`;
      });
      return { noAnswer: false, reason: "answered", answer: [`${named(corpus.document(first.docId).info)}${spokenNumber(first.asked)}有两种理解：`, ...lines].join("\n"), clauseIds, lookup, subject: "clauses" };
    }
    if (docs.length === 1) {
      const lines = clauseIds.map((id) => corpus.clause(id)!).map(clauseRead);
      // Found by what the question says of it, the number written names another clause: which one it is, said plainly.
      const opening = first.byDescription
        ? `按您描述的内容，应是${named(corpus.document(first.docId).info)}${corpus.clause(clauseIds[0]!)!.label}（您写的“${spokenNumber(first.asked)}”所指条款与描述不符）：`
        : `${named(corpus.document(first.docId).info)}${spokenNumber(first.asked)}：`;
      return { noAnswer: false, reason: "answered", answer: [opening, ...lines].join("\n"), clauseIds, lookup, subject: "clauses" };
    }
    // One 文号 shared by several documents (郑政文〔2023〕210号 印发三份文件): each, with its title.
    const lines = hits.map((h) => {
      const c = corpus.clause(h.clauseIds[0]!)!;
      return `  · ${named(corpus.document(h.docId).info)}${c.label}${c.title ?? ""}`;
    });
    // Several documents have the number: of one 文号 (郑政文〔2023〕210号 印发三份文件), or named alike (若干措施 of two cities).
    const numbers = new Set(docs.map((d) => corpus.document(d).info.docNumber));
    const opening = numbers.size === 1 ? `${[...numbers][0]}包含${docs.length}份文件，都有${spokenNumber(first.asked)}` : `${docs.length}份文件都有${spokenNumber(first.asked)}`;
    return {
      noAnswer: false,
      reason: "answered",
      answer: [`${opening}，请确认您指的是哪一份：`, ...lines].join("\n"),
      clauseIds,
      lookup,
      subject: "clauses",
    };
  }
  if (misses.length > 0) {
    const lines = misses.map((m) => `${named(corpus.document(m.docId).info)}没有${spokenNumber(m.asked)}，${m.outline}。`);
    const m = misses[0]!;
    return { noAnswer: true, reason: "no_such_clause", answer: lines.join("\n"), clauseIds: [], lookup: { docId: m.docId, path: null, asked: m.asked }, subject: "clauses" };
  }
  return null;
}

/**
 * Where a fact about a document is cited from: its header, when that holds the words (a text's
 * preamble may name another document 关于印发 by the same issuer), else the clause whose text holds
 * them (a declaration's basis, a date as written), else the document's opening.
 */
function citedFor(doc: ParsedDocument, words: readonly string[]): string {
  const flat = (s: string) => s.replace(/\s+/gu, "");
  const holds = (c: Clause) => words.some((w) => flat(c.text).includes(flat(w)));
  const found = (doc.header && holds(doc.header) ? doc.header : null) ?? doc.clauses.find(holds);
  return (found ?? doc.clauses[0]!).clauseId;
}

/**
 * The lines of the document's header whose keys the question names (主办 in 主办单位是哪个部门), in the order it names
 * them: 登记日期是哪天？和发文日期一样吗 and 除了文号还有个统一登记号是多少 ask of each.
 */
function headerLineNamed(doc: ParsedDocument, question: string): string | null {
  const keyed = (doc.header?.text.split("\n") ?? []).flatMap((line) => {
    const key = KEYED.exec(line);
    return key && line.length > key[0].length && question.includes(key[1]!) ? [{ line, at: question.indexOf(key[1]!) }] : [];
  });
  return keyed.length > 0 ? keyed.sort((a, b) => a.at - b.at).map((k) => k.line).join("；") : null;
}

/** A day as the texts write it: 2013-11-19 and 2013年11月19日. */
const writtenDates = (iso: string) => [iso, `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`];

/** The status of a document on the day or span asked: 有效 / 已失效 / 尚未生效, with 不能 or 可以 when the asker asks whether they can still act under it. */
export function validityLine(info: DocumentInfo, u: Understanding, today: string): string {
  const span = u.date ?? { from: today, to: today };
  const atStart = validityIn(info.inForce, span.from);
  const atEnd = validityIn(info.inForce, span.to);
  const when = u.date ? spanText(u.date) : `今天（${today}）`;
  const range = `${info.inForce.from}至${info.inForce.to ?? "（未规定截止日期）"}`;
  const status = (v: Validity) => (v.inForce ? "有效" : v.status === "not_yet" ? "尚未生效" : "已失效");
  const verdict =
    atStart.inForce === atEnd.inForce ? `${when}${status(atEnd)}${atEnd.inForce ? "（在有效期内）" : "（不在有效期内）"}` : `${when}只有部分时间在有效期内（${status(atStart)}→${status(atEnd)}）`;
  // Whether one can still act in a span under way (今年还能申请吗) is decided from today on: what is past cannot be acted in.
  const fromNow = span.from < today && today <= span.to ? validityIn(info.inForce, today) : atStart;
  const answer = asksWhetherCan(u.query) ? (fromNow.inForce || atEnd.inForce ? "可以：" : "不能：") : "";
  // The status's own words, less the range said just before (有效期…至…, 距失效还有8天 → 距失效还有8天).
  // Counted from the day asked, its last day is 当日, not 今日.
  const note = atEnd.text.replace(`有效期${range}`, "").replace(/^，/u, "").replace(/^今日/u, span.to === today ? "今日" : "当日");
  return `${answer}${named(info)}${verdict}：有效期${range}${note ? `，${note}` : ""}。依据原文：“${info.inForce.basis}”`;
}

/** Which documents (哪些文件还有效, 哪几个政策在有效期内): a question about the documents themselves, naming none. */
const ASKS_WHICH_DOCUMENTS = /哪(些|几个|几份|几项)[^，。？?]{0,10}(文件|政策)|(文件|政策)[^，。？?]{0,10}哪(些|几|份|个)/u;

/** Nothing asked beyond the documents themselves: left of the question are their city, what they are called, the day and the asking words. */
function asksOnlyOfDocuments(u: Understanding, corpus: Corpus): boolean {
  const cities = corpus.cities.flatMap((c) => [c.name, c.name.replace(/市$/u, "")]);
  const rest = cities
    .reduce((q, city) => q.split(city).join(" "), withoutDocumentFactWords(u.query))
    .replace(/\d{4}\s*[-年./]\s*\d{1,2}(?:\s*[-月./]\s*\d{1,2}\s*[日号]?)?|\d{4}\s*年?|(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号](?!文)/gu, " ")
    .replace(GIVEN, " ")
    .replace(/政策|文件|措施|规定|跨境电商|跨境电子商务|跨境|网页|页面|上面?|写|信息|哪天|哪一天|文|的|这个|那个|现在|目前|还是|到底|究竟|还|吗|么|呢|是否|是不是|不|有没有|[a-z]+/giu, " ");
  return (rest.match(/\p{Script=Han}/gu) ?? []).length <= 2;
}

/**
 * The documents a question about documents means: those it names; else those it speaks of by their
 * city (郴州跨境电商政策哪年出的); asking which are in force, every document (of the city asked), those
 * in force on the day first.
 */
function documentsAsked(u: Understanding, corpus: Corpus, day: string): ParsedDocument[] {
  if (u.named.length > 0) return u.named.map((id) => corpus.document(id));
  const validity = u.documentFacts.includes("validity");
  // Whether the city's documents spoken of are in force is asked of their topic (郑州的政策拿了海外仓补贴，当时有效吗): the search answers it.
  // Asked beside another fact of the documents (郴州的文是哪天发的？信息时效期写的是哪天？), or of nothing
  // else (Chenzhou policy on 2026-01-15, valid or not?), it is theirs.
  const docs = validity
    ? ASKS_WHICH_DOCUMENTS.test(u.query) ? corpus.documents.filter((d) => !u.city || d.info.city === u.city)
      : u.documentFacts.some((f) => f !== "validity") || asksOnlyOfDocuments(u, corpus) ? u.ofCity.map((id) => corpus.document(id)) : []
    : u.ofCity.map((id) => corpus.document(id));
  const rank = (d: ParsedDocument) => ({ in_force: 0, open_ended: 1, not_yet: 2, expired: 3 })[validityIn(d.info.inForce, day).status];
  return [...docs].sort((a, b) => rank(a) - rank(b));
}

/**
 * A document's status on the day or span asked, with the clause or header setting its validity; a
 * document stating no end is cited by that and by its own opening, which sets no period.
 */
export function validityFact(doc: ParsedDocument, u: Understanding, today: string): { line: string; clauseIds: string[] } {
  const { info } = doc;
  return { line: validityLine(info, u, today), clauseIds: [citedFor(doc, [info.inForce.basis]), ...(info.inForce.to === null ? [doc.clauses[0]!.clauseId] : [])] };
}

/** One line per fact asked about a document, each with the clause or header stating it. */
function documentFactLines(doc: ParsedDocument, u: Understanding, today: string): { fact: DocumentFact; line: string; clauseIds: string[] }[] {
  const { info } = doc;
  // Each fact about a document comes with its status today, which a reader of its dates asks next.
  const status = validityIn(info.inForce, today).status;
  const range = `${info.inForce.from}至${info.inForce.to ?? "（未规定截止日期）"}${{ in_force: "，现行有效", open_ended: "", not_yet: "，尚未生效", expired: "，现已失效" }[status]}`;
  // A fact the question names by a key of the document's header (主办单位, 登记日期) is quoted from it.
  // The day of registration asked in other words (哪天登记的) is the header's line keyed by it (登记日期).
  // It answers the fact its key names; each other fact asked (谁负责解释 beside 主办单位) has its own line after it.
  const keyed = headerLineNamed(doc, u.query) ?? (u.documentFacts.includes("registered") ? headerLineNamed(doc, "登记日期") : null);
  const keyedFact = keyed ? u.documentFacts.find((f) => f !== "validity") : undefined;
  // A fact the keyed line already states (文号：郴政办发〔2021〕3号) is not said twice.
  const stated: Partial<Record<DocumentFact, string>> = { number: info.docNumber, issuer: info.issuer, contact: info.contact?.bureau.replace(/^\p{Script=Han}{2}市/u, "") };
  const lines = u.documentFacts.filter((fact) => !(keyed && keyed.includes(stated[fact] ?? "\u0000"))).map((fact) => ({ fact, ...documentFactLine(fact) }));
  return keyedFact ? [{ fact: keyedFact, line: `${named(info)}：${keyed}（${info.issuer}于${info.issuedOn}印发；有效期${range}）。`, clauseIds: [doc.header!.clauseId] }, ...lines] : lines;
  function documentFactLine(fact: DocumentFact): { line: string; clauseIds: string[] } {
    switch (fact) {
      case "validity":
        return validityFact(doc, u, today);
      case "issuer":
        // The line naming the issuer as the one issuing (郴州市人民政府办公室关于印发…的通知), else the dated imprint.
        return {
          line: `${named(info)}由${info.issuer}于${info.issuedOn}印发；有效期${range}。`,
          clauseIds: [...new Set([citedFor(doc, [`${info.issuer}关于印发`, ...writtenDates(info.issuedOn)]), citedFor(doc, writtenDates(info.issuedOn))])],
        };
      case "number":
        // The header line keyed 文号 when there is one (above), else the line printing the number.
        return { line: `文号：${info.docNumber}（《${info.title}》，${info.issuer}于${info.issuedOn}印发；有效期${range}）。`, clauseIds: [citedFor(doc, [info.docNumber])] };
      case "registered":
      case "issued":
        // The dated line, which states the day of issue, then the sentence setting the validity the line also states.
        return {
          line: `${named(info)}由${info.issuer}于${info.issuedOn}印发；有效期${range}。`,
          clauseIds: [...new Set([citedFor(doc, writtenDates(info.issuedOn)), citedFor(doc, [info.inForce.basis])])],
        };
      case "contact":
        return info.contact
          ? { line: `${named(info)}写明的责任部门是${info.contact.bureau}。依据原文：“${info.contact.basis}”`, clauseIds: [citedFor(doc, [info.contact.basis])] }
          : { line: `${named(info)}没有写明负责的部门，可向发文机关${info.issuer}咨询。`, clauseIds: [doc.clauses[0]!.clauseId] };
    }
  }
}

/** A document's sentences cited for the facts asked: the one stating most of them first; of equals, the one stating validity, which says whether the document still serves. */
function citedFirstWhatStatesMost(facts: { fact: DocumentFact; clauseIds: string[] }[]): string[] {
  const weight = (id: string) => new Set(facts.filter((f) => f.clauseIds.includes(id)).map((f) => f.fact)).size + (facts.some((f) => f.fact === "validity" && f.clauseIds[0] === id) ? 0.5 : 0);
  return [...new Set(facts.flatMap((f) => f.clauseIds))]
    .map((id, i) => ({ id, i, weight: weight(id) }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((c) => c.id);
}

/** Words speaking of a document (那个政策, 这份文件, 的措施) rather than of a subject. */
const SPEAKS_OF_DOCUMENTS = new RegExp(`文件|政策|措施|方案|意见|${POINTED_WEN}`, "u");

/**
 * A question the search found no topic in, speaking of documents and their validity or a day
 * (郴州那个跨境的文件到底哪天到期, 郑州2023年若干措施在2027年1月1日是否仍然适用): what it asks is a fact of
 * those documents, by default whether they are in force then. The documents are those named, else
 * those of its city whose titles share the most words with it (郑州直播电商那个政策 → the 直播电商 plan).
 */
export function documentsSpokenOfAnswer(u: Understanding, corpus: Corpus, today: string): DirectAnswer | null {
  if (u.documentFacts.length === 0 && !(u.date && u.named.length > 0)) return null;
  // No city named (这措施是哪天发的？名字后头带个试行): a word of one document's title only names it.
  const spokenOf = SPEAKS_OF_DOCUMENTS.test(u.query) ? corpus.documents.filter((d) => !u.city || d.info.city === u.city).map((d) => d.info.docId) : [];
  const ofCity = u.ofCity.length > 0 ? u.ofCity : spokenOf;
  const candidates = u.named.length > 0 ? u.named : ofCity;
  if (candidates.length === 0) return null;
  const named = titledAfter(u.query, candidates, corpus);
  if (!u.city && u.named.length === 0 && u.ofCity.length === 0 && named.length !== 1) return null;
  return documentFactAnswer({ ...u, named, documentFacts: u.documentFacts.length > 0 ? u.documentFacts : ["validity"] }, corpus, today);
}

/** Of several documents, those whose titles share the most pairs of characters with the question that not all of them share; none shared, all. */
function titledAfter(question: string, docIds: readonly DocId[], corpus: Corpus): DocId[] {
  const pairs = [...bigrams(question.replace(/\s+/gu, ""))].filter((p) => /^\p{Script=Han}{2}$/u.test(p));
  const titles = docIds.map((id) => corpus.document(id).info.title);
  const telling = pairs.filter((p) => titles.filter((t) => t.includes(p)).length < titles.length);
  const shared = titles.map((t) => telling.filter((p) => t.includes(p)).length);
  const best = Math.max(...shared);
  return best === 0 ? [...docIds] : docIds.filter((_, i) => shared[i] === best);
}

/**
 * The facts asked about the documents: those the question names (有效吗, 哪天印发); else, asking only a
 * day of documents it names (郑州2023年若干措施是什么时候出的, 4号文到什么时候截止), their day of issue or their end.
 */
function documentFactsAsked(u: Understanding, corpus: Corpus): DocumentFact[] {
  if (u.documentFacts.length > 0) return u.documentFacts;
  if (u.named.length === 0 || u.asked.length === 0 || !u.asked.every((a) => a.kind === "date" || a.kind === "deadline")) return [];
  const rest = u.asked.reduce((q, a) => q.replace(a.words, " "), u.query);
  return asksOnlyOfDocuments({ ...u, query: rest }, corpus) ? [...new Set(u.asked.map((a): DocumentFact => (a.kind === "date" ? "issued" : "validity")))] : [];
}

function documentFactAnswer(asked: Understanding, corpus: Corpus, today: string): DirectAnswer | null {
  // A document of a place the corpus does not cover, named by a title like one of ours (广州市…实施方案的文号), is not
  // ours: the search refuses the question as it refuses any about that place.
  if (asked.cited.length === 0 && placeRefusal(asked.places)) return null;
  const u = { ...asked, documentFacts: documentFactsAsked(asked, corpus) };
  const docs = u.documentFacts.length > 0 ? documentsAsked(u, corpus, u.date?.from ?? today) : [];
  if (docs.length === 0) return null;
  const perDocument = docs.map((doc) => documentFactLines(doc, u, today));
  const facts = perDocument.flat();
  return {
    noAnswer: false,
    reason: "answered",
    answer: [...new Set(facts.map((f) => f.line))].join("\n"),
    clauseIds: [...new Set(perDocument.flatMap(citedFirstWhatStatesMost))],
    lookup: null,
    subject: "document",
  };
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
    subject: "clauses",
  };
}
