// Numbers as people type them: 300万美元, 1.2亿元, 2,000,000元, 三百万, 一点二亿, 半亿, 一个亿, 120萬,
// １２０万, 100w, 5k美元, $1.5M, 约100万, 12%, 百分之十二, 1200平米, 一年半. The one reader of figures for
// every channel: the dialogue's answers, the web form and the figures of a question (retrieval).
// Each reader returns what it read — the number, for money its currency, whether the words made it
// approximate, whether the text named its own magnitude — or why it could not read it, never a
// silent zero. No figure above FIGURE_CEILING is read.
import type { Currency } from "./money.ts";
import { toSimplified } from "./traditional.ts";

/**
 * The largest figure accepted: 1万亿 (10^12) in the figure's own unit — yuan or dollars, square
 * metres, orders, months. No real enterprise comes near it, and below it everything the evaluator
 * computes from a profile stays a finite number.
 */
export const FIGURE_CEILING = 1e12;

export type NumberProblem = "empty" | "not_a_number" | "bare_unit" | "grouping" | "negative" | "too_large" | "two_currencies";

export interface Failure {
  ok: false;
  problem: NumberProblem;
  /** What is wrong, in Chinese, to follow the quoted input: “12,34,567”的千位分隔符位置不对… */
  message: string;
}

export type Reading<T> = ({ ok: true } & T) | Failure;

export interface NumberReading {
  value: number;
  /** Words made it approximate (约100万, 100万左右, 三百多万); the value is the number written. */
  approximate: boolean;
  /** The text names its own magnitude (万, 亿, k, w, M, bn), so a form's unit does not apply to it. */
  scaled: boolean;
}

export interface MoneyReading {
  amount: number;
  /** null when the text names no currency: the dialogue then asks for it. */
  currency: Currency | null;
  approximate: boolean;
  scaled: boolean;
}

/** 1e12 → 1万亿, 1.2e8 → 1.2亿, 35000 → 3.5万, 1200 → 1200. */
export function formatFigure(n: number): string {
  const abs = Math.abs(n);
  const [scale, unit] = abs >= 1e12 ? [1e12, "万亿"] : abs >= 1e8 ? [1e8, "亿"] : abs >= 1e4 ? [1e4, "万"] : [1, ""];
  return `${Number((n / scale).toPrecision(12))}${unit}`;
}

const PROBLEMS: Record<NumberProblem, string> = {
  empty: "没有写数字",
  not_a_number: "不是能识别的数字",
  bare_unit: "缺少数字：“万”“亿”前面要写数，如“1万”",
  grouping: "的千位分隔符位置不对：应每三位一个，如“1,234,567”",
  negative: "不能是负数",
  too_large: `超过上限${formatFigure(FIGURE_CEILING)}`,
  two_currencies: "同时写了人民币和美元",
};

const fail = (problem: NumberProblem): Failure => ({ ok: false, problem, message: PROBLEMS[problem] });
const isFailure = (x: unknown): x is Failure => typeof x === "object" && x !== null && "problem" in x;

// ---------------------------------------------------------------------------------------------
// Words around a figure, peeled from either end: 约, 左右, 共, 整, and for money the currency.

type Effect = "approximate" | "neutral" | Currency;

const AROUND_NUMBERS: Record<string, Effect> = {
  大约: "approximate", 大概: "approximate", 差不多: "approximate", 将近: "approximate", 接近: "approximate",
  不到: "approximate", 超过: "approximate", 约: "approximate", 近: "approximate",
  左右: "approximate", 上下: "approximate", 出头: "approximate", 以上: "approximate", 以下: "approximate",
  多: "approximate", 余: "approximate",
  一共: "neutral", 总共: "neutral", 合计: "neutral", 共: "neutral", 整: "neutral",
};

const CURRENCY_WORDS: Record<string, Effect> = {
  美元: "USD", 美金: "USD", "us$": "USD", usd: "USD", $: "USD", 刀: "USD",
  人民币: "CNY", 块钱: "CNY", rmb: "CNY", cny: "CNY", 元: "CNY", 块: "CNY", "¥": "CNY",
};

