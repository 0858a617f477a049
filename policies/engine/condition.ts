// Conditions, each reported as the clause words it, the enterprise's figure, the threshold and
// whether it holds:  ✓ 年出口额达到300万美元以上 —— 跨境电商出口额 300万美元（≥ 300万美元）
import { convert, decimal, formatAmount, Rational, type Currency } from "../money.ts";
import { boundsOf } from "./bounds.ts";
import { formatValue, readQuantity } from "./quantity.ts";
import type { Comparison, Condition, ConditionResult, Context } from "./types.ts";

const MARK = { true: "✓", false: "✗", undefined: "？" } as const;
const mark = (holds: boolean | undefined) => MARK[String(holds) as keyof typeof MARK];

const SYMBOL: Record<Comparison, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };
const NEGATION: Record<Comparison, Comparison> = { ">=": "<", ">": "<=", "<=": ">", "<": ">=" };

function compare(a: Rational, op: Comparison, b: Rational): boolean {
  const c = a.cmp(b);
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c < 0;
}

function fxText(ctx: Context): string {
  return `按1美元=${decimal(ctx.fx, 6)}元`;
}

function evaluateCompare(c: Extract<Condition, { kind: "compare" }>, ctx: Context): ConditionResult {
  const r = readQuantity(c.q, ctx);
  if (!r.value) return fromBounds(c, ctx, r.label) ?? { holds: undefined, missing: r.missing, lines: [`？ ${c.text} —— ${r.label}：未提供`] };
  let figure: Rational;
  let threshold: Rational;
  let unit: Currency | null = null;
  let shown = formatValue(r.value, c.q, ctx);
  if (typeof c.than === "number") {
    if (r.value.type !== "number") throw new Error(`${c.text}: ${r.label} is not a number`);
    figure = r.value.value;
    threshold = Rational.from(c.than);
  } else {
    if (r.value.type !== "money") throw new Error(`${c.text}: ${r.label} is not money`);
    unit = c.than.currency;
    threshold = Rational.from(c.than.amount);
    const conv = convert(r.value.value, r.value.currency, unit, ctx.fx);
    figure = conv.value;
    if (conv.converted && figure.cmp(Rational.ZERO) !== 0) {
      ctx.usedFx.value = true;
      shown += `（${fxText(ctx)}折合约${formatAmount(Rational.of(figure.mul(Rational.of(100n)).round(), 100n), unit)}）`;
    }
  }
  const fmt = (v: Rational) => (unit ? formatAmount(v, unit) : formatValue({ type: "number", value: v }, c.q, ctx));
  const holds = compare(figure, c.op, threshold);
  if (r.partial) {
    // Undecided items can only add to a total: it proves "at least", never "less than".
    if (!holds || (c.op !== ">=" && c.op !== ">")) {
      return { holds: undefined, missing: r.missing, lines: [`？ ${c.text} —— ${r.label} 已知部分 ${shown}，其余未提供`] };
    }
    shown = `至少 ${shown}`;
  }
  const op = holds ? c.op : NEGATION[c.op];
  const line = `${mark(holds)} ${c.text} —— ${r.label} ${shown}（${SYMBOL[op]} ${fmt(threshold)}）`;
  if (holds || (c.op !== ">=" && c.op !== ">")) return { holds, missing: [], lines: [line] };
  // Nothing in a list qualified: the item that nearly did says more than "0 of them".
  if (figure.cmp(Rational.ZERO) === 0 && r.itemNearMisses?.length) return { holds, missing: [], lines: [line], nearMiss: r.itemNearMisses[0]! };
  // Nothing at all (no pilot project, no exports) is not near any threshold.
  if (figure.cmp(Rational.ZERO) === 0) return { holds, missing: [], lines: [line] };
  const gap = threshold.sub(figure);
  const nearMiss =
    c.op === ">="
      ? `${r.label}还差${fmt(gap)}即达到${fmt(threshold)}门槛`
      : gap.cmp(Rational.ZERO) === 0
        ? `${r.label}需超过${fmt(threshold)}，目前正好等于${fmt(threshold)}`
        : `${r.label}需超过${fmt(threshold)}，目前为${fmt(figure)}，还差${fmt(gap)}`;
  return { holds, missing: [], lines: [line], nearMiss };
}

/**
 * An unknown figure decided by what the profile's other figures say about it: a floor that meets
 * an "at least" threshold, or a ceiling that stays below it. The figure is not listed as missing
 * for the condition, since knowing it would not change the outcome.
 */
