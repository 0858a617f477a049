// What to ask next, and how to ask it. The evaluator's missing fields drive the order: city and
// kinds first, then the field that the most still-open rules need, so nothing is asked that can
// no longer change the result.
import { FIELDS, field, pathLabel, schemaPath, type FieldInfo } from "../../policies/fields.ts";
import type { ScreenResult } from "../../policies/result.ts";
import { KIND_LABELS } from "../../policies/profile.ts";
import { citeResult } from "../../policies/report.ts";
import { getAt } from "./draft.ts";
import type { Button, Draft, Reply, SessionState } from "./types.ts";

export const SKIP: Button = { label: "跳过/不清楚", data: "skip" };
export const MAX_LIST_ITEMS = 20;

/** Declaration order of every field, for breaking ties the way the form reads. */
const ORDER = new Map<string, number>();
(function index(fields: readonly FieldInfo[]) {
  for (const f of fields) {
    ORDER.set(f.path, ORDER.size);
    if (f.children) index(f.children);
  }
})(FIELDS);

const orderOf = (path: string) => {
  const item = /\[(\d+)\]/.exec(path);
  return (ORDER.get(schemaPath(path)) ?? 1e6) * 1000 + (item ? Number(item[1]) : 0);
};

/**
 * Results that still wait for information, each with the paths they miss — with, on a day when no
 * money clause is in force, those of the latest documents on their last day (the report's history).
 */
function openResults(result: ScreenResult) {
  return [...result.results, ...(result.history?.results ?? [])].filter(
    (r) => r.missing.length > 0 && (r.status === "missing_info" || r.status === "eligible"),
  );
}

/** The next path to ask, or null when nothing more can change the result. */
export function nextPath(state: SessionState, result: ScreenResult | null): string | null {
  if (state.profile.city === undefined) return "city";
  if (state.profile.kinds === undefined) return "kinds";
  if (!result) return null;
  const counts = new Map<string, number>();
  for (const r of openResults(result)) {
    for (const path of new Set(r.missing)) {
      if (state.skipped.includes(path)) continue;
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || orderOf(a[0]) - orderOf(b[0]));
  return ranked[0]?.[0] ?? null;
}

/** Rules that need a path, for telling the user why it is asked. */
export function rulesNeeding(path: string, result: ScreenResult | null): string[] {
  if (!result) return [];
  return openResults(result).filter((r) => r.missing.includes(path)).map(citeResult);
}

function itemPrefix(path: string): string {
  const m = /^(\w+)\[(\d+)\]\./.exec(path);
  if (!m) return "";
  const list = field(m[1]!);
  return `第${Number(m[2]) + 1}个${list.itemLabel ?? list.label}：`;
}

/** The values a question's buttons send back as `a:<value>`: the only answers a button may carry. */
export function buttonAnswers(info: FieldInfo): string[] {
  if (info.type === "boolean") return ["true", "false"];
  return info.choices && (info.type === "enum" || info.path === "city") ? Object.keys(info.choices) : [];
}

function buttonsFor(info: FieldInfo, state: SessionState): Button[][] {
  if (info.type === "boolean") return [[{ label: "是", data: "a:true" }, { label: "否", data: "a:false" }], [SKIP]];
  if (info.path === "kinds") {
    const ticked = state.pending?.kindsTicked ?? [];
    const kinds = Object.entries(KIND_LABELS).map(([k, label]) => ({ label: `${ticked.includes(k) ? "✓ " : ""}${label}`, data: `k:${k}` }));
    const rows: Button[][] = [];
    for (let i = 0; i < kinds.length; i += 2) rows.push(kinds.slice(i, i + 2));
    return [...rows, [{ label: "选好了", data: "kd" }]];
  }
  if (info.choices && (info.type === "enum" || info.path === "city")) {
    const choices = Object.entries(info.choices).map(([k, label]) => ({ label, data: `a:${k}` }));
    return [choices, ...(info.required ? [] : [[SKIP]])];
  }
  return info.required ? [] : [[SKIP]];
}

function hint(info: FieldInfo): string {
  switch (info.type) {
    case "money":
      return "金额和币种，如“300万美元”“1.2亿元”“2,000,000元”";
    case "ratio":
      return "百分比，如“12%”或“百分之十二”";
    case "list":
      return `个数（填数字，没有填0）`;
    case "date":
      return "日期，如“2022-03-01”";
    case "integer":
    case "number":
      return `数字${info.unit ? `（单位：${info.unit}）` : ""}`;
    default:
      return "";
  }
}

export function questionReply(path: string, state: SessionState, result: ScreenResult | null): Reply {
  const info = field(schemaPath(path));
  const why = rulesNeeding(path, result);
  const lines = [`【第${state.asked}问】${itemPrefix(path)}${info.ask ?? `请填写${info.label}`}`];
  if (why.length) lines.push(`用于判断：${why.slice(0, 3).join("；")}${why.length > 3 ? `等${why.length}条` : ""}`);
  if (info.type === "list") lines.push(`（填写个数，没有请填0；之后会逐个询问必要信息，最多${MAX_LIST_ITEMS}个）`);
  if (info.example) lines.push(`例如：${info.example}`);
  if (info.path === "kinds") lines.push("可多选，选好后点“选好了”；也可以直接输入，如“跨境电商企业、物流企业”。");
  const h = hint(info);
  if (h && info.type !== "list") lines.push(`请回复${h}${info.required ? "" : "；不清楚可回复“跳过”"}。`);
  return { text: lines.join("\n"), buttons: buttonsFor(info, state) };
}

export function currencyReply(amount: number): Reply {
  return {
    text: `金额 ${amount.toLocaleString("zh-CN")} 是人民币还是美元？`,
    buttons: [[{ label: "人民币", data: "cur:CNY" }, { label: "美元", data: "cur:USD" }], [SKIP]],
  };
}

/** A figure far out of the field's usual scale, held until the user says it is right. */
export function confirmReply(path: string, shown: string): Reply {
  const example = field(schemaPath(path)).example;
  return {
    text: `请确认：${pathLabel(path)}是 ${shown}？这与常见的规模${example ? `（如“${example}”）` : ""}相差很大，请检查是否漏写或多写了“万”“亿”。`,
    buttons: [[{ label: "是，没错", data: "cf:yes" }, { label: "不对，重新填写", data: "cf:no" }]],
  };
}

/** Whether a path already has a value in the draft. */
export function answered(draft: Draft, path: string): boolean {
  return getAt(draft, path) !== undefined;
}
