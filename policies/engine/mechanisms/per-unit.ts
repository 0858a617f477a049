import { formatAmount, formatMoney, Rational } from "../../money.ts";
import type { Award, AwardResult, Context } from "../types.ts";
import { readBase } from "./money-base.ts";

/**
 * `pay` for every `per` of the base: 每平方米300元, 每人100元, 每单0.5元, 每3万美元1万元.
 * Where `per` is more than one unit, only whole units count (15万美元 ÷ 3万美元 = 5 units).
 */
export function perUnit(award: Extract<Award, { kind: "perUnit" }>, ctx: Context): AwardResult {
  const kind = award.upTo ? "up_to" : "computed";
  const perMoney = typeof award.per === "object" ? award.per : null;
  const base = readBase(award.of, ctx, perMoney?.currency ?? null);
  const value = base.value ?? base.floor;
  if (!value) return { status: "missing", kind, lines: [`？ ${base.text}`], missing: base.missing };
  const pay = Rational.from(award.pay);
  const per = Rational.from(perMoney ? perMoney.amount : (award.per as number));
  let line: string;
  let amount: Rational;
  if (per.cmp(Rational.of(1n)) === 0 && !perMoney) {
    amount = value.mul(pay);
    line = `${base.text} × ${formatAmount(pay)} = ${formatAmount(amount)}`;
  } else {
    const units = value.div(per).floor();
    amount = Rational.of(units).mul(pay);
    const perText = perMoney ? formatMoney(perMoney) : String(award.per);
    line = `${base.text} ÷ ${perText} = ${units}个完整单位（不足一个单位的部分不计），× ${formatAmount(pay)} = ${formatAmount(amount)}`;
  }
  // From a floor of the base, the amount is only a floor too.
  if (!base.value) return { status: "missing", kind, lines: [`？ ${line}，至少为${formatAmount(amount)}`], missing: base.missing, atLeast: amount };
  return { status: "ok", amount, kind, lines: [line], missing: base.missing };
}
