// Numbers as people type them: 300万美元, 1.2亿元, 2,000,000元, 三百万, 50万, 12%, 百分之十二,
// 1200平米, 一年半. The dialogue reads answers with them and retrieval the figures of a question.
// Each parser returns null when it cannot read the text — never a silent zero.
import type { Currency } from "./money.ts";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const NUMBER_CHARS = "0-9.,，零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";

/**
 * A number written with digits, Chinese numerals or both: 2,000,000 / 1.2亿 / 三百万 / 3千万 /
 * 一千二百五十 / 1万5 (= 15000, the spoken short form). Returns null for anything else.
 */
export function parseNumber(input: string): number | null {
  const s = input.replace(/[,，\s]/g, "");
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!new RegExp(`^[${NUMBER_CHARS}]+$`, "u").test(s)) return null;
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
      if (!/^\d+(\.\d+)?$/.test(run) || current !== null) return null;
      current = Number(run);
    } else if (ch in DIGITS) {
      if (current !== null && current !== 0) return null; // 三四 is not a number
      current = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (current ?? 1) * SMALL_UNITS[ch]!;
      current = null;
      lastBigUnit = 0;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch]!;
      const value = (section + (current ?? 0)) || (total === 0 ? 1 : 0);
      if (unit === 1e8) total = (total + value) * unit;
      else total += value * unit;
      section = 0;
      current = null;
      lastBigUnit = unit;
      continue;
    } else {
      return null;
    }
    if (ch in DIGITS || /[\d.]/.test(ch)) continue;
    lastBigUnit = 0;
  }
  // 1万5 / 两亿三: a lone digit right after 万/亿 counts in the next unit down.
  const trailing = lastBigUnit && current !== null && current < 10 && section === 0 ? (current * lastBigUnit) / 10 : current ?? 0;
  const result = total + section + trailing;
  return Number.isFinite(result) ? Math.round(result * 1e6) / 1e6 : null;
}

const CURRENCY_WORDS: [RegExp, Currency][] = [
  [/(美元|美金|刀|usd|\$|us\$)/iu, "USD"],
  [/(人民币|元|块|rmb|cny|￥|¥)/iu, "CNY"],
];

export interface MoneyReading {
  amount: number;
  /** null when the text names no currency: the dialogue then asks for it. */
  currency: Currency | null;
}

/** 300万美元 / 1.2亿元 / 2,000,000元 / $1.5M is not Chinese, but 150万刀 is / 三百万 (no currency). */
export function parseMoney(input: string): MoneyReading | null {
  let s = input.trim().toLowerCase().replace(/^(约|大约|大概|差不多|共|一共|总共)/u, "");
  let currency: Currency | null = null;
  for (const [pattern, c] of CURRENCY_WORDS) {
    if (pattern.test(s)) {
      currency = c;
      s = s.replace(pattern, "");
      break;
    }
  }
  s = s.replace(/(左右|上下|多|整)$/u, "");
  const amount = parseNumber(s);
  if (amount === null || amount < 0) return null;
  return { amount, currency };
}

/** 12% / 百分之十二 / 0.12 / 12 (a whole number is read as percent) / -5% / 负5% → ratio. */
export function parseRatio(input: string): number | null {
  const raw = input.trim().replace(/\s/g, "").replace(/^(增长|增幅|下降)?/u, "");
  const negative = /^[-−负]/u.test(raw) || /^下降/u.test(input.trim());
  const ratio = parseUnsignedRatio(raw.replace(/^[-−负]/u, ""));
  return ratio === null ? null : negative ? -ratio : ratio;
}

function parseUnsignedRatio(s: string): number | null {
  const spoken = /^百分之(.+)$/u.exec(s);
  if (spoken) {
    const n = parseNumber(spoken[1]!);
    return n === null ? null : n / 100;
  }
  const percent = /^(.+?)[%％]$/u.exec(s);
  if (percent) {
    const n = parseNumber(percent[1]!);
    return n === null ? null : n / 100;
  }
  const n = parseNumber(s);
  if (n === null) return null;
  return n >= 1 ? n / 100 : n;
}

/** A count or a measure with an optional unit word: 60家, 6000万单, 1200平方米, 1200平米, 1200㎡. */
export function parseQuantity(input: string, unit?: string): number | null {
  const s = input
    .trim()
    .replace(/(平方米|平米|平方|㎡|m2|m²)$/iu, "")
    .replace(/(个|家|人|单|场|次|班|名|天|年)$/u, "")
    .replace(unit ? new RegExp(`${unit}$`, "u") : /$^/, "");
  const n = parseNumber(s);
  return n !== null && n >= 0 ? n : null;
}

/** Months: 15个月 / 15 / 一年半 / 2年 / 两年 → months. */
export function parseMonths(input: string): number | null {
  const s = input.trim().replace(/\s/g, "");
  const years = /^(.+?)年(半)?$/u.exec(s);
  if (years) {
    const n = parseNumber(years[1]!);
    return n === null ? null : n * 12 + (years[2] ? 6 : 0);
  }
  if (s === "半年") return 6;
  const n = parseNumber(s.replace(/个?月$/u, ""));
  return n !== null && n >= 0 ? n : null;
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
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(input.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}
