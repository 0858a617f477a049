// Reading an answer to one question according to the field's declared type. Anything not
// understood becomes a message saying what was wrong, with an example — never a silent zero.
import { coveredCitiesText, cityLabel, misspeltCity, placeOf } from "../../policies/cities.ts";
import type { FieldInfo } from "../../policies/fields.ts";
import type { Money } from "../../policies/money.ts";
import { farOutOfScale, parseDate, parseYesNo, readMoney, readMonths, readQuantity, readRatio, type Failure, type NumberReading, type Reading } from "../../policies/numbers.ts";
import { KIND_LABELS, type Kind } from "../../policies/profile.ts";
import { MAX_LIST_ITEMS } from "./questions.ts";

export type Parsed =
  | {
      ok: true;
      value: unknown;
      /** Typed as approximate (约100万): stored as written, and the echo says so. */
      approximate?: boolean;
      /** Other values the same answer gives (the district named with the city). */
      alongside?: { path: string; value: unknown }[];
    }
  | { ok: false; error: string }
  /** An amount without a currency: ask 人民币/美元 before storing it. */
  | { ok: "currency"; amount: number; approximate: boolean };

export const SKIP_WORDS = /^(跳过|不清楚|不知道|不确定|略过|skip|pass)$/iu;

/**
 * An answer to several figures at once, split into its parts in order: by commas, semicolons,
 * 顿号 or lines — never by a thousands separator (12,000) — or, when none of those is used, by spaces.
 */
export function answerParts(text: string): string[] {
  const t = text.trim();
  const byMarks = t.split(/\s*(?:[，；;、\n]|,(?!\d{3}(?!\d)))\s*/u).filter(Boolean);
  return byMarks.length > 1 ? byMarks : t.split(/\s+/u).filter(Boolean);
}

/** “None of it” in a person's words: 0 for a figure or a count, the none choice of an enum. */
const NONE_WORDS = /^(没有|无|没|不是|否|都不是|都没有|一个也没有|零)[。！!.]?$/u;

/** What “none” means for a field, where it means anything: null where the field has no such value. */
function noneOf(info: FieldInfo): unknown {
  switch (info.type) {
    case "money":
      return { amount: 0, currency: "CNY" };
    case "list":
      return [];
    case "integer":
    case "number":
      return 0;
    case "enum":
      // The choice that says "none of them": a level not held (none), a way none of the listed (other).
      return info.choices ? (["none", "other"].find((k) => k in info.choices!) ?? null) : null;
    default:
      return null;
  }
}

function wrong(info: FieldInfo, text: string, what: string): Parsed {
  const example = info.example ? `，例如“${info.example}”` : "";
  return { ok: false, error: `没看懂“${text}”：${what}${example}。不清楚可回复“跳过”。` };
}