/** A currency named alone (人民币, 美元, USD), as the answer to “人民币还是美元？”; null for anything else. */
export function readCurrency(input: string): Currency | null {
  const effect = CURRENCY_WORDS[normalize(input)];
  return effect === "CNY" || effect === "USD" ? effect : null;
}

const escape = (word: string) => word.replace(/[$]/g, "\\$&");

/** Matches any of the words at the start or the end of a text, longest words first. */
function wordsAtEnds(words: Record<string, Effect>): { leading: RegExp; trailing: RegExp } {
  const alternatives = Object.keys(words).sort((a, b) => b.length - a.length).map(escape).join("|");
  return { leading: new RegExp(`^(${alternatives})`, "u"), trailing: new RegExp(`(${alternatives})$`, "u") };
}

interface Peeled {
  core: string;
  approximate: boolean;
  currency: Currency | null;
}

/** Peels the words off both ends, in any order (约100万元左右, 人民币100万元). */
function peel(text: string, words: Record<string, Effect>): Peeled | Failure {
  const { leading, trailing } = wordsAtEnds(words);
  let core = text;
  let approximate = false;
  let currency: Currency | null = null;
  for (;;) {
    const m = leading.exec(core) ?? trailing.exec(core);
    if (!m || m[1]!.length === core.length) break; // never the whole text: 多 alone is no number
    core = core.slice(0, m.index) + core.slice(m.index + m[1]!.length);
    const effect = words[m[1]!]!;
    if (effect === "approximate") approximate = true;
    else if (effect !== "neutral") {
      if (currency !== null && currency !== effect) return fail("two_currencies");
      currency = effect;
    }
  }
  return { core, approximate, currency };
}

const MONEY_WORDS = { ...AROUND_NUMBERS, ...CURRENCY_WORDS };

/** Full-width digits and signs (１２０, ％, ＄) as ASCII, traditional numerals as simplified, no spaces. */
const normalize = (input: string) => toSimplified(input.normalize("NFKC")).toLowerCase().replace(/\s/g, "");

// ---------------------------------------------------------------------------------------------
// The number itself

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const DIGIT_CHARS = Object.keys(DIGITS).join("");
const NUMBER_CHARS = `0-9.${DIGIT_CHARS}${Object.keys(SMALL_UNITS).join("")}万亿`;

/** 5k, 100w (万), 1.2kw (千万), 1.5m, 2bn: a magnitude letter after digits. */
const LETTER_MAGNITUDES: Record<string, number> = { k: 1e3, w: 1e4, kw: 1e7, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/**
 * Digits, Chinese numerals or both: 2000000 / 1.2亿 / 三百万 / 3千万 / 一千二百五十 / 1万5 (= 15000,
 * the spoken short form). A 万 or 亿 needs a number before it.
 */
function numerals(s: string): number | Failure {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!new RegExp(`^[${NUMBER_CHARS}]+$`, "u").test(s)) return fail("not_a_number");
  let total = 0;
  let section = 0; // below 万
  let current: number | null = null; // the digit run waiting for a unit
  let lastBigUnit = 0; // the 万/亿 just passed, for the spoken 1万5 = 1.5万
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/[\d.]/.test(ch)) {
      let run = ch;
      while (i + 1 < chars.length && /[\d.]/.test(chars[i + 1]!)) run += chars[++i];
      if (!/^\d+(\.\d+)?$/.test(run) || current !== null) return fail("not_a_number");
      current = Number(run);
      continue;
    }
    if (ch in DIGITS) {
      if (current !== null && current !== 0) return fail("not_a_number"); // 三四 is not a number
      current = DIGITS[ch]!;
      continue;
    }
    if (ch in SMALL_UNITS) {
      section += (current ?? 1) * SMALL_UNITS[ch]!;
      current = null;
      lastBigUnit = 0;
      continue;
    }
    const unit = BIG_UNITS[ch]!;
    const value = section + (current ?? 0);
    // 一万亿 multiplies what came before; a 万 or 亿 with nothing before it is no number.
    if (value === 0 && !(unit === 1e8 && total > 0)) return fail("bare_unit");
    if (unit === 1e8) total = (total + value) * unit;
    else total += value * unit;
    section = 0;
    current = null;
    lastBigUnit = unit;
  }
  // 1万5 / 两亿三: a lone digit right after 万/亿 counts in the next unit down.
  const trailing = lastBigUnit && current !== null && current < 10 && section === 0 ? (current * lastBigUnit) / 10 : current ?? 0;
  return total + section + trailing;
}

