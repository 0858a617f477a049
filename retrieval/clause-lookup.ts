// A clause asked for by a command (/clause in the chat panel and Telegram, the CLI's `clause`):
// by its id (zz-2018-4/8) or by reference as the texts cite it (郑政〔2018〕4号第八条, 210号第十条,
// 郴政办发〔2021〕3号五（二）), read by the same document names and clause numbers that understand
// questions (./understand/), so a command and a question look a clause up alike. A reference that
// fits several documents (three share 郑政文〔2023〕210号) gives each clause, to be told apart by its
// document's title.
import { loadCorpus, type Clause, type Corpus, type DocumentInfo } from "../corpus/index.ts";
import { findDocumentNames } from "./understand/names.ts";
import { findClauseNumbers, lookUp } from "./understand/numbers.ts";
import { toSimplified } from "./understand/script.ts";

export type ClauseLookup =
  | { kind: "found"; clause: Clause }
  | { kind: "several"; clauses: Clause[] }
  /** The documents named, without a clause of that number in any of them. */
  | { kind: "no_such_clause"; documents: DocumentInfo[] }
  /** No document of that name; `didYouMean`, the clauses asked in the one 文号 a character away (75号 → 57号). */
  | { kind: "unknown"; didYouMean?: Clause[] };

export function lookUpClause(asked: string, corpus: Corpus = loadCorpus()): ClauseLookup {
  const text = asked.trim();
  const byId = corpus.clause(text);
  if (byId) return { kind: "found", clause: byId };
  // In a command the whole argument is a reference, so a bare 210号 names a document as 210号文 would.
  const reference = toSimplified(text).replace(/(\d)\s*号(?![文件])/u, "$1号文");
  const names = findDocumentNames(reference, { corpus, city: null, inTexts: (words) => corpus.clauses.some((c) => c.text.includes(words)) });
  // A slip in the issuer prefix alone is clear (郑政文〔2018〕4号), as in a question.
  const named = [...names.named, ...names.nearMisses.filter((n) => n.prefixOnly).map((n) => ({ ...n, by: "number" as const }))];
  const numbers = findClauseNumbers(reference);
  if (named.length === 0) {
    // A number one off may be another document of the issuer; only swapped digits are offered.
    const near = names.nearMisses.filter((n) => n.swapped && new Set(n.docIds.map((id) => corpus.document(id).info.docNumber)).size === 1);
    const meant = near.length === 1 ? lookUp(numbers, [{ ...near[0]!, by: "number" }], [], (id) => corpus.document(id), reference).hits : [];
    return meant.length > 0 ? { kind: "unknown", didYouMean: meant.map((h) => corpus.clause(h.clauseIds[0]!)!) } : { kind: "unknown" };
  }
  const { hits, misses } = lookUp(numbers, named, [], (id) => corpus.document(id), reference);
  const clauses = [...new Set(hits.flatMap((h) => h.clauseIds))].map((id) => corpus.clause(id)!);
  if (clauses.length === 1) return { kind: "found", clause: clauses[0]! };
  if (clauses.length > 1) return { kind: "several", clauses };
  const docIds = misses.length > 0 ? [...new Set(misses.map((m) => m.docId))] : named.flatMap((n) => n.docIds);
  return { kind: "no_such_clause", documents: [...new Set(docIds)].map((id) => corpus.document(id).info) };
}
