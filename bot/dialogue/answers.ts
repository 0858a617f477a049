// Reading an answer to one question according to the field's declared type. Anything not
// understood becomes a message saying what was wrong, with an example — never a silent zero.
import { cityCode } from "../../policies/cities.ts";
import type { FieldInfo } from "../../policies/fields.ts";
import { KIND_LABELS, type Kind } from "../../policies/profile.ts";
import { parseDate, parseMoney, parseMonths, parseQuantity, parseRatio, parseYesNo } from "../../policies/numbers.ts";
import { MAX_LIST_ITEMS } from "./questions.ts";

export type Parsed =
  | { ok: true; value: unknown }
  | { ok: false; error: string }
  /** An amount without a currency: ask 人民币/美元 before storing it. */
  | { ok: "currency"; amount: number };

export const SKIP_WORDS = /^(跳过|不清楚|不知道|不确定|略过|skip|pass)$/iu;

function wrong(info: FieldInfo, text: string, what: string): Parsed {
  const example = info.example ? `，例如“${info.example}”` : "";
  return { ok: false, error: `没看懂“${text}”：${what}${example}。不清楚可回复“跳过”。` };
}

function matchChoice(info: FieldInfo, text: string): string | null {
  const t = text.trim();
  const entries = Object.entries(info.choices ?? {});
  return entries.find(([k, label]) => k === t || label === t)?.[0] ?? entries.find(([, label]) => label.includes(t) || t.includes(label))?.[0] ?? null;
}

/** 跨境电商企业、物流企业 → [cbec_enterprise, logistics_enterprise] */
export function parseKinds(text: string): Kind[] | null {
  const tokens = text.split(/[、，,；;\s和及]+/u).filter(Boolean);
  const kinds: Kind[] = [];
  for (const token of tokens) {
    const exact = (Object.entries(KIND_LABELS) as [Kind, string][]).find(([k, label]) => k === token || label === token);
    const loose = (Object.entries(KIND_LABELS) as [Kind, string][]).filter(([, label]) => label.includes(token) || token.includes(label.replace(/（.*）/u, "")));
    const kind = exact?.[0] ?? (loose.length === 1 ? loose[0]![0] : null);
    if (!kind) return null;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length ? kinds : null;
}

export function parseAnswer(info: FieldInfo, text: string): Parsed {
  const t = text.trim();
  switch (info.type) {
    case "money": {
      const m = parseMoney(t);
      if (!m) return wrong(info, t, "请输入一个确切的金额，可带单位万/亿和币种元/美元");
      if (m.currency === null && m.amount > 0) return { ok: "currency", amount: m.amount };
      return { ok: true, value: { amount: m.amount, currency: m.currency ?? "CNY" } };
    }
    case "ratio": {
      const r = parseRatio(t);
      return r === null ? wrong(info, t, "请输入百分比") : { ok: true, value: r };
    }
    case "boolean": {
      const b = parseYesNo(t);
      return b === null ? wrong(info, t, "请回答“是”或“否”") : { ok: true, value: b };
    }
    case "date": {
      const d = parseDate(t);
      return d === null ? wrong(info, t, "请输入有效日期，格式为年-月-日") : { ok: true, value: d };
    }
    case "enum": {
      const c = matchChoice(info, t);
      const options = Object.values(info.choices ?? {}).join("、");
      return c === null ? { ok: false, error: `没看懂“${t}”：请从 ${options} 中选择。不清楚可回复“跳过”。` } : { ok: true, value: c };
    }
    case "enum[]": {
      const kinds = parseKinds(t);
      const options = Object.values(KIND_LABELS).join("、");
      return kinds === null ? { ok: false, error: `没看懂“${t}”：主体类型请从以下选择（可多选，用顿号分隔）：${options}` } : { ok: true, value: kinds };
    }
    case "list": {
      const n = parseQuantity(t);
      if (n === null || !Number.isInteger(n)) return wrong(info, t, "请输入个数（整数，没有填0）");
      if (n > MAX_LIST_ITEMS) return { ok: false, error: `最多填写${MAX_LIST_ITEMS}个，请输入不超过${MAX_LIST_ITEMS}的个数。` };
      return { ok: true, value: Array.from({ length: n }, () => ({})) };
    }
    case "integer":
    case "number": {
      const n = info.unit === "个月" ? parseMonths(t) : parseQuantity(t, info.unit);
      if (n === null) return wrong(info, t, `请输入数字${info.unit ? `（单位：${info.unit}）` : ""}`);
      if (info.type === "integer" && !Number.isInteger(n)) return wrong(info, t, "请输入整数");
      return { ok: true, value: n };
    }
    case "text": {
      if (info.path === "city") return { ok: true, value: cityCode(t) ?? t };
      return t ? { ok: true, value: t } : wrong(info, t, "不能为空");
    }
    case "object":
      throw new Error(`object field ${info.path} is asked through its sub-fields`);
  }
}
