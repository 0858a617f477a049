import { formatAmount, Rational } from "../../money.ts";
import { kindOf } from "../kind.ts";
import type { Award, AwardResult, Context } from "../types.ts";

type Evaluate = (award: Award, ctx: Context) => AwardResult;

/** Several awards added up (每个“中国名牌”50万元 + 每个“河南省国际知名品牌”10万元). */
export function sum(award: Extract<Award, { kind: "sum" }>, ctx: Context, evaluate: Evaluate): AwardResult {
  const parts = award.parts.map((p) => evaluate(p, ctx));
  const ok = parts.filter((p) => p.status === "ok" && p.amount);
  const missing = parts.flatMap((p) => p.missing);
  const kind = kindOf(award);
  const lines = parts.flatMap((p) => p.lines);
  if (ok.length === 0) return { status: missing.length ? "missing" : "none", kind, lines, missing };
  const amount = ok.reduce((s, p) => s.add(p.amount!), Rational.ZERO);
  if (ok.length > 1) lines.push(`合计 ${ok.map((p) => formatAmount(p.amount!)).join(" + ")} = ${formatAmount(amount)}`);
  return { status: "ok", amount, kind, lines, missing };
}
