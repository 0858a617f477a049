// What known figures say about an unknown one (policies/profile.ts FIGURE_BOUNDS): the known parts
// of a whole are a floor for it, and a known whole less its other known parts is a ceiling for a
// part. A condition on the unknown figure is decided from these where they settle it; an amount
// that depends on it can at least be given from the floor.
import { FIGURE_BOUNDS } from "../profile.ts";
import { convert, decimal, formatAmount, Rational, type Currency } from "../money.ts";
import { labelOf, readQuantity } from "./quantity.ts";
import type { Context, Value } from "./types.ts";

export interface Bound {
  /** In the currency asked for. */
  value: Rational;
  /** The known figures it comes from (value paths), to record as read where it decides something. */
  from: string[];
  /** 跨境电商进出口额包含…：已知跨境电商出口额200万美元（按1美元=7.1元折合1420万元），故至少为1420万元 */
  text: string;
}

type MoneyValue = Extract<Value, { type: "money" }>;

function known(path: string, ctx: Context): MoneyValue | undefined {
  // Looking is not reading: a figure counts as read only where its bound decides something.
  const r = readQuantity({ kind: "field", path }, { ...ctx, reads: new Set() });
  return r.value?.type === "money" ? r.value : undefined;
}

/** Known figures among `paths`, each as "跨境电商出口额200万美元", and their sum in `currency`. */
function knownSum(paths: readonly string[], ctx: Context, currency: Currency): { sum: Rational; texts: string[]; from: string[] } | null {
  let sum = Rational.ZERO;
  const texts: string[] = [];
  const from: string[] = [];
  for (const path of paths) {
    const v = known(path, ctx);
    if (!v) continue;
    from.push(path);
    const c = convert(v.value, v.currency, currency, ctx.fx);
    if (c.converted) ctx.usedFx.value = true;
    sum = sum.add(c.value);
    const converted = c.converted ? `（按1美元=${decimal(ctx.fx, 6)}元折合${formatAmount(c.value, currency)}）` : "";
    texts.push(`${labelOf({ kind: "field", path }, ctx)}${formatAmount(v.value, v.currency)}${converted}`);
  }
  return texts.length ? { sum, texts, from } : null;
}

/** The floor and ceiling the profile's other figures put on the unknown top-level figure `path`. */
export function boundsOf(path: string, ctx: Context, currency: Currency): { floor?: Bound; ceiling?: Bound } {
  if (ctx.scopePath) return {};
  const bounds: { floor?: Bound; ceiling?: Bound } = {};
  for (const b of FIGURE_BOUNDS) {
    if (b.whole === path) {
      const parts = knownSum(b.parts, ctx, currency);
      if (parts && (!bounds.floor || parts.sum.cmp(bounds.floor.value) > 0)) {
        bounds.floor = { value: parts.sum, from: parts.from, text: `${b.text}，已知${parts.texts.join("、")}，故至少为${formatAmount(parts.sum, currency)}` };
      }
    }
    if ((b.parts as string[]).includes(path)) {
      const whole = knownSum([b.whole], ctx, currency);
      if (!whole) continue;
      const others = knownSum(b.parts.filter((p) => p !== path), ctx, currency);
      const ceiling = others ? whole.sum.sub(others.sum) : whole.sum;
      // Parts that add up to more than the whole contradict each other: they bound nothing.
      if (ceiling.cmp(Rational.ZERO) < 0 || (bounds.ceiling && ceiling.cmp(bounds.ceiling.value) >= 0)) continue;
      const less = others ? `减去${others.texts.join("、")}` : "";
      bounds.ceiling = { value: ceiling, from: [...whole.from, ...(others?.from ?? [])], text: `${b.text}，已知${whole.texts[0]}${less}，故至多为${formatAmount(ceiling, currency)}` };
    }
  }
  return bounds;
}

/** Known parts that add up to more than their known whole: a figure is probably mistyped. */
export function boundWarnings(ctx: Context): string[] {
  const warnings: string[] = [];
  for (const b of FIGURE_BOUNDS) {
    // A conversion counts as used only when a warning shows it.
    const look: Context = { ...ctx, usedFx: { value: false } };
    const whole = knownSum([b.whole], look, "CNY");
    const parts = knownSum(b.parts, look, "CNY");
    if (whole && parts && parts.sum.cmp(whole.sum) > 0) {
      if (look.usedFx.value) ctx.usedFx.value = true;
      warnings.push(`${parts.texts.join("、")}${parts.texts.length > 1 ? "合计" : ""}超过了${whole.texts[0]}（${b.text}），请核对所填金额。`);
    }
  }
  return warnings;
}
