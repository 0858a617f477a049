// A 不超过X maximum: the amount is cut to X, and the explanation says whether it was.
import { formatAmount, Rational } from "../money.ts";
import type { Cap } from "./types.ts";

export function applyCap(amount: Rational, cap: Cap): { amount: Rational; line: string } {
  const limit = Rational.from(cap.amount);
  if (amount.cmp(limit) > 0) {
    return { amount: limit, line: `超过上限，按${formatAmount(limit)}计（${cap.text}）` };
  }
  return { amount, line: `未超过${formatAmount(limit)}上限（${cap.text}）` };
}
