// The clause in force that now covers what an expired clause covered: 郑政〔2018〕4号（十一）国际物流
// → 郑政文〔2023〕210号（六）. First from the rules: a rule of a later document of the same city, in
// force on the day, funding the same subject (the rules' `subject`, which the no-stacking rules
// already use for "the same project"). Where no rule encodes either clause, from the texts: an item
// of such a document whose title shares most of the expired item's telling words (鼓励公共海外仓建设及使用
// → 支持跨境电商海外仓建设).
import type { Clause, Corpus } from "../corpus/index.ts";
import { validityIn } from "../corpus/validity.ts";
import type { Rule } from "../policies/engine/types.ts";

/** Share of the expired title's telling character pairs a successor's title must hold (Dice). */
const TITLE_LIKENESS = 0.4;

export interface Successors {
  /** The clause that now covers this one on `day`, or null (in force itself, or nothing later covers it). */
  of(clauseId: string, day: string): Clause | null;
}

const pairs = (text: string) => new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));

export function createSuccessors(corpus: Corpus, rules: readonly Rule[]): Successors {
  const subjectsOf = new Map<string, Set<string>>();
  for (const r of rules) subjectsOf.set(r.clauseId, new Set([...(subjectsOf.get(r.clauseId) ?? []), r.subject]));
  const items = corpus.clauses.filter((c) => c.kind === "item" && c.title);
  // Pairs most titles use (跨境, 电商, 支持) tell nothing about the subject.
  const frequency = new Map<string, number>();
  for (const c of items) for (const p of pairs(c.title!)) frequency.set(p, (frequency.get(p) ?? 0) + 1);
  const telling = (title: string) => new Set([...pairs(title)].filter((p) => (frequency.get(p) ?? 0) <= items.length / 20));

  return {
    of(clauseId, day) {
      const clause = corpus.clause(clauseId);
      const infoOf = (c: Clause) => corpus.document(c.docId).info;
      if (!clause || validityIn(infoOf(clause).inForce, day).inForce) return null;
      const info = infoOf(clause);
      const later = (c: Clause) => {
        const other = infoOf(c);
        return other.city === info.city && other.issuedOn > info.issuedOn && validityIn(other.inForce, day).inForce;
      };
      const subjects = subjectsOf.get(clauseId);
      if (subjects) {
        const byRule = rules.find((r) => subjects.has(r.subject) && corpus.clause(r.clauseId) && later(corpus.clause(r.clauseId)!));
        if (byRule) return corpus.clause(byRule.clauseId)!;
      }
      if (!clause.title || clause.kind !== "item") return null;
      const own = telling(clause.title);
      if (own.size === 0) return null;
      const scored = items
        .filter((c) => later(c) && !subjectsOf.has(c.clauseId))
        .map((c) => {
          const theirs = telling(c.title!);
          const shared = [...own].filter((p) => theirs.has(p)).length;
          return { c, dice: (2 * shared) / (own.size + theirs.size) };
        })
        .filter((x) => x.dice >= TITLE_LIKENESS)
        .sort((a, b) => b.dice - a.dice);
      return scored[0]?.c ?? null;
    },
  };
}