/** 一点二亿 → 1.2亿, 三点五万 → 3.5万: the Chinese decimal point, rewritten with digits. */
function decimalPoint(s: string): string | Failure {
  const m = new RegExp(`^([^点]+)点([${DIGIT_CHARS}\\d]+)([万亿]*)$`, "u").exec(s);
  if (!m) return s.includes("点") ? fail("not_a_number") : s;
  const whole = numerals(m[1]!);
  if (isFailure(whole)) return whole;
  if (!Number.isInteger(whole)) return fail("not_a_number");
  const fraction = [...m[2]!].map((ch) => DIGITS[ch] ?? ch).join("");
  return `${whole}.${fraction}${m[3]}`;
}

/** 1,234,567 is grouped by thousands; 12,34,567 and 1,5 are not. The separators are then dropped. */
function ungroup(s: string): string | Failure {
  if (!s.includes(",")) return s;
  const runs = s.match(/[\d,]+/g) ?? [];
  const misplaced = s.replace(/[\d,]+/g, "").includes(",") || runs.some((r) => r.includes(",") && !/^\d{1,3}(,\d{3})+$/.test(r));
  return misplaced ? fail("grouping") : s.replace(/,/g, "");
}

function readCore(core: string, approximate: boolean): Reading<NumberReading> {
  if (!core) return fail("empty");
  if (/^[-−负]/u.test(core)) return fail("negative");
  // 三百多万, 两百来万, 100余万: approximate; 一个亿, 10个亿: 个 is only spoken; 半亿 is 0.5亿.
  const loose = core.replace(/([\d十百千万])[多余来](?=[十百千万亿])/gu, "$1");
  const spoken = loose.replace(new RegExp(`([\\d${DIGIT_CHARS}十百千])个(?=[万亿])`, "gu"), "$1").replace(/^半(?=[十百千万亿])/u, "0.5");
  const grouped = ungroup(spoken);
  if (isFailure(grouped)) return grouped;
  const letter = /^(\d+(?:\.\d+)?)(kw|k|w|mn|m|bn|b)$/.exec(grouped);
  const written = letter ? null : decimalPoint(grouped);
  if (isFailure(written)) return written;
  const value = letter ? Number(letter[1]) * LETTER_MAGNITUDES[letter[2]!]! : numerals(written!);
  if (isFailure(value)) return value;
  if (!Number.isFinite(value) || value > FIGURE_CEILING) return fail("too_large");
  return {
    ok: true,
    value: Math.round(value * 1e6) / 1e6,
    approximate: approximate || loose !== core,
    scaled: letter !== null || /[万亿]/u.test(grouped),
  };
}

/** A number, with approximation words around it: 三百万, 约1.2万, 60多. */
export function readNumber(input: string): Reading<NumberReading> {
  const peeled = peel(normalize(input), AROUND_NUMBERS);
  return isFailure(peeled) ? peeled : readCore(peeled.core, peeled.approximate);
}

/** The number or null, for a reader that only needs the value (the figures of a question). */
export function parseNumber(input: string): number | null {
  const r = readNumber(input);
  return r.ok ? r.value : null;
}

/** An amount of money: 300万美元, 人民币100万元, 100万元人民币, $1.5M, 5k美元, 约100万, 三百万 (no currency). */
export function readMoney(input: string): Reading<MoneyReading> {
  const peeled = peel(normalize(input), MONEY_WORDS);
  if (isFailure(peeled)) return peeled;
  const n = readCore(peeled.core, peeled.approximate);
  return n.ok ? { ok: true, amount: n.value, currency: peeled.currency, approximate: n.approximate, scaled: n.scaled } : n;
}

