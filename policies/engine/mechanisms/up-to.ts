import { formatAmount, Rational } from "../../money.ts";
import type { Award, AwardResult } from "../types.ts";

/** 给予不超过X万元 with no formula: the estimate is the ceiling X. */
export function upTo(award: Extract<Award, { kind: "upTo" }>): AwardResult {
  const amount = Rational.from(award.amount);
  return {
    status: "ok",
    amount,
    kind: "up_to",
    lines: [`最高不超过${formatAmount(amount)}，具体金额由主管部门核定，此处按上限估算`],
    missing: [],
  };
}
