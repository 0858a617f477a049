// Reading a quantity from the profile or from one item of a list.
import { field } from "../fields.ts";
import { convert, decimal, formatAmount, Rational, type Money } from "../money.ts";
import { evaluateConditions } from "./condition.ts";
import { DERIVED } from "./derived.ts";
import type { Context, Quantity, Value } from "./types.ts";

export interface Reading {
  value?: Value;
  missing: string[];
  label: string;
  /**
   * For a sum or count over a list with some items undecided: `value` holds what the decided
   * items give. Such a total can only grow, so it already proves an "at least" condition.
   */
  partial?: boolean;
  /** For a sum or count: the items left out by a single near-missed condition (第1个体验店：…还差1个月…). */
  itemNearMisses?: string[];
  /** Set when the value is presumed for an unknown field (which is still listed in `missing`). */
  assumed?: string;
}

const isMoney = (v: unknown): v is Money =>
  typeof v === "object" && v !== null && "amount" in v && "currency" in v;

function valueOf(raw: unknown): Value {
  if (isMoney(raw)) return { type: "money", value: Rational.from(raw.amount), currency: raw.currency };
  if (typeof raw === "number") return { type: "number", value: Rational.from(raw) };
  if (typeof raw === "boolean") return { type: "boolean", value: raw };
  return { type: "text", value: String(raw) };
}

function at(scope: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], scope);
}

const join = (base: string, path: string) => (base ? `${base}.${path}` : path);

export function itemContext(ctx: Context, items: string, index: number): Context {
  const list = at(ctx.scope, items) as Record<string, unknown>[];
  return {
    ...ctx,
    scope: list[index]!,
    scopePath: `${join(ctx.scopePath, items)}[${index}]`,
    schemaPath: `${join(ctx.schemaPath, items)}[]`,
  };
}

/** 第2个海外仓 */
export function itemName(ctx: Context, items: string, index: number): string {
  const list = field(`${ctx.schemaPath ? `${ctx.schemaPath}.` : ""}${items}`);
  return `第${index + 1}个${list.itemLabel ?? list.label}`;
}

/** The items of a list field, or undefined when the list was not given. */
export function listAt(ctx: Context, items: string): unknown[] | undefined {
  ctx.reads.add(join(ctx.scopePath, items));
  const list = at(ctx.scope, items);
  return Array.isArray(list) ? list : undefined;
}

export function labelOf(q: Quantity, ctx: Context): string {
  if (q.kind === "derived") return DERIVED[q.name].label;
  return q.kind === "field" ? field(join(ctx.schemaPath, q.path)).label : q.label;
}

/** Value of a quantity; a quantity with missing parts has no value unless it is a partial total. */
export function readQuantity(q: Quantity, ctx: Context): Reading {
  const label = labelOf(q, ctx);
  if (q.kind === "derived") return { ...DERIVED[q.name].read(ctx), label };
  if (q.kind === "field") {
    ctx.reads.add(join(ctx.scopePath, q.path));
    const raw = at(ctx.scope, q.path);
    if (raw === undefined && q.assume) {
      return { value: { type: "number", value: Rational.from(q.assume.value) }, missing: [join(ctx.scopePath, q.path)], label, assumed: q.assume.text };
    }
    if (raw === undefined) return { missing: [join(ctx.scopePath, q.path)], label };
    return { value: valueOf(raw), missing: [], label };
  }
  const list = listAt(ctx, q.items);
  if (!list) return { missing: [join(ctx.scopePath, q.items)], label };
  const missing: string[] = [];
  const picked: Value[] = [];
  const itemNearMisses: string[] = [];
  list.forEach((_, i) => {
    const item = itemContext(ctx, q.items, i);
    const where = evaluateConditions(q.where, item);
    if (where.holds === undefined) missing.push(...where.missing);
    if (where.holds === false && where.nearMiss) itemNearMisses.push(`${itemName(ctx, q.items, i)}：${where.nearMiss}`);
    if (where.holds !== true) return;
    if (q.kind === "count") return void picked.push({ type: "number", value: Rational.of(1n) });
    const r = readQuantity({ kind: "field", path: q.path }, item);
    missing.push(...r.missing);
    if (r.value) picked.push(r.value);
  });
  const isMoneyField = q.kind === "sum" && field(`${join(ctx.schemaPath, q.items)}[].${q.path}`).type === "money";
  return {
    value: total(picked, isMoneyField, ctx),
    missing,
    label,
    ...(missing.length ? { partial: true } : {}),
    ...(itemNearMisses.length ? { itemNearMisses } : {}),
  };
}

/** Sums numbers, or money in one currency (CNY when the items mix currencies or there are none). */
function total(values: Value[], money: boolean, ctx: Context): Value {
  if (!money) {
    return { type: "number", value: values.reduce((s, v) => s.add((v as { value: Rational }).value), Rational.ZERO) };
  }
  const amounts = values as Extract<Value, { type: "money" }>[];
  const currency = amounts.length && amounts.every((m) => m.currency === amounts[0]!.currency) ? amounts[0]!.currency : "CNY";
  const sum = amounts.reduce((s, m) => {
    const c = convert(m.value, m.currency, currency, ctx.fx);
    if (c.converted) ctx.usedFx.value = true;
    return s.add(c.value);
  }, Rational.ZERO);
  return { type: "money", value: sum, currency };
}

/** A value as a reader expects it: 300万美元, 2,000平方米, 15%, 是. */
export function formatValue(v: Value, q: Quantity, ctx: Context): string {
  switch (v.type) {
    case "money":
      return formatAmount(v.value, v.currency);
    case "boolean":
      return v.value ? "是" : "否";
    case "text": {
      const choices = q.kind === "field" ? field(join(ctx.schemaPath, q.path)).choices : undefined;
      return choices?.[v.value] ?? v.value;
    }
    case "number": {
      const info =
        q.kind === "field" ? field(join(ctx.schemaPath, q.path)) : q.kind === "sum" ? field(`${join(ctx.schemaPath, q.items)}[].${q.path}`) : undefined;
      if (info?.type === "ratio") return `${decimal(v.value.mul(Rational.of(100n)), 2)}%`;
      return `${decimal(v.value, 2)}${info?.unit ?? (q.kind === "count" ? "个" : "")}`;
    }
  }
}
