import { decimal, formatAmount, formatRate, Rational } from "../../money.ts";
import { PARAMETERS } from "../../parameters.ts";
import type { Award, AwardResult, Context } from "../types.ts";
import { readBase } from "./money-base.ts";

/** rate × base: 出口信保费用 50万元 × 30% = 15万元; 贷款本金 200万元 × 0.76%（LPR 3.8% × 20%）= 1.52万元. `upTo` for 给予不超过X%. */
export function rate(award: Extract<Award, { kind: "rate" }>, ctx: Context): AwardResult {
  const kind = award.upTo ? "up_to" : "computed";
  const base = readBase(award.of, ctx, "CNY");
  const value = base.value ?? base.floor;
  if (!value) return { status: "missing", kind, lines: [`？ ${base.text}`], missing: base.missing };
  let r: Rational;
  let rateText: string;
  if (typeof award.rate === "number") {
    r = Rational.from(award.rate);
    rateText = formatRate(r);
  } else {
    const p = ctx.parameter(award.rate.param);
    ctx.reads.add(PARAMETERS[award.rate.param].override);
    r = p.value.mul(Rational.from(award.rate.factor));
    // The rate the base is multiplied by, then how it is made: 0.76%（同期…利率3.8% × 20%）.
    rateText = `${decimal(r.mul(Rational.of(100n)), 4)}%（${award.rate.text}：${p.text} × ${formatRate(Rational.from(award.rate.factor))}）`;
  }
  const amount = value.mul(r);
  // From a floor of the base, the amount is only a floor too.
  if (!base.value) return { status: "missing", kind, lines: [`？ ${base.text} × ${rateText}，至少为${formatAmount(amount)}`], missing: base.missing, atLeast: amount };
  const lines = [`${base.text} × ${rateText} = ${formatAmount(amount)}`];
  if (award.upTo) lines.push("原文为“不超过”该比例，此处按最高比例估算");
  return { status: "ok", amount, kind, lines, missing: base.missing };
}
