import { applyCap } from "../cap.ts";
import { evaluateCondition } from "../condition.ts";
import { kindOf } from "../kind.ts";
import type { Award, AwardResult, Context } from "../types.ts";

type Evaluate = (award: Award, ctx: Context) => AwardResult;

/**
 * 达到A、B、C的，分别给予X、Y、Z: the highest tier whose condition holds. No tier holding means
 * the lowest threshold is not met (not eligible); a higher tier that cannot be decided yet is
 * reported as missing information that could raise the amount.
 */
export function tiers(award: Extract<Award, { kind: "tiers" }>, ctx: Context, evaluate: Evaluate): AwardResult {
  const checked = award.tiers.map((tier) => ({ tier, result: evaluateCondition(tier.when, ctx) }));
  const kind = kindOf(award);
  const winner = checked.findIndex((c) => c.result.holds === true);
  const undecidedAbove = checked.slice(0, winner < 0 ? checked.length : winner).filter((c) => c.result.holds === undefined);
  const missing = undecidedAbove.flatMap((c) => c.result.missing);
  if (winner < 0) {
    const lowest = checked[checked.length - 1]!;
    const lines = checked.flatMap((c) => [`${c.tier.label}：`, ...c.result.lines.map((l) => `  ${l}`)]);
    if (missing.length) return { status: "missing", kind, lines, missing };
    return { status: "none", kind, lines, missing: [], ...(lowest.result.nearMiss ? { nearMiss: lowest.result.nearMiss } : {}) };
  }
  const { tier, result } = checked[winner]!;
  // A presumed value that decided the winning tier is still worth asking.
  missing.push(...result.missing);
  const inner = evaluate(tier.award, ctx);
  const lines = [`达到${tier.label}：`, ...result.lines.map((l) => `  ${l}`), ...inner.lines];
  for (const c of undecidedAbove) lines.push(`？ 若满足${c.tier.label}可获更高金额，还需提供相关信息`);
  const above = checked[winner - 1];
  if (above?.result.holds === false && above.result.nearMiss) lines.push(`距${above.tier.label}：${above.result.nearMiss}`);
  if (inner.status !== "ok" || !inner.amount || !tier.cap) return { ...inner, lines, missing: [...inner.missing, ...missing] };
  const capped = applyCap(inner.amount, tier.cap);
  return { ...inner, amount: capped.amount, lines: [...lines, capped.line], missing: [...inner.missing, ...missing] };
}
