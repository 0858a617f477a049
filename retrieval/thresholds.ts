// Entry thresholds of the funding rules (policies/rules), per clause, and which of them the
// figures of a question meet: "一年卖150万美元" meets 年进出口在线交易额达到100万美元以上 of
// 郑政〔2018〕4号（一）, not 年交易额超过1000万美元 of （十七）. A threshold is kept only when the
// condition's own wording states it — that wording gives its unit and what the amount measures —
// so a condition such as 经营满一年 (12 months, worded as a year) is left out.
import type { Award, Condition, Rule } from "../policies/engine/types.ts";
import { readFigures, type Figure, type Measure, type Unit } from "./figures.ts";

interface Threshold {
  clauseId: string;
  unit: Unit;
  measure: Measure | null;
  strict: boolean;
  /** In yuan for money. */
  value: number;
}

export interface ThresholdMatcher {
  /** Clauses with a threshold that one of the figures meets, in the same unit and measure. */
  clausesMet(figures: readonly Figure[]): Set<string>;
}

type Compare = Extract<Condition, { kind: "compare" }>;

function compares(c: Condition): Compare[] {
  if (c.kind === "compare") return [c];
  return c.kind === "all" || c.kind === "any" ? c.of.flatMap(compares) : [];
}

function awardCompares(a: Award): Compare[] {
  if (a.kind === "tiers") return a.tiers.flatMap((t) => compares(t.when));
  if (a.kind === "forEach") return [...a.where.flatMap(compares), ...awardCompares(a.award)];
  return a.kind === "sum" ? a.parts.flatMap(awardCompares) : [];
}

/** Every comparison a rule makes, in its conditions and its award's tiers, each with the clause's wording. */
export function ruleCompares(rule: Rule): Compare[] {
  return [...rule.conditions.flatMap(compares), ...awardCompares(rule.award)];
}

export function createThresholdMatcher(rules: readonly Rule[], fxUsdCny: number): ThresholdMatcher {
  // An amount with no currency named is read as yuan.
  const inYuan = (f: Figure) => (f.currency === "USD" ? f.value * fxUsdCny : f.value);
  const thresholds: Threshold[] = [];
  for (const rule of rules) {
    for (const c of ruleCompares(rule)) {
      // Upper bounds (此前整年度未超过10亿元) are not entry thresholds.
      if (c.op !== ">=" && c.op !== ">") continue;
      const money = typeof c.than === "number" ? null : c.than;
      const worded = readFigures(c.text).find((f) =>
        money ? f.unit === "money" && f.value === money.amount && (f.currency ?? "CNY") === money.currency : f.unit !== "money" && f.value === c.than,
      );
      if (!worded) continue;
      thresholds.push({
        clauseId: rule.clauseId,
        unit: worded.unit,
        measure: worded.measure,
        strict: c.op === ">",
        value: inYuan(worded),
      });
    }
  }
  const meets = (f: Figure, t: Threshold) => {
    if (f.unit !== t.unit) return false;
    if (f.measure && t.measure && f.measure !== t.measure) return false;
    return t.strict ? inYuan(f) > t.value : inYuan(f) >= t.value;
  };
  return {
    clausesMet: (figures) => new Set(thresholds.filter((t) => figures.some((f) => meets(f, t))).map((t) => t.clauseId)),
  };
}
