import { formatAmount, Rational } from "../../money.ts";
import { applyCap } from "../cap.ts";
import { kindOf } from "../kind.ts";
import { evaluateConditions } from "../condition.ts";
import { itemContext, itemName, listAt } from "../quantity.ts";
import type { Award, AwardResult, Context } from "../types.ts";

type Evaluate = (award: Award, ctx: Context) => AwardResult;

/**
 * An award per item of a list (每个海外仓, 每家门店, 每个培训班次): the items that meet the
 * conditions each get the item award, capped per item, and the amounts are added up.
 */
export function forEach(award: Extract<Award, { kind: "forEach" }>, ctx: Context, evaluate: Evaluate): AwardResult {
  const list = listAt(ctx, award.items);
  const kind = kindOf(award);
  if (!list) return { status: "missing", kind, lines: [`？ ${award.itemLabel}：未提供`], missing: [award.items] };
  if (list.length === 0) return { status: "none", kind, lines: [`✗ 没有${award.itemLabel}`], missing: [] };
  const lines: string[] = [];
  const missing: string[] = [];
  const amounts: Rational[] = [];
  const nearMisses: string[] = [];
  // Whether some item could not be decided; a presumed field is listed as missing but decides.
  let undecided = false;
  list.forEach((_, i) => {
    const item = itemContext(ctx, award.items, i);
    const where = evaluateConditions(award.where, item);
    lines.push(`${itemName(ctx, award.items, i)}：`, ...where.lines.map((l) => `  ${l}`));
    if (where.holds !== false) missing.push(...where.missing);
    if (where.holds === undefined) undecided = true;
    if (where.holds !== true) {
      if (where.nearMiss) nearMisses.push(`${itemName(ctx, award.items, i)}：${where.nearMiss}`);
      return;
    }
    const r = evaluate(award.award, item);
    lines.push(...r.lines.map((l) => `  ${l}`));
    missing.push(...r.missing);
    if (r.status === "missing") undecided = true;
    if (r.status === "none" && r.nearMiss) nearMisses.push(`${itemName(ctx, award.items, i)}：${r.nearMiss}`);
    if (r.status !== "ok" || !r.amount) return;
    const capped = award.cap ? applyCap(r.amount, award.cap) : { amount: r.amount, line: null };
    if (capped.line) lines.push(`  ${capped.line}`);
    amounts.push(capped.amount);
  });
  if (amounts.length === 0) {
    return { status: undecided ? "missing" : "none", kind, lines, missing: undecided ? missing : [], ...(nearMisses.length ? { nearMiss: nearMisses[0]! } : {}) };
  }
  const amount = amounts.reduce((s, a) => s.add(a), Rational.ZERO);
  if (amounts.length > 1) lines.push(`合计 ${amounts.map((a) => formatAmount(a)).join(" + ")} = ${formatAmount(amount)}`);
  return { status: "ok", amount, kind, lines, missing };
}
