// A rule described in words, from its data: 对象 / 条件 / 标准 / 上限 / 有效期. Used by
// `cli rules` for review and by answers that cite a clause with rules.
import { documentInfo, loadCorpus } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { cityLabel } from "./cities.ts";
import { moneyClauses, moneyInForce } from "./encoding.ts";
import { DERIVED } from "./engine/derived.ts";
import { field } from "./fields.ts";
import type { Award, Condition, Quantity, Rule } from "./engine/types.ts";
import { formatAmount, formatMoney, formatRate, Rational } from "./money.ts";
import { KIND_LABELS, KINDS } from "./profile.ts";
import { ENTERPRISES } from "./rules/kinds.ts";
import { PERIOD_TEXT } from "./result.ts";
import { POLICY_DOCUMENTS, RULES } from "./rules/index.ts";
import { ruleTitle } from "./evaluate-rule.ts";

export interface RuleSummary {
  ruleId: string;
  title: string | null;
  who: string;
  conditions: string[];
  standard: string;
  caps: string[];
  validity: string;
}

function quantityLabel(q: Quantity, scope: string): string {
  if (q.kind === "field") return field(scope ? `${scope}.${q.path}` : q.path).label;
  if (q.kind === "derived") return DERIVED[q.name].label;
  return q.label;
}

function conditionTexts(conditions: readonly Condition[]): string[] {
  return conditions.map((c) => c.text);
}

function describeAward(award: Award, scope: string): string {
  switch (award.kind) {
    case "fixed":
      return `给予${formatAmount(Rational.from(award.amount))}`;
    case "upTo":
      return `给予不超过${formatAmount(Rational.from(award.amount))}`;
    case "rate": {
      const rate = typeof award.rate === "number" ? formatRate(Rational.from(award.rate)) : `${award.rate.text}的${formatRate(Rational.from(award.rate.factor))}`;
      return `按${quantityLabel(award.of, scope)}的${award.upTo ? "不超过" : ""}${rate}给予`;
    }
    case "perUnit": {
      const unit = typeof award.per === "number" ? (award.per === 1 ? "" : String(award.per)) : formatMoney(award.per);
      return `按${quantityLabel(award.of, scope)}每${unit}给予${award.upTo ? "不超过" : ""}${formatAmount(Rational.from(award.pay))}`;
    }
    case "tiers":
      return award.tiers.map((t) => `${t.when.text}：${describeAward(t.award, scope)}${t.cap ? `（${t.cap.text}）` : ""}`).join("；");
    case "sum":
      return award.parts.map((p) => describeAward(p, scope)).join("，另");
    case "forEach": {
      const itemScope = `${scope ? `${scope}.` : ""}${award.items}[]`;
      const where = conditionTexts(award.where).join("、");
      return `每个${award.itemLabel}${where ? `（${where}）` : ""}${describeAward(award.award, itemScope)}${award.cap ? `（${award.cap.text}）` : ""}`;
    }
    case "unspecified":
      return award.basis;
  }
}

function whoText(rule: Rule): string {
  const same = (group: readonly string[]) => group.length === rule.kinds.length && group.every((k) => rule.kinds.includes(k as never));
  if (same(KINDS)) return "各类单位";
  if (same(ENTERPRISES)) return "各类企业";
  return rule.kinds.map((k) => KIND_LABELS[k]).join("、");
}

const docOf = (rule: Rule) => POLICY_DOCUMENTS.find((d) => d.rules.includes(rule))!;

export function summarizeRule(rule: Rule, today: string): RuleSummary {
  const doc = docOf(rule);
  const pre = doc.preconditions.map((p) => p.condition.text);
  return {
    ruleId: rule.id,
    title: ruleTitle(rule),
    who: whoText(rule),
    conditions: [...conditionTexts(rule.conditions), ...(rule.confirm ?? []), ...pre.map((p) => `（前提）${p}`)],
    standard: `${PERIOD_TEXT[rule.period]}，${describeAward(rule.award, "")}`,
    caps: rule.cap ? [rule.cap.text] : [],
    validity: validityOn(doc.docId, today).text,
  };
}

/**
 * Lines for an answer citing this clause: its rules in words; for a money clause no rule encodes
 * yet, that its amount is not encoded; null for a clause that grants nothing. A money clause cited
 * on a day when none of its city is 现行有效 says so.
 */
export function summarizeClause(clauseId: string, today: string): string[] | null {
  const clause = loadCorpus().clause(clauseId);
  if (!clause) return null;
  const info = documentInfo(clause.docId);
  const unencoded = moneyClauses(clause.docId).unencoded.includes(clause);
  const lines = rulesInWords(clauseId, today) ?? (unencoded ? [
    `金额：《${info.title}》（${info.docNumber}）中的资金条款尚未编码，本助手暂不能测算金额，请以原文为准。`,
    `有效期：${validityOn(clause.docId, today).text}`,
  ] : null);
  if (lines && !moneyInForce(info.city, today)) {
    lines.push(`注意：截至${today}，${cityLabel(info.city)}没有现行有效的资金条款；本条出自${info.docNumber}（${validityOn(clause.docId, today).text}），仅供了解此前的政策。`);
  }
  return lines;
}

function rulesInWords(clauseId: string, today: string): string[] | null {
  const rules = RULES.filter((r) => r.clauseId === clauseId);
  if (rules.length === 0) return null;
  return rules.flatMap((rule) => {
    const s = summarizeRule(rule, today);
    return [
      ...(rules.length > 1 && rule.part ? [`【${rule.part}】`] : []),
      `对象：${s.who}`,
      `条件：${s.conditions.length ? s.conditions.join("；") : "无其他门槛"}`,
      `标准：${s.standard}`,
      ...(s.caps.length ? [`上限：${s.caps.join("；")}`] : []),
      `有效期：${s.validity}`,
    ];
  });
}

/** One line per rule for `cli rules`. */
export function ruleLine(rule: Rule, today: string): string {
  const s = summarizeRule(rule, today);
  const info = documentInfo(docOf(rule).docId);
  const conditions = s.conditions.length ? s.conditions.join("；") : "无门槛";
  return `${rule.id}\t${info.docNumber} ${s.title ?? ""}\t对象：${s.who}｜条件：${conditions}｜标准：${s.standard}${s.caps.length ? `｜上限：${s.caps.join("；")}` : ""}`;
}
