// Which money clauses the rules encode. A clause that grants a sum (corpus/money-clauses.ts) and
// that no rule cites is not encoded yet — a document just added to the corpus, or a clause its
// rules skip — and screening and answers say that they leave its amount out. A document with
// neither rules nor such clauses (a plan) grants nothing.
import { DOCUMENTS, loadCorpus, type City, type Clause, type Corpus, type DocId } from "../corpus/index.ts";
import { grantsMoney } from "../corpus/money-clauses.ts";
import { validityOn } from "../corpus/validity.ts";
import type { PolicyDocument } from "./engine/types.ts";
import { POLICY_DOCUMENTS } from "./rules/index.ts";

export interface MoneyClauses {
  /** Every money clause has a rule; some have none yet; the document grants nothing. */
  money: "encoded" | "not_encoded" | "none";
  /** The clauses that grant money while no rule encodes them. */
  unencoded: Clause[];
}

export function moneyClauses(docId: DocId, policies: readonly PolicyDocument[] = POLICY_DOCUMENTS, corpus: Corpus = loadCorpus()): MoneyClauses {
  const own = policies.filter((p) => p.docId === docId).flatMap((p) => p.rules);
  const cited = new Set(own.map((r) => r.clauseId));
  const unencoded = corpus.document(docId).clauses.filter((c) => grantsMoney(c) && !cited.has(c.clauseId));
  return { money: unencoded.length ? "not_encoded" : own.length ? "encoded" : "none", unencoded };
}

/**
 * Is any money clause of the city's documents 现行有效 on the day? A document without an end date
 * is 有效性待确认, not 现行有效: on 2026-12-15 Zhengzhou has none, though 郑政文〔2013〕237号 states no end.
 */
export function moneyInForce(city: City, day: string, policies: readonly PolicyDocument[] = POLICY_DOCUMENTS): boolean {
  return DOCUMENTS.some((d) => d.city === city && validityOn(d.docId, day).status === "in_force" && moneyClauses(d.docId, policies).money !== "none");
}
