// What to ask next, and how to ask it. The evaluator's missing fields drive the order: city and
// kinds first, then the activities (the gate question, bot/dialogue/gate.ts), then the fields
// that decide the most still-possible money, so nothing is asked that can no longer change the result.
import { FIELDS, field, pathLabel, schemaPath, type FieldInfo } from "../../policies/fields.ts";
import type { ScreenResult } from "../../policies/result.ts";
import { KIND_LABELS } from "../../policies/profile.ts";
import { citeResult, ifMetText } from "../../policies/report.ts";
import { bound } from "./buttons.ts";
import { getAt } from "./draft.ts";
import { GATE, gateReply, offeredActivities } from "./gate.ts";
import type { Button, Draft, Reply, SessionState } from "./types.ts";

const skipButton = (question: number): Button => ({ label: "跳过/不清楚", data: bound("skip", question) });
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

/** The object or list item a value path belongs to (hq, o2oStores[0]), or null for a top-level fact. */
const ownerOf = (path: string) => /^(\w+(?:\[\d+\])?)[.]/u.exec(path)?.[1] ?? null;

/**
 * The next path to ask, or null when nothing more can change the result. An object's facts are
 * asked together (one store's location, area and months in a row); otherwise the path that can
 * decide the most still-possible money (what the open rules would give once met), then the one
 * the most open rules need, then declaration order.
 */
export function nextPath(state: SessionState, result: ScreenResult | null): string | null {
  if (state.profile.city === undefined) return "city";
  if (state.profile.kinds === undefined) return "kinds";
  if (state.activities === undefined && offeredActivities(state.profile).length) return GATE;
  if (!result) return null;
  const stakes = new Map<string, { money: number; rules: number }>();
  for (const r of openResults(result)) {
    for (const path of new Set(r.missing)) {
      if (state.skipped.includes(path)) continue;
      const s = stakes.get(path) ?? { money: 0, rules: 0 };
      stakes.set(path, { money: s.money + (r.ifMet?.amountCny ?? 0), rules: s.rules + 1 });
    }
  }
  const last = ownerOf(state.questions.at(-1)?.path ?? "");
  const sameObject = (path: string) => (last !== null && ownerOf(path) === last ? 1 : 0);
  const ranked = [...stakes].sort(
    ([a, x], [b, y]) => sameObject(b) - sameObject(a) || y.money - x.money || y.rules - x.rules || orderOf(a) - orderOf(b),
  );
  return ranked[0]?.[0] ?? null;
}

/** Open results that need a path, for telling the user why it is asked. */
function resultsNeeding(path: string, result: ScreenResult | null) {
  return result ? openResults(result).filter((r) => r.missing.includes(path)) : [];
}

/** Rules that need a path, for telling the user why it is asked. */
export function rulesNeeding(path: string, result: ScreenResult | null): string[] {
  return resultsNeeding(path, result).map(citeResult);
}

/** The 为什么问这个 answer: every clause the answer can decide, with what it would give once met. */
export function whyReply(path: string, result: ScreenResult | null): Reply {
  const lines = resultsNeeding(path, result).map((r) => `• ${citeResult(r)}${ifMetText(r) ? `：${ifMetText(r)}` : ""}`);
  const label = path === GATE ? "贵单位的业务" : pathLabel(path);
  return { text: lines.length ? [`“${label}”决定以下条款能否享受：`, ...lines].join("\n") : `“${label}”决定接下来要问哪些条款的条件，没勾选的业务不再询问。` };
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
  const id = state.pending!.id;
  const answer = (label: string, value: string): Button => ({ label, data: bound(`a:${value}`, id) });
  const skip = info.required ? [] : [[skipButton(id)]];
  if (info.type === "boolean") return [[answer("是", "true"), answer("否", "false")], ...skip];
  if (info.path === "kinds") {
    const ticked = state.pending?.kindsTicked ?? [];
    const kinds = Object.entries(KIND_LABELS).map(([k, label]) => ({ label: `${ticked.includes(k) ? "✓ " : ""}${label}`, data: bound(`k:${k}`, id) }));
    const rows: Button[][] = [];
    for (let i = 0; i < kinds.length; i += 2) rows.push(kinds.slice(i, i + 2));
    return [...rows, [{ label: "选好了", data: bound("kd", id) }]];
  }
  if (info.choices && (info.type === "enum" || info.path === "city")) return [Object.entries(info.choices).map(([k, label]) => answer(label, k)), ...skip];
  return skip;
}

/** A short line on the form of the answer, where the example does not already show it. */
function hint(info: FieldInfo): string | null {
  switch (info.type) {
    case "money":
      return `如“${info.example ?? "300万美元"}”，没有填0`;
    case "ratio":
      return `如“${info.example ?? "12%"}”`;
    case "list":
      return "填个数，没有填0";
    case "date":
      return `如“${info.example ?? "2022-03-01"}”`;
    case "integer":
    case "number":
      return info.example ? `如“${info.example}”` : null;
    default:
      return null;
  }
}

export function questionReply(path: string, state: SessionState, result: ScreenResult | null): Reply {
  if (path === GATE) return gateReply(state);
  const info = field(schemaPath(path));
  const why = rulesNeeding(path, result);
  const lines = [`【第${state.asked}问】${itemPrefix(path)}${info.ask ?? `请填写${info.label}`}`];
  const h = info.path === "kinds" ? "可多选，选好后点“选好了”" : hint(info);
  if (h) lines.push(h);
  if (why.length) lines.push(`关系到：${why[0]}${why.length > 1 ? `等${why.length}条` : ""}`);
  const whyButton = why.length ? [[{ label: "为什么问这个", data: bound("w", state.pending!.id) }]] : [];
  return { text: lines.join("\n"), buttons: [...buttonsFor(info, state), ...whyButton] };
}

export function currencyReply(amount: number, question: number): Reply {
  return {
    text: `金额 ${amount.toLocaleString("zh-CN")} 是人民币还是美元？`,
    buttons: [[{ label: "人民币", data: bound("cur:CNY", question) }, { label: "美元", data: bound("cur:USD", question) }], [skipButton(question)]],
  };
}

/** A figure far out of the field's usual scale, held until the user says it is right. */
export function confirmReply(path: string, shown: string, question: number): Reply {
  return {
    text: `请确认：${pathLabel(path)}是 ${shown}？与常见规模相差很大，请检查“万”“亿”。`,
    buttons: [[{ label: "是，没错", data: bound("cf:yes", question) }, { label: "不对，重新填写", data: bound("cf:no", question) }]],
  };
}

/** Whether a path already has a value in the draft. */
export function answered(draft: Draft, path: string): boolean {
  return getAt(draft, path) !== undefined;
}
