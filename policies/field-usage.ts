// Which profile fields the rules read, and for which kinds: derived from the rules themselves, so
// a form can show each kind only the fields that matter to it.
import type { Award, Condition, Quantity, Rule } from "./engine/types.ts";
import { topField } from "./fields.ts";
import type { Kind } from "./profile.ts";
import { POLICY_DOCUMENTS } from "./rules/index.ts";

const DERIVED_FIELDS: Record<string, string[]> = {
  hqFirstFullYear: ["hq"],
  hqFullYearReached: ["hq"],
  hqBestTradeBefore: ["hq"],
};

function quantityFields(q: Quantity): string[] {
  if (q.kind === "field") return [topField(q.path)];
  if (q.kind === "derived") return DERIVED_FIELDS[q.name] ?? [];
  return [q.items];
}

function conditionFields(c: Condition): string[] {
  return c.kind === "all" || c.kind === "any" ? c.of.flatMap(conditionFields) : quantityFields(c.q);
}

function awardFields(a: Award): string[] {
  switch (a.kind) {
    case "rate":
    case "perUnit":
      return quantityFields(a.of);
    case "tiers":
      return a.tiers.flatMap((t) => [...conditionFields(t.when), ...awardFields(t.award)]);
    case "sum":
      return a.parts.flatMap(awardFields);
    case "forEach":
      return [a.items];
    default:
      return [];
  }
}

/** The top-level fields a rule reads. */
export function ruleFields(rule: Rule): string[] {
  return [...rule.conditions.flatMap(conditionFields), ...awardFields(rule.award)];
}

/** Top-level field → the kinds whose rules (or document preconditions) read it. */
export function fieldUsage(): Map<string, Set<Kind>> {
  const usage = new Map<string, Set<Kind>>();
  const add = (f: string, kinds: readonly Kind[]) => {
    const set = usage.get(f) ?? new Set<Kind>();
    kinds.forEach((k) => set.add(k));
    usage.set(f, set);
  };
  for (const doc of POLICY_DOCUMENTS) {
    const docKinds = [...new Set(doc.rules.flatMap((r) => r.kinds))];
    for (const p of doc.preconditions) conditionFields(p.condition).forEach((f) => add(f, p.kinds ? docKinds.filter((k) => p.kinds!.includes(k)) : docKinds));
    for (const rule of doc.rules) ruleFields(rule).forEach((f) => add(f, rule.kinds));
  }
  return usage;
}
