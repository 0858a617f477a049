// The base of a rate or a per-unit award, in the currency the award needs.
import { convert, decimal, formatAmount, Rational, type Currency } from "../../money.ts";
import { boundsOf } from "../bounds.ts";
import { formatValue, readQuantity } from "../quantity.ts";
import type { Context, Quantity } from "../types.ts";

export interface Base {
  value?: Rational;
  /** 出口信保费用 50万元, or 在线交易额 20万美元（按1美元=7.1元折合142万元）. */
  text: string;
  missing: string[];
  /** For an unknown base: the least it can be, from the profile's other figures. */
  floor?: Rational;
}

export function readBase(q: Quantity, ctx: Context, currency: Currency | null): Base {
  const r = readQuantity(q, ctx);
  if (!r.value && q.kind === "field" && currency) {
    const { floor } = boundsOf(q.path, ctx, currency);
    if (floor) {
      floor.from.forEach((p) => ctx.reads.add(p));
      return { text: `${r.label}：未提供（${floor.text}）`, missing: r.missing, floor: floor.value };
    }
  }
  if (!r.value || r.partial) return { text: `${r.label}：未提供`, missing: r.missing };
  const shown = `${r.label} ${formatValue(r.value, q, ctx)}${r.assumed ? `（${r.assumed}）` : ""}`;
  if (r.value.type === "number") return { value: r.value.value, text: shown, missing: r.missing };
  if (r.value.type !== "money") throw new Error(`${r.label} is not a figure`);
  if (!currency) return { value: r.value.value, text: shown, missing: [] };
  const c = convert(r.value.value, r.value.currency, currency, ctx.fx);
  if (!c.converted) return { value: c.value, text: shown, missing: [] };
  ctx.usedFx.value = true;
  return { value: c.value, text: `${shown}（按1美元=${decimal(ctx.fx, 6)}元折合${formatAmount(c.value, currency)}）`, missing: [] };
}
