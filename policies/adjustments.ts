// What applies across results once each rule is evaluated: caps shared by several items of a
// clause, and the documents' no-stacking rules.
import { documentInfo } from "../corpus/documents.ts";
import { loadCorpus } from "../corpus/index.ts";
import type { Evaluated } from "./evaluate-rule.ts";
import type { PolicyDocument } from "./engine/types.ts";
import { formatAmount, Rational } from "./money.ts";

const eligible = (e: Evaluated) => e.result.status === "eligible";
const cite = (e: Evaluated) => `${e.result.docNumber}${e.result.clauseLabel}${e.rule.part ? `（${e.rule.part}）` : ""}`;
const setAmount = (e: Evaluated, amount: Rational) => {
  e.amount = amount;
  e.result.amountCny = Number(amount.round());
};

/** 以上两项补助单个企业最高不超过50万元: later items give way until the sum fits. */
export function applySharedCaps(evaluated: Evaluated[], docs: readonly PolicyDocument[]): string[] {
  const warnings: string[] = [];
  for (const doc of docs) {
    for (const shared of doc.sharedCaps ?? []) {
      const members = evaluated.filter((e) => shared.rules.includes(e.rule.id) && eligible(e) && e.amount);
      const sum = members.reduce((s, e) => s.add(e.amount!), Rational.ZERO);
      let excess = sum.sub(Rational.from(shared.cap.amount));
      if (excess.cmp(Rational.ZERO) <= 0) continue;
      for (const e of [...members].reverse()) {
        if (excess.cmp(Rational.ZERO) <= 0) break;
        const cut = e.amount!.min(excess);
        setAmount(e, e.amount!.sub(cut));
        excess = excess.sub(cut);
        e.result.explanation += `\n合计上限：${shared.cap.text}，各项合计${formatAmount(sum)}超过上限，本项按${formatAmount(e.amount!)}计。`;
      }
      warnings.push(`${documentInfo(doc.docId).docNumber}${loadCorpus().clause(shared.clauseId)!.label}：${shared.cap.text}，已按合计上限${formatAmount(Rational.from(shared.cap.amount))}调整。`);
    }
  }
  return warnings;
}

/**
 * 不重复享受 / 就高 / 从优不重复: among eligible results for the same project (same subject) that a
 * document's rule covers, only the highest amount counts in the total. Overlaps no document rules
 * on are counted and flagged.
 */
export function applyStacking(evaluated: Evaluated[], docs: readonly PolicyDocument[]): string[] {
  const warnings: string[] = [];
  const settled = new Set<Evaluated>();
  for (const doc of docs) {
    if (!doc.stacking) continue;
    const policy = doc.stacking;
    const city = documentInfo(doc.docId).city;
    const own = evaluated.filter((e) => eligible(e) && e.result.docId === doc.docId);
    for (const subject of new Set(own.map((e) => e.rule.subject))) {
      const group = evaluated.filter(
        (e) =>
          eligible(e) &&
          e.rule.subject === subject &&
          (policy.scope === "document" ? e.result.docId === doc.docId : documentInfo(e.result.docId).city === city),
      );
      if (group.length < 2) continue;
      const best = group.reduce((a, b) => ((b.amount ?? Rational.ZERO).cmp(a.amount ?? Rational.ZERO) > 0 ? b : a));
      const basis = `${documentInfo(doc.docId).docNumber}${loadCorpus().clause(policy.clauseId)!.label}“${policy.quote}”`;
      for (const e of group) {
        settled.add(e);
        if (e === best) continue;
        e.result.countedInTotal = false;
        e.result.explanation += `\n不重复享受：与${cite(best)}属同一项目，依据${basis}，合计只计${cite(best)}。`;
      }
      warnings.push(`不重复享受：${group.map(cite).join("、")}属同一项目，${policy.explanation}，合计计入${cite(best)}${best.amount ? `（${formatAmount(best.amount)}）` : ""}。`);
    }
  }
  const open = evaluated.filter((e) => eligible(e) && !settled.has(e));
  for (const subject of new Set(open.map((e) => e.rule.subject))) {
    const group = open.filter((e) => e.rule.subject === subject);
    if (new Set(group.map((e) => e.result.docId)).size < 2) continue;
    warnings.push(`${group.map(cite).join("与")}可能属同一项目，文件未规定能否同时享受，合计中已分别计入，请向主管部门确认。`);
  }
  return warnings;
}
