// Shorthand for writing rules as data that reads like the clause it encodes.
import { usd, type Money } from "../money.ts";
import type { Award, Cap, Comparison, Condition, DerivedName, Quantity, RateSpec, Tier } from "./types.ts";

/** 万元 → yuan; 亿元 → yuan. */
export const wan = (n: number) => n * 10_000;
export const yi = (n: number) => n * 100_000_000;
export const wanUsd = (n: number): Money => usd(n * 10_000);
export const wanCny = (n: number): Money => ({ amount: n * 10_000, currency: "CNY" });
export const yiCny = (n: number): Money => ({ amount: n * 100_000_000, currency: "CNY" });

type Q = string | Quantity;
const q = (x: Q): Quantity => (typeof x === "string" ? { kind: "field", path: x } : x);

export const sumOf = (items: string, path: string, where: Condition[], label: string): Quantity => ({
  kind: "sum", items, path, where, label,
});
export const countOf = (items: string, where: Condition[], label: string): Quantity => ({ kind: "count", items, where, label });

const cmp = (op: Comparison) => (x: Q, than: number | Money, text: string): Condition => ({ kind: "compare", q: q(x), op, than, text });
/** 达到X以上 / 不低于X / X以上 / (含) → ≥ X */
export const atLeast = cmp(">=");
/** 超过X / 突破X → > X */
export const above = cmp(">");
/** 未超过X → ≤ X */
export const atMost = cmp("<=");
export const yes = (x: Q, text: string): Condition => ({ kind: "is", q: q(x), equals: true, text });
export const no = (x: Q, text: string): Condition => ({ kind: "is", q: q(x), equals: false, text });
/** An exclusion or qualifier that is taken as absent when nobody said otherwise. */
export const noUnlessSaid = (x: Q, text: string): Condition => ({ kind: "is", q: q(x), equals: false, text, assume: false });
export const derived = (name: DerivedName): Quantity => ({ kind: "derived", name });
/** A field read as `value` when unknown, saying so (未填写场数，按1场估算). */
export const presumed = (path: string, value: number, text: string): Quantity => ({ kind: "field", path, assume: { value, text } });
/** A condition presumed to hold when unknown (a fact the contract's profile cannot state), saying so. */
export const yesUnlessSaid = (x: Q, text: string): Condition => ({ kind: "is", q: q(x), equals: true, text, assume: true });
export const oneOf = (x: Q, values: readonly string[], text: string): Condition => ({ kind: "is", q: q(x), equals: values, text });
export const all = (text: string, ...of: Condition[]): Condition => ({ kind: "all", of, text });
export const any = (text: string, ...of: Condition[]): Condition => ({ kind: "any", of, text });

export const give = (amount: number): Award => ({ kind: "fixed", amount });
export const upTo = (amount: number): Award => ({ kind: "upTo", amount });
export const rateOf = (rate: RateSpec, of: Q, opts: { upTo?: boolean } = {}): Award => ({ kind: "rate", rate, of: q(of), ...opts });
export const per = (pay: number, unit: number | Money, of: Q, opts: { upTo?: boolean } = {}): Award => ({
  kind: "perUnit", pay, per: unit, of: q(of), ...opts,
});
export const tiers = (...list: Tier[]): Award => ({ kind: "tiers", tiers: list });
export const tier = (label: string, when: Condition, award: Award, cap?: Cap): Tier => ({ label, when, award, ...(cap ? { cap } : {}) });
export const total = (...parts: Award[]): Award => ({ kind: "sum", parts });
export const each = (items: string, itemLabel: string, where: Condition[], award: Award, cap?: Cap): Award => ({
  kind: "forEach", items, itemLabel, where, award, ...(cap ? { cap } : {}),
});
export const unspecified = (basis: string): Award => ({ kind: "unspecified", basis });
export const cap = (amount: number, text: string): Cap => ({ amount, text });
