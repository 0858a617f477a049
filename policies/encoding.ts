// Which documents' money clauses the rules encode. A document with rules is encoded; one without
// rules grants nothing (a plan) or has money clauses no rule encodes yet — a document just added
// to the corpus — whose amounts screening and answers must say they leave out.
import { DOCUMENTS, loadCorpus, type City, type DocId } from "../corpus/index.ts";
import { grantsMoney } from "../corpus/money-clauses.ts";
import { validityOn } from "../corpus/validity.ts";
import type { PolicyDocument } from "./engine/types.ts";
import { POLICY_DOCUMENTS } from "./rules/index.ts";

export interface MoneyClauses {
  money: "encoded" | "not_encoded" | "none";
  /** Labels of the clauses that grant money while no rule encodes them: （一）、（三）. */
  unencodedClauses: string[];
}

export function moneyClauses(docId: DocId, policies: readonly PolicyDocument[] = POLICY_DOCUMENTS): MoneyClauses {
  if (policies.some((p) => p.docId === docId)) return { money: "encoded", unencodedClauses: [] };
  const labels = loadCorpus().document(docId).clauses.filter(grantsMoney).map((c) => c.label);
  return { money: labels.length ? "not_encoded" : "none", unencodedClauses: labels };
}

/**
 * Is any money clause of the city's documents 现行有效 on the day? A document without an end date
 * is 有效性待确认, not 现行有效: on 2026-12-15 Zhengzhou has none, though 郑政文〔2013〕237号 states no end.
 */
export function moneyInForce(city: City, day: string, policies: readonly PolicyDocument[] = POLICY_DOCUMENTS): boolean {
  return DOCUMENTS.some((d) => d.city === city && validityOn(d.docId, day).status === "in_force" && moneyClauses(d.docId, policies).money !== "none");
}