const UNIT_WORDS = ["平方米", "平米", "平方", "㎡", "m2", "m²", "个", "家", "人", "单", "场", "次", "班", "名", "天", "年"];

/** A count or a measure with an optional unit word: 60家, 6000万单, 1200平方米, 1200平米, 约1200㎡. */
export function readQuantity(input: string, unit?: string): Reading<NumberReading> {
  const units = Object.fromEntries([...UNIT_WORDS, ...(unit ? [unit] : [])].map((u) => [u.normalize("NFKC").toLowerCase(), "neutral" as const]));
  const peeled = peel(normalize(input), { ...AROUND_NUMBERS, ...units });
  return isFailure(peeled) ? peeled : readCore(peeled.core, peeled.approximate);
}

/** Months: 15个月 / 15 / 一年半 / 半年 / 2年 / 两年 / 1年3个月 → months. */
export function readMonths(input: string): Reading<NumberReading> {
  const peeled = peel(normalize(input), AROUND_NUMBERS);
  if (isFailure(peeled)) return peeled;
  const s = peeled.core;
  if (s === "半年") return { ok: true, value: 6, approximate: peeled.approximate, scaled: false };
  const parts = /^(.+?)年(半|零?(.+?)个?月)?$/u.exec(s);
  if (!parts) return readCore(s.replace(/个?月$/u, ""), peeled.approximate);
  const years = readCore(parts[1]!, peeled.approximate);
  if (!years.ok) return years;
  const extra = parts[2] === "半" ? { ok: true as const, value: 6, approximate: false } : parts[3] ? readCore(parts[3], false) : { ok: true as const, value: 0, approximate: false };
  if (!extra.ok) return extra;
  return { ok: true, value: years.value * 12 + extra.value, approximate: years.approximate || extra.approximate, scaled: false };
}

const SIGN_WORDS: Record<string, "up" | "down"> = { 增长: "up", 增幅: "up", 增加: "up", 提高: "up", 上升: "up", 下降: "down", 减少: "down", 降低: "down", "-": "down", "−": "down", 负: "down" };

/**
 * A ratio: 12% / 百分之十二 / 增长12% / 下降5% / -5% / 负5%. A bare number is read as a percentage
 * too, whatever its size: 12 is 12%, 1 is 1%, 0.5 is 0.5% — the question asks for a percentage,
 * and one reading for every number keeps 1 and 0.5 from meaning different things.
 */
export function readRatio(input: string): Reading<NumberReading> {
  const peeled = peel(normalize(input), AROUND_NUMBERS);
  if (isFailure(peeled)) return peeled;
  const sign = Object.keys(SIGN_WORDS).find((w) => peeled.core.startsWith(w));
  const unsigned = sign ? peeled.core.slice(sign.length) : peeled.core;
  const n = readCore((/^百分之(.+)$/u.exec(unsigned)?.[1] ?? unsigned).replace(/%$/u, ""), peeled.approximate);
  if (!n.ok) return n;
  return { ...n, value: (sign && SIGN_WORDS[sign] === "down" ? -n.value : n.value) / 100 };
}

const YES = /^(是|是的|对|对的|有|有的|已|已经|已取得|已认定|属于|嗯|好|yes|y|true|√|✓)$/iu;
const NO = /^(否|不是|不|没有|无|未|没|不属于|no|n|false|×)$/iu;

export function parseYesNo(input: string): boolean | null {
  const s = input.trim().replace(/[。！!.]$/u, "");
  if (YES.test(s)) return true;
  if (NO.test(s)) return false;
  return null;
}

/** 2022-03-01 / 2022/3/1 / 2022年3月1日 → 2022-03-01 */
export function parseDate(input: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(input.normalize("NFKC").trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Whether a figure is far out of the scale a reference sets — over a thousand times larger or
 * smaller, as when 万 was left out (260 for 260万) or typed twice. Zero never is.
 */
export function farOutOfScale(value: number, reference: number): boolean {
  if (value === 0 || reference <= 0) return false;
  const ratio = value / reference;
  return ratio > 1000 || ratio < 1 / 1000;
}