/** A figure that could not be read: unreadable text gets the field's hint, anything else its own reason. */
function unreadable(info: FieldInfo, text: string, failure: Failure, what: string): Parsed {
  if (failure.problem === "not_a_number" || failure.problem === "empty") return wrong(info, text, what);
  const example = info.example ? `，例如“${info.example}”` : "";
  return { ok: false, error: `“${text}”${failure.message}。请重新输入${info.label}${example}。` };
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

/** Only the covered cities (with their districts) are an answer; anything else is told which are. */
function parseCity(text: string): Parsed {
  const place = placeOf(text);
  if (place) return { ok: true, value: place.city, alongside: place.district ? [{ path: "district", value: place.district }] : [] };
  const covered = coveredCitiesText();
  const typo = misspeltCity(text);
  if (typo) return { ok: false, error: `没有找到城市“${text}”，是否应为 ${typo}（${cityLabel(typo)}）？请点选城市或重新输入。` };
  return { ok: false, error: `暂未收录“${text}”的政策：本助手覆盖${covered}（含所辖区县）。请点选其中一个；不在这些城市的企业可发送 /cancel 退出筛查。` };
}

function figure(info: FieldInfo, text: string, reading: Reading<NumberReading>, what: string): Parsed {
  if (!reading.ok) return unreadable(info, text, reading, what);
  if (info.type === "integer" && !Number.isInteger(reading.value)) return wrong(info, text, "请输入整数");
  return { ok: true, value: reading.value, approximate: reading.approximate };
}

/**
 * A figure said with words naming it first (面积3000平米, 经营了14个月, 年租金：120万元): the figure
 * alone, or null. Words that change the figure's meaning (不到, 超过, 约…) are not such a name.
 */
function namedFigure(text: string): string | null {
  const m = /^([\p{Script=Han}]{1,8}?)[是为：:]?\s*([0-9０-９][\s\S]*)$/u.exec(text);
  if (!m || /约|大概|大约|不到|不足|超过|以上|以下|左右|近|多|少|差/u.test(m[1]!)) return null;
  return m[2]!;
}

const FIGURE_TYPES = new Set(["money", "ratio", "integer", "number"]);

export function parseAnswer(info: FieldInfo, text: string): Parsed {
  const parsed = parseWhole(info, text);
  const figure = parsed.ok === false && FIGURE_TYPES.has(info.type) ? namedFigure(text.trim()) : null;
  const retried = figure === null ? parsed : parseWhole(info, figure);
  return retried.ok === false ? parsed : retried;
}

function parseWhole(info: FieldInfo, text: string): Parsed {
  const t = text.trim();
  const none = NONE_WORDS.test(t) ? noneOf(info) : null;
  if (none !== null) return { ok: true, value: none };
  switch (info.type) {
    case "money": {
      const m = readMoney(t);
      if (!m.ok) return unreadable(info, t, m, "请输入一个金额，可带单位万/亿和币种元/美元");
      if (m.currency === null && m.amount > 0) return { ok: "currency", amount: m.amount, approximate: m.approximate };
      return { ok: true, value: { amount: m.amount, currency: m.currency ?? "CNY" }, approximate: m.approximate };
    }
    case "ratio":
      return figure(info, t, readRatio(t), "请输入百分比");
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
      const n = readQuantity(t);
      if (!n.ok) return unreadable(info, t, n, "请输入个数（整数，没有填0）");
      if (!Number.isInteger(n.value)) return wrong(info, t, "请输入个数（整数，没有填0）");
      if (n.value > MAX_LIST_ITEMS) return { ok: false, error: `最多填写${MAX_LIST_ITEMS}个，请输入不超过${MAX_LIST_ITEMS}的个数。` };
      return { ok: true, value: Array.from({ length: n.value }, () => ({})), approximate: n.approximate };
    }
    case "integer":
    case "number": {
      const n = info.unit === "个月" ? readMonths(t) : readQuantity(t, info.unit);
      return figure(info, t, n, `请输入数字${info.unit ? `（单位：${info.unit}）` : ""}`);
    }
    case "text": {
      if (info.path === "city") return parseCity(t);
      return t ? { ok: true, value: t } : wrong(info, t, "不能为空");
    }
    case "object":
      throw new Error(`object field ${info.path} is asked through its sub-fields`);
  }
}

/** The field's example, read as the figure it shows (260万元 → 2600000): the scale an answer is expected on. */
function exampleFigure(info: FieldInfo): number | null {
  if (!info.example) return null;
  const reading = info.type === "money" ? readMoney(info.example) : info.type === "integer" || info.type === "number" ? readQuantity(info.example, info.unit) : null;
  if (!reading?.ok) return null;
  return "amount" in reading ? reading.amount : reading.value;
}

/**
 * Whether an answer is far out of the scale of the field's example — 260 for a freight bill the
 * example puts at 260万 — and should be confirmed before it is stored.
 */
export function implausible(info: FieldInfo, value: unknown): boolean {
  const reference = exampleFigure(info);
  if (reference === null) return false;
  const figure = info.type === "money" ? (value as Money).amount : typeof value === "number" ? value : null;
  return figure !== null && farOutOfScale(figure, reference);
}

/** The amounts the draft holds, but the one at `except` (the answer being replaced): a list's and an object's too. */
export function amountsIn(draft: unknown, except: string, at = ""): Money[] {
  if (at === except || draft === null || typeof draft !== "object") return [];
  if ("amount" in draft && "currency" in draft) return [draft as Money];
  if (Array.isArray(draft)) return draft.flatMap((item, i) => amountsIn(item, except, `${at}[${i}]`));
  return Object.entries(draft).flatMap(([key, value]) => amountsIn(value, except, at ? `${at}.${key}` : key));
}
