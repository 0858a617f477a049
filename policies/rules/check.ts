// Rules are code that cites clauses of the corpus by id and quotes them. The corpus is data that
// can change under them (a reload, a new text), so the citations are checked against the corpus
// in use when the service or a command starts, and again before a reload is put in use.
import type { Corpus } from "../../corpus/index.ts";
import type { PolicyDocument } from "../engine/types.ts";

/** Rules citing what the corpus does not hold: one line per unknown id or quote not found. */
export class RuleCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`the rules do not match the corpus: ${problems.join("; ")}`);
  }
}

export function ruleProblems(documents: readonly PolicyDocument[], corpus: Corpus): string[] {
  const problems: string[] = [];
  const cite = (who: string, clauseId: string, words: string) => {
    const clause = corpus.clause(clauseId);
    if (!clause) problems.push(`${who} cites unknown clause id ${clauseId}`);
    else if (!clause.text.includes(words)) problems.push(`${who} quotes words not in ${clauseId}: "${words}"`);
  };
  const ids = new Set<string>();
  for (const doc of documents) {
    if (!corpus.has(doc.docId)) problems.push(`rules for unknown document id ${doc.docId}`);
    for (const p of doc.preconditions) cite(`${doc.docId} precondition`, p.clauseId, p.quote);
    if (doc.stacking) cite(`${doc.docId} no-stacking rule`, doc.stacking.clauseId, doc.stacking.quote);
    for (const s of doc.sharedCaps ?? []) cite(`${doc.docId} shared cap`, s.clauseId, s.cap.text);
    for (const rule of doc.rules) {
      cite(`rule ${rule.id}`, rule.clauseId, rule.quote);
      if (!rule.id.startsWith(rule.clauseId)) problems.push(`rule ${rule.id} is not named after its clause ${rule.clauseId}`);
      if (ids.has(rule.id)) problems.push(`rule id ${rule.id} is used twice`);
      ids.add(rule.id);
    }
  }
  return [...new Set(problems)];
}

/** Throws RuleCheckError naming every problem. */
export function checkRules(documents: readonly PolicyDocument[], corpus: Corpus): void {
  const problems = ruleProblems(documents, corpus);
  if (problems.length) throw new RuleCheckError(problems);
}
