// A clause asked for by a command (/clause in the chat panel and Telegram, the CLI's `clause`):
// by its id (zz-2018-4/8) or by reference as the texts cite it (郑政〔2018〕4号第八条, 210号第十条,
// 郴政办发〔2021〕3号五（二）), read by the same reference parser that reads questions. A reference
// that fits several documents (three share 郑政文〔2023〕210号) gives each clause, to be told apart
// by its document's title.
import { loadCorpus, type Clause, type Corpus, type DocumentInfo } from "../corpus/index.ts";
import { createReferenceFinder, type ReferenceFinder } from "./references.ts";

export type ClauseLookup =
  | { kind: "found"; clause: Clause }
  | { kind: "several"; clauses: Clause[] }
  /** The documents named, without a clause of that number in any of them. */
  | { kind: "no_such_clause"; documents: DocumentInfo[] }
  | { kind: "unknown" };

const finders = new WeakMap<Corpus, ReferenceFinder>();

function finderFor(corpus: Corpus): ReferenceFinder {
  let finder = finders.get(corpus);
  if (!finder) {
    finder = createReferenceFinder(corpus.clauses, corpus.documents.map((d) => d.info));
    finders.set(corpus, finder);
  }
  return finder;
}

export function lookUpClause(asked: string, corpus: Corpus = loadCorpus()): ClauseLookup {
  const text = asked.trim();
  const byId = corpus.clause(text);
  if (byId) return { kind: "found", clause: byId };
  // In a command the whole argument is a reference, so a bare 210号 names a document as 210号文 would.
  const { docIds, clauseIds } = finderFor(corpus).find(text.replace(/(\d)\s*号(?![文件])/u, "$1号文"));
  const clauses = clauseIds.map((id) => corpus.clause(id)!);
  if (clauses.length === 1) return { kind: "found", clause: clauses[0]! };
  if (clauses.length > 1) return { kind: "several", clauses };
  if (docIds.length > 0) return { kind: "no_such_clause", documents: docIds.map((id) => corpus.document(id).info) };
  return { kind: "unknown" };
}
