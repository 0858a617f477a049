// What to ask next, and how to ask it. The evaluator's missing fields drive the order: city and
// kinds first, then the activities (the gate question, bot/dialogue/gate.ts), then the fields
// that decide the most still-possible money, so nothing is asked that can no longer change the result.
import { FIELDS, field, pathLabel, schemaPath, type FieldInfo } from "../../policies/fields.ts";
import type { ScreenResult } from "../../policies/result.ts";
import { KIND_LABELS } from "../../policies/profile.ts";
import { DOCUMENT_READS } from "../../policies/field-usage.ts";
import { askedInItem } from "../../policies/form-plan.ts";
import { citeResult, ifMetText } from "../../policies/report.ts";
import { bound } from "./buttons.ts";
import { getAt } from "./draft.ts";
import { GATE, gateReply, offeredActivities, plan } from "./gate.ts";
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
 * The paths still worth asking, best first. An object's facts are asked together (one store's
 * location, area and months in a row); otherwise the path that can decide the most still-possible
 * money (what the open rules would give once met), then the one the most open rules need, then
 * declaration order.
 */
function rankedPaths(state: SessionState, result: ScreenResult): string[] {
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
  return [...stakes]
    .sort(([a, x], [b, y]) => sameObject(b) - sameObject(a) || y.money - x.money || y.rules - x.rules || orderOf(a) - orderOf(b))
    .map(([path]) => path);
}

/** The next path to ask, or null when nothing more can change the result. */
export function nextPath(state: SessionState, result: ScreenResult | null): string | null {
  if (state.profile.city === undefined) return "city";
  if (state.profile.kinds === undefined) return "kinds";
  if (state.activities === undefined && offeredActivities(state.profile).length) return GATE;
  return result ? rankedPaths(state, result)[0] ?? null : null;
}

const FIGURES = ["money", "integer", "number"];
/** Facts a person can answer in a row in one message, in words: figures, yes/no and a choice among a few. */
const IN_A_ROW = new Set([...FIGURES, "boolean", "enum"]);
const inARow = (path: string) => IN_A_ROW.has(field(schemaPath(path)).type);
const isFigure = (path: string) => FIGURES.includes(field(schemaPath(path)).type);
/** Facts asked in one message at most: a phone screen's worth, and few enough to answer in order. */
const GROUP_MAX = 4;

/**
 * The other facts of a list item the rules in play read, given the choices made in it (a leased
 * warehouse's rent, not a built one's equipment) and not yet known: asked with the first.
 */
function itemFacts(state: SessionState, path: string): string[] {
  const m = /^(\w+)\[(\d+)\]\.(\w+)$/u.exec(path);
  if (!m) return [];
  const [, list, index] = m;
  const item = `${list}[${index}]`;
  const children = field(list!).children ?? [];
  const choices = Object.fromEntries(
    children.filter((c) => c.type === "enum").flatMap((c) => {
      const v = getAt(state.profile, `${item}.${c.key}`);
      return typeof v === "string" ? [[c.key, v]] : [];
    }),
  );
  const inPlay = plan(state.profile, state.activities ?? []);
  return children
    .map((c) => `${item}.${c.key}`)
    .filter((p) => p !== path && getAt(state.profile, p) === undefined && !state.skipped.includes(p))
    .filter((p) => askedInItem(inPlay, list!, p.slice(item.length + 1), choices));
}

/**
 * The enterprise's other facts that the rules in play reading `path` also read, with their
 * documents' preconditions (独立法人, 报送统计 with 河南省电子商务认证), not yet known: asked with it.
 */
function enterpriseFacts(state: SessionState, path: string): string[] {
  const inPlay = plan(state.profile, state.activities ?? []).rules.filter((r) => r.fields.includes(path));
  const docs = new Set(inPlay.map((r) => r.docId));
  const kinds = (state.profile.kinds as string[] | undefined) ?? [];
  const preconditions = DOCUMENT_READS.filter((d) => docs.has(d.docId) && d.purpose === "precondition" && (!d.kinds || d.kinds.some((k) => kinds.includes(k))));
  return [...inPlay.flatMap((r) => r.fields), ...preconditions.flatMap((d) => d.fields)].filter(
    (p) => p !== path && ownerOf(p) === null && !p.includes("[") && getAt(state.profile, p) === undefined && !state.skipped.includes(p),
  );
}

/**
 * The facts asked in one message with the one at `path`, in the order the form declares them: the
 * other facts of the same object (a warehouse's way, area, months and rent) still open or read by
 * the rules in play, or, for a fact of the enterprise itself, the other facts of its kind (figures,
 * or yes/no facts) that the clauses needing it also read. Typed in order they are one answer; one
 * part alone answers the first. Just [path] for a fact asked on its own.
 */
