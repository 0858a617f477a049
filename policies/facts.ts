// What the person entered, as a report lists it back: every fact of the profile that a rule can
// read, worded for a reader, with the clauses that read it — so nothing entered goes unmentioned.
import { field, FIELDS, pathLabel, type FieldInfo } from "./fields.ts";
import { formatMoney, type Money } from "./money.ts";

export interface EnteredFact {
  /** Value path: crossBorderExport, overseasWarehouses[0].annualRent; a list entered as empty by its own path. */
  path: string;
  /** 第1个海外仓的年实际租赁费用 */
  label: string;
  /** 120万元, 是, 整体租赁海外仓, 3000平方米, 没有 */
  value: string;
  /** Rule ids (results' clauseId) in force on the screening day that read this fact. */
  usedBy: string[];
  /** Rule ids whose documents are not in force on the screening day but that would read it. */
  usedOutOfForce: string[];
  /** Whether it says the enterprise has none of it: 否, 0, 没有, a level of "none". */
  none: boolean;
}

function isNone(value: unknown): boolean {
  if (value === false || value === 0 || value === "none") return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && value !== null && (value as Money).amount === 0;
}

/** A value of a field as a reader reads it: 120万元, 是, 整体租赁海外仓, 12%, 3000平方米. */
export function formatFieldValue(info: Pick<FieldInfo, "type" | "choices" | "unit">, value: unknown): string {
  switch (info.type) {
    case "money":
      return formatMoney(value as Money);
    case "boolean":
      return value ? "是" : "否";
    case "ratio":
      return `${Math.round((value as number) * 10000) / 100}%`;
    case "enum":
    case "text":
      return info.choices?.[value as string] ?? String(value);
    case "enum[]":
      return (value as string[]).map((v) => info.choices?.[v] ?? v).join("、");
    default:
      return `${value}${info.unit && info.unit !== "%" ? info.unit : ""}`;
  }
}

/** Every leaf value of the profile under the given fields, as [value path, declared field, value]. */
function leaves(fields: readonly FieldInfo[], values: Record<string, unknown>, prefix: string): [string, FieldInfo, unknown][] {
  return fields.flatMap((f): [string, FieldInfo, unknown][] => {
    const value = values[f.key];
    const path = `${prefix}${f.key}`;
    if (value === undefined) return [];
    if (f.type === "object") return leaves(f.children!, value as Record<string, unknown>, `${path}.`);
    if (f.type === "list") {
      const items = value as Record<string, unknown>[];
      if (items.length === 0) return [[path, f, []]];
      return items.flatMap((item, i) => {
        const inner = leaves(f.children!, item, `${path}[${i}].`);
        return inner.length ? inner : [[`${path}[${i}]`, f, "（未填写详情）"]];
      });
    }
    return [[path, f, value]];
  });
}

/**
 * The facts of `profile` under the fields rules read (`ruleFields`: top-level names), in
 * declaration order. `readers(path)` names the rules in force that read a value path, and
 * `outOfForce(path)` those out of force that would.
 */
export function enteredFacts(
  profile: Record<string, unknown>,
  ruleFields: ReadonlySet<string>,
  readers: (path: string) => string[],
  outOfForce: (path: string) => string[],
): EnteredFact[] {
  return leaves(FIELDS.filter((f) => ruleFields.has(f.key)), profile, "").map(([path, info, value]) => {
    const item = /^(\w+)\[(\d+)\]$/.exec(path);
    const label = item ? `第${Number(item[2]) + 1}个${field(item[1]!).itemLabel}` : pathLabel(path);
    const shown = Array.isArray(value) && info.type === "list" ? "没有" : item ? String(value) : formatFieldValue(info, value);
    return { path, label, value: shown, usedBy: readers(path), usedOutOfForce: outOfForce(path), none: isNone(value) };
  });
}
