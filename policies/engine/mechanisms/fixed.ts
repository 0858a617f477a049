import { formatAmount, Rational } from "../../money.ts";
import type { Award, AwardResult } from "../types.ts";

/** 给予X万元: a set amount. */
export function fixed(award: Extract<Award, { kind: "fixed" }>): AwardResult {
  const amount = Rational.from(award.amount);
  return { status: "ok", amount, kind: "fixed", lines: [`定额${formatAmount(amount)}`], missing: [] };
}
