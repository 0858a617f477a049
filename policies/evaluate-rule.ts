// One rule against one profile: status, amount, and the explanation of both.
import { documentInfo } from "../corpus/documents.ts";
import { loadCorpus } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { evaluateAward } from "./engine/award.ts";
import { applyCap } from "./engine/cap.ts";
import { evaluateConditions } from "./engine/condition.ts";
import { kindOf } from "./engine/kind.ts";
import type { Context, PolicyDocument, Rule } from "./engine/types.ts";
import { decimal, formatAmount, Rational } from "./money.ts";
import { pathLabel } from "./fields.ts";
import { KIND_LABELS, type Kind } from "./profile.ts";
import { lackingFields, PERIOD_TEXT, type RuleResult } from "./result.ts";

/** A rule's display title: the clause's own title, and the part for a lettered rule. */
export function ruleTitle(rule: Rule): string | null {
  const clause = loadCorpus().clause(rule.clauseId);
  const parts = [clause?.title, rule.part].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join("——") : null;
}

export interface Evaluated {
  result: RuleResult;
  amount: Rational | null;
  rule: Rule;
  /** The value paths the rule read (none when its document is not in force). */
  reads: Set<string>;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function evaluateRule(rule: Rule, doc: PolicyDocument, kinds: readonly Kind[], asOf: string, shared: Context): Evaluated {
  // The rule's own flag, so its explanation says whether it converted currencies.
  const ctx: Context = { ...shared, usedFx: { value: false }, reads: new Set() };
  const evaluated = { ...evaluateWith(rule, doc, kinds, asOf, ctx), reads: ctx.reads };
  if (ctx.usedFx.value) {
    shared.usedFx.value = true;
    evaluated.result.explanation += `\n汇率：美元金额按1美元=${decimal(ctx.fx, 6)}元人民币折算。`;
  }
  return evaluated;
}

function evaluateWith(rule: Rule, doc: PolicyDocument, kinds: readonly Kind[], asOf: string, ctx: Context): Omit<Evaluated, "reads"> {
  const info = documentInfo(doc.docId);
  const clause = loadCorpus().clause(rule.clauseId)!;
  const validity = validityOn(doc.docId, asOf);
  const base = {
    clauseId: rule.id,
    docId: doc.docId,
    docNumber: info.docNumber,
    clauseLabel: clause.label,
    title: ruleTitle(rule),
    amountKind: kindOf(rule.award),
    citation: { clauseId: rule.clauseId, quote: rule.quote },
    period: rule.period,
    countedInTotal: false,
    confirm: rule.confirm ?? [],
    validity: { status: validity.status, text: validity.text },
    warnings: [] as string[],
  };
  if (!validity.inForce) {
    return {
      rule,
      amount: null,
      result: {
        ...base, status: "not_in_force", amountCny: null, missing: [], reason: `文件${validity.text}`,
        explanation: `《${info.title}》（${info.docNumber}）${validity.text}；筛查日${asOf}不在有效期内，本条不适用。`,
      },
    };
  }
  const who = kinds.filter((k) => rule.kinds.includes(k)).map((k) => KIND_LABELS[k]).join("、");
  const lines = [`适用对象：${who} ✓`];
  const preconditions = doc.preconditions.filter((p) => !p.kinds || p.kinds.some((k) => kinds.includes(k)));
  const pre = evaluateConditions(preconditions.map((p) => p.condition), ctx);
  if (preconditions.length) {
    const labels = unique(preconditions.map((p) => loadCorpus().clause(p.clauseId)!.label));
    lines.push(`前提条件（${info.docNumber}${labels.join("、")}）：`, ...pre.lines.map((l) => `  ${l}`));
  }
  const own = evaluateConditions(rule.conditions, ctx);
  if (rule.conditions.length) lines.push("条件：", ...own.lines.map((l) => `  ${l}`));

  const confirmLines = (rule.confirm ?? []).map((c) => `需自行确认：${c}`);
  const noteLines = (rule.notes ?? []).map((n) => `说明：${n}`);
  const firstFailure = (...groups: string[][]) =>
    groups.flat().find((l) => l.trimStart().startsWith("✗"))?.trim().replace(/^✗\s*/u, "不满足：") ?? "不满足条件";
  type Outcome = Omit<RuleResult, keyof typeof base | "explanation"> & { countedInTotal?: boolean };
  const finish = (result: Outcome, conclusion: string, amount: Rational | null): Omit<Evaluated, "reads"> => ({
    rule,
    amount,
    result: { ...base, ...result, explanation: [...lines, ...confirmLines, ...noteLines, conclusion].join("\n") },
  });

  if (pre.holds === false || own.holds === false) {
    const nearMiss = pre.holds !== false ? own.nearMiss : undefined;
    return finish(
      { status: "ineligible", amountCny: null, missing: [], reason: firstFailure(pre.lines, own.lines), ...(nearMiss ? { nearMiss } : {}) },
      `结论：不符合条件。${nearMiss ? `差距：${nearMiss}。` : ""}`,
      null,
    );
  }
  let award = evaluateAward(rule.award, ctx);
  lines.push("计算：", ...award.lines.map((l) => `  ${l}`));
  let amount = award.amount ?? null;
  let capLine: string | null = null;
  if (amount && rule.cap) {
    const capped = applyCap(amount, rule.cap);
    amount = capped.amount;
    lines.push(`  ${capped.line}`);
    if (capped.amount.cmp(award.amount!) !== 0) capLine = capped.line;
  }
  let atLeast = award.atLeast ?? null;
  if (atLeast && rule.cap) {
    atLeast = atLeast.min(Rational.from(rule.cap.amount));
    // A floor of the amount that reaches the cap settles it: the unknown base no longer matters.
    if (atLeast.cmp(Rational.from(rule.cap.amount)) === 0) {
      lines.push(`  按已知数据计算的下限已达上限，按${formatAmount(atLeast)}计（${rule.cap.text}）`);
      award = { ...award, status: "ok", missing: [] };
      amount = atLeast;
      atLeast = null;
    }
  }
  const missing = unique([...pre.missing, ...own.missing, ...award.missing]);
  if (pre.holds === undefined || own.holds === undefined || award.status === "missing") {
    const conditionsMet = pre.holds === true && own.holds === true;
    const worth = (a: Rational | null) => a !== null && a.cmp(Rational.ZERO) > 0;
    const ifMet =
      award.status === "ok" && worth(amount) ? { amountCny: Number(amount!.round()), atLeast: false } : worth(atLeast) ? { amountCny: Number(atLeast!.round()), atLeast: true } : undefined;
    const potential = ifMet ? `${conditionsMet ? "按已知数据" : "如条件满足，"}${ifMet.atLeast ? "至少" : "预计"}可获${formatAmount(Rational.from(ifMet.amountCny))}。` : "";
    // Presumed fields stay in `missing` (worth asking) but are not what is lacking.
    const presumed = unique([...(pre.presumed ?? []), ...(own.presumed ?? [])]).filter((p) => missing.includes(p));
    const reason = `尚缺：${unique(lackingFields(missing, presumed).map(pathLabel)).join("、")}`;
    return finish(
      { status: "missing_info", amountCny: null, missing, reason, ...(presumed.length ? { presumed } : {}), ...(ifMet ? { ifMet } : {}) },
      `结论：尚缺信息，暂无法判断。${potential}`,
      null,
    );
  }
  if (award.status === "none" || (amount && amount.cmp(Rational.ZERO) === 0)) {
    const nearMiss = award.nearMiss;
    return finish(
      { status: "ineligible", amountCny: null, missing: [], reason: award.status === "none" ? firstFailure(award.lines) : "按所填数据计算金额为0元", ...(nearMiss ? { nearMiss } : {}) },
      `结论：不符合条件${award.status === "none" ? "" : "（可获金额为0元）"}。${nearMiss ? `差距：${nearMiss}。` : ""}`,
      null,
    );
  }
  const period = PERIOD_TEXT[rule.period];
  const conclusion = amount
    ? `结论：符合条件，预计${period}可获${award.kind === "up_to" ? "最高" : ""}${formatAmount(amount)}。`
    : "结论：符合条件，金额由主管部门按相关政策核定。";
  const arithmetic = award.lines.map((l) => l.trim()).find((l) => / = |^定额|^最高|^金额未明确/u.test(l));
  // The arithmetic with the cap it met (× 30% = 60万元；超过上限，按50万元计), so that it ends on the amount given.
  const reason = arithmetic ? [arithmetic, capLine].filter(Boolean).join("；") : conclusion;
  return finish({ status: "eligible", amountCny: amount ? Number(amount.round()) : null, missing, countedInTotal: true, reason }, conclusion, amount);
}