export function askedTogether(state: SessionState, result: ScreenResult | null, path: string): string[] {
  if (!result || path === GATE || !inARow(path)) return [path];
  const owner = ownerOf(path);
  // One object's facts go together whatever they are; the enterprise's own facts by kind: its
  // figures typed in a row, its yes/no facts as one checklist.
  const isYesNo = (p: string) => field(schemaPath(p)).type === "boolean";
  const fits = owner !== null ? inARow : (p: string) => (isYesNo(path) ? isYesNo(p) : isFigure(p));
  const needing = openResults(result).filter((r) => r.missing.includes(path));
  const together = (other: string) =>
    owner !== null ? ownerOf(other) === owner : ownerOf(other) === null && needing.some((r) => r.missing.includes(other));
  const open = rankedPaths(state, result).filter((other) => other !== path && together(other));
  const facts = owner === null ? enterpriseFacts(state, path) : itemFacts(state, path);
  const others = [...new Set([...open, ...facts])].filter(fits).slice(0, GROUP_MAX - 1);
  return [path, ...others].sort((a, b) => orderOf(a) - orderOf(b));
}

/** Open results that need any of the paths, for telling the user why they are asked. */
function resultsNeeding(paths: readonly string[], result: ScreenResult | null) {
  return result ? openResults(result).filter((r) => paths.some((p) => r.missing.includes(p))) : [];
}

/** Rules that need any of the paths, for telling the user why they are asked. */
export function rulesNeeding(paths: readonly string[], result: ScreenResult | null): string[] {
  return resultsNeeding(paths, result).map(citeResult);
}

/** The 为什么问这个 answer: every clause the answers can decide, with what it would give once met. */
export function whyReply(paths: readonly string[], result: ScreenResult | null): Reply {
  const lines = resultsNeeding(paths, result).map((r) => `• ${citeResult(r)}${ifMetText(r) ? `：${ifMetText(r)}` : ""}`);
  const label = paths[0] === GATE ? "贵单位的业务" : paths.map(pathLabel).join("、");
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

/** What an answer to a fact looks like, for the example line of a question asking several. */
function exampleAnswer(info: FieldInfo): string {
  if (info.example) return info.example;
  return info.type === "boolean" ? "是" : Object.values(info.choices ?? {})[0] ?? "0";
}

/** The facts a question asks, in order: its path and those asked with it. */
export const askedPaths = (pending: { path: string; also?: string[] }): string[] => [pending.path, ...(pending.also ?? [])];

/** Whether the waiting question asks several yes/no facts: shown as a checklist to tick. */
export function isChecklist(pending: { path: string; also?: string[] } | null): boolean {
  return !!pending?.also?.length && askedPaths(pending).every((p) => field(schemaPath(p)).type === "boolean");
}

/** Several yes/no facts as one multi-select: what is ticked holds, what is not does not (其余不清楚: unknown). */
function checklistReply(state: SessionState, why: string[]): Reply {
  const pending = state.pending!;
  const ticked = pending.ticked ?? [];
  const facts = askedPaths(pending).map((p, i) => [{ label: `${ticked.includes(p) ? "✓ " : ""}${field(schemaPath(p)).label}`, data: bound(`y:${i}`, pending.id) }]);
  const item = itemPrefix(pending.path);
  const lines = [`【第${state.asked}问】${item ? `${item}以下哪些属实？` : "以下哪些符合贵单位的情况？"}`, "可多选，选好后点“选好了”；没选的按“否”记录，不确定的点“其余不清楚”"];
  if (why.length) lines.push(`关系到：${why[0]}${why.length > 1 ? `等${why.length}条` : ""}`);
  return {
    text: lines.join("\n"),
    buttons: [...facts, [{ label: "选好了", data: bound("yd", pending.id) }, { label: "其余不清楚", data: bound("yu", pending.id) }], ...(why.length ? [[{ label: "为什么问这个", data: bound("w", pending.id) }]] : [])],
  };
}

/** A fact's line in a question asking several: its label, with its choices when it has some. */
function rowLabel(info: FieldInfo): string {
  return info.choices ? `${info.label}（${Object.values(info.choices).join("/")}）` : info.label;
}

export function questionReply(path: string, state: SessionState, result: ScreenResult | null): Reply {
  if (path === GATE) return gateReply(state);
  const info = field(schemaPath(path));
  const also = state.pending?.path === path ? state.pending.also ?? [] : [];
  const paths = [path, ...also];
  if (also.length && isChecklist(state.pending)) return checklistReply(state, rulesNeeding(paths, result));
  const lines = also.length
    ? [
        `【第${state.asked}问】${itemPrefix(path)}请依次回答以下${paths.length}项，用逗号隔开，不清楚的写“不清楚”：`,
        ...paths.map((p, i) => `${i + 1}. ${rowLabel(field(schemaPath(p)))}`),
        `如“${paths.map((p) => exampleAnswer(field(schemaPath(p)))).join("，")}”${paths.some(isFigure) ? "，没有的填0" : ""}`,
      ]
    : [`【第${state.asked}问】${itemPrefix(path)}${info.ask ?? `请填写${info.label}`}`];
  const h = also.length ? null : info.path === "kinds" ? "可多选，选好后点“选好了”" : hint(info);
  if (h) lines.push(h);
  const why = rulesNeeding(paths, result);
  if (why.length) lines.push(`关系到：${why[0]}${why.length > 1 ? `等${why.length}条` : ""}`);
  const whyButton = why.length ? [[{ label: "为什么问这个", data: bound("w", state.pending!.id) }]] : [];
  // Facts asked together are answered in words; a button would answer only the first.
  const answers = also.length ? [[skipButton(state.pending!.id)]] : buttonsFor(info, state);
  return { text: lines.join("\n"), buttons: [...answers, ...whyButton] };
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