function fromBounds(c: Extract<Condition, { kind: "compare" }>, ctx: Context, label: string): ConditionResult | undefined {
  if (c.q.kind !== "field" || typeof c.than === "number") return undefined;
  const threshold = Rational.from(c.than.amount);
  const { floor, ceiling } = boundsOf(c.q.path, ctx, c.than.currency);
  const atLeast = c.op === ">=" || c.op === ">";
  // For ≥ and >: a floor meeting it proves it, a ceiling short of it disproves it; for ≤ and <, the reverse.
  const proving = atLeast ? floor : ceiling;
  const disproving = atLeast ? ceiling : floor;
  const decided =
    proving && compare(proving.value, c.op, threshold)
      ? { holds: true, bound: proving, op: c.op }
      : disproving && !compare(disproving.value, c.op, threshold)
        ? { holds: false, bound: disproving, op: NEGATION[c.op] }
        : undefined;
  if (!decided) return undefined;
  decided.bound.from.forEach((p) => ctx.reads.add(p));
  const line = `${mark(decided.holds)} ${c.text} —— ${label}未提供；${decided.bound.text}（${SYMBOL[decided.op]} ${formatAmount(threshold, c.than.currency)}），据此判断`;
  return { holds: decided.holds, missing: [], lines: [line] };
}

function evaluateIs(c: Extract<Condition, { kind: "is" }>, ctx: Context): ConditionResult {
  const r = readQuantity(c.q, ctx);
  let value = r.value;
  let note = "";
  if (!value && c.assume !== undefined) {
    value = typeof c.assume === "boolean" ? { type: "boolean", value: c.assume } : { type: "text", value: c.assume };
    note = "（未说明，按此推定；如不符请告知）";
  }
  if (!value) return { holds: undefined, missing: r.missing, lines: [`？ ${c.text} —— ${r.label}：未提供`] };
  const actual = value.type === "boolean" || value.type === "text" ? value.value : null;
  const holds = Array.isArray(c.equals) ? c.equals.includes(actual as string) : actual === c.equals;
  // A presumed value decides the condition, but the field stays listed as missing so it gets asked.
  return { holds, missing: note ? r.missing : [], ...(note ? { presumed: r.missing } : {}), lines: [`${mark(holds)} ${c.text} —— ${r.label}：${formatValue(value, c.q, ctx)}${note}`] };
}

function evaluateGroup(c: Extract<Condition, { kind: "all" | "any" }>, ctx: Context): ConditionResult {
  const parts = c.of.map((p) => evaluateCondition(p, ctx));
  const decided = c.kind === "all" ? false : true;
  const holds = parts.some((p) => p.holds === decided)
    ? decided
    : parts.every((p) => p.holds === !decided)
      ? !decided
      : undefined;
  const nearMiss = c.kind === "all" ? singleNearMiss(parts) : undefined;
  return {
    holds,
    missing: missingOf(holds, parts),
    presumed: parts.flatMap((p) => p.presumed ?? []),
    lines: [`${mark(holds)} ${c.text}`, ...parts.flatMap((p) => p.lines.map((l) => `  ${l}`))],
    ...(nearMiss ? { nearMiss } : {}),
  };
}

/**
 * What is still missing: everything unknown while undecided; once it holds, only the presumed
 * values that decided it (worth asking); nothing once it fails.
 */
function missingOf(holds: boolean | undefined, parts: ConditionResult[]): string[] {
  if (holds === undefined) return parts.flatMap((p) => p.missing);
  return holds ? parts.filter((p) => p.holds === true).flatMap((p) => p.missing) : [];
}

/**
 * The near miss when failing comes down to one known gap: one failed condition, or several
 * failing for the same reason (an item left out of both a count and a sum). Conditions still
 * unknown do not hide it: the gap is there whatever they turn out to be.
 */
function singleNearMiss(parts: ConditionResult[]): string | undefined {
  const failing = parts.filter((p) => p.holds === false);
  const reasons = new Set(failing.map((p) => p.nearMiss));
  return failing.length > 0 && reasons.size === 1 ? failing[0]!.nearMiss : undefined;
}

export function evaluateCondition(c: Condition, ctx: Context): ConditionResult {
  switch (c.kind) {
    case "compare":
      return evaluateCompare(c, ctx);
    case "is":
      return evaluateIs(c, ctx);
    case "all":
    case "any":
      return evaluateGroup(c, ctx);
  }
}

/** All of a list of conditions: false as soon as one fails, undefined while any is unknown. */
export function evaluateConditions(conditions: readonly Condition[], ctx: Context): ConditionResult {
  if (conditions.length === 1) return evaluateCondition(conditions[0]!, ctx);
  const parts = conditions.map((c) => evaluateCondition(c, ctx));
  const failing = parts.filter((p) => p.holds === false);
  const holds = failing.length ? false : parts.some((p) => p.holds === undefined) ? undefined : true;
  const nearMiss = singleNearMiss(parts);
  return {
    holds,
    missing: missingOf(holds, parts),
    presumed: parts.flatMap((p) => p.presumed ?? []),
    lines: parts.flatMap((p) => p.lines),
    ...(nearMiss ? { nearMiss } : {}),
  };
}
