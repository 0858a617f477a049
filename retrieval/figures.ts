// Figures stated in free text — 150万美元, 两百来万美金, 10个亿, 1.2万平方米, 60家, 5000万单 — with
// their unit and, for money, what the amount measures, read from the words next to it. The same
// reader serves the asker's question and the clauses' own wording of their thresholds
// (thresholds.ts), so both sides are read alike. Numbers go through policies/numbers.ts, as the
// dialogue's answers do.
import { parseNumber, readMoney } from "../policies/numbers.ts";
import type { Currency } from "../policies/money.ts";

export type Unit = "money" | "sqm" | "enterprises" | "people" | "orders" | "days";

/** What a sum of money is: business done, income earned, or money spent. */
export type Measure = "volume" | "revenue" | "spend";

export interface Figure {
  unit: Unit;
  value: number;
  /** Money only: the currency named, or null (read as yuan by the caller). */
  currency: Currency | null;
  /** Money only: what the words around the amount say it measures; null when they do not say. */
  measure: Measure | null;
  /** The words of its phrase before and after it, and the phrase before that: what the figure is of. */
  context: FigureContext;
  /** The number as written: 一, 1, 150万. */
  written: string;
}

export interface FigureContext {
  before: string;
  after: string;
  previous: string;
}

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(美元|美金|刀|元|块|人民币)/u, "money"],
  // 600个平方, as the area is said aloud.
  [/^个?(平方米|平米|平方|㎡|平(?!台))/u, "sqm"],
  [/^家/u, "enterprises"],
  [/^个?(人|名|学生)/u, "people"],
  [/^单/u, "orders"],
  [/^天/u, "days"],
];

/**
 * Checked in this order: 服务费收入 is income, 运费 is spending, 进出口 is business done. A 服务费
 * alone does not say: an agency earns it (年服务费), a tenant pays it (综合服务费).
 */
const MEASURE_CUES: [RegExp, Measure | null][] = [
  [/营收|收入|营业额/u, "revenue"],
  [/服务费/u, null],
  [/费|租金|房租|花|成本|投入|投了|投资|支出/u, "spend"],
  [/卖|销售|交易|成交|进出口|出口|进口|外贸|流水|结算|贡献|业绩/u, "volume"],
];

/**
 * Digits or Chinese numerals, with a decimal point said (一点二亿); 万 and 亿 never open a number (万一, 万众创新). Digits may carry a
 * magnitude letter as typed in chat — 60w (万), 1.2kw (千万), 500k — but not inside a code (B2B, O2O).
 */
const NUMBER = /(?<![a-z])(\d[\d,]*(?:\.\d+)?(?:kw|k|w)(?![a-z])|\d[\d,]*(?:\.\d+)?[十百千万亿]*|[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+[万亿]*)?)/giu;
/** A number that names its own magnitude (万, 亿, or a letter) is money even without a currency. */
const SCALED = /[万亿]|[kw]$/iu;
// A colon ends a phrase too: 国际物流费用测算：年进出口额3200万元 sets the sum after it by 年进出口额.
const PHRASE_BREAK = /[，。；！？、：,;:!?\s]/u;

/** Where another figure starts: a digit that is not part of a code (O2O, B2B). */
const FIGURE_START = /(?<![A-Za-z])\d/u;

/**
 * The words of the figure's phrase on either side, up to the next figure, and the phrase before
 * (一年150万美元 after 做跨境电商出口).
 */
export function contextAround(text: string, start: number, end: number): FigureContext {
  const phrases = text.slice(0, start).split(PHRASE_BREAK);
  return {
    before: phrases.at(-1)!.split(FIGURE_START).at(-1)!,
    previous: phrases.slice(0, -1).filter(Boolean).at(-1) ?? "",
    after: text.slice(end).split(PHRASE_BREAK)[0]!.split(FIGURE_START)[0]!,
  };
}

/**
 * Spoken approximations to plain numbers: 三百多万 → 三百万, 两百来万 → 两百万, 100多家 → 100家,
 * 10个亿 → 10亿. The figure stays a lower bound, which is what a threshold is compared with.
 */
function dropApproximations(text: string): string {
  return text
    .replace(/([\d十百千万])[多余来]([十百千万亿家人单个平天])/gu, "$1$2")
    .replace(/([\d一二两三四五六七八九十])个([万亿])/gu, "$1$2");
}

function measureOf(before: string, after: string): Measure | null {
  for (const side of [before, after]) for (const [cue, measure] of MEASURE_CUES) if (cue.test(side)) return measure;
  return null;
}

/** Every figure with a unit (or a 万/亿 amount, taken as money) in the text, in order. */
/** The same figure: unit, value and, for money, currency (20万美元 is not 20万元; no currency named is yuan). */
export const sameFigure = (a: Figure, b: Figure) => a.unit === b.unit && a.value === b.value && (a.currency ?? "CNY") === (b.currency ?? "CNY");

/** The financial forms of the numerals, as sums are written on forms and cheques (壹亿贰仟万, 伍拾伍万, 陆佰平方米). */
const FINANCIAL = new Map([..."壹贰叁肆伍陆柒捌玖拾佰仟"].map((c, i) => [c, "一二三四五六七八九十百千"[i]!]));
export const withCommonNumerals = (text: string) => text.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟]/gu, (c) => FINANCIAL.get(c)!);

export function readFigures(input: string): Figure[] {
  const text = dropApproximations(withCommonNumerals(input.normalize("NFKC")));
  const figures: Figure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const number = match[1]!;
    const start = match.index!;
    // A unit typed apart from its number (3500万 美元, 1200 平方米), as keywords are, is its unit all the same.
    const gap = /^[^\S\n]*/u.exec(text.slice(start + number.length))![0];
    const rest = text.slice(start + number.length + gap.length);
    const unitMatch = UNIT_WORDS.map(([re, unit]) => ({ m: re.exec(rest), unit })).find((u) => u.m);
    const unit = unitMatch?.unit ?? (SCALED.test(number) ? "money" : null);
    if (!unit) continue;
    const context = contextAround(text, start, start + number.length + (unitMatch?.m ? gap.length + unitMatch.m[0].length : 0));
    if (unit === "money") {
      const reading = readMoney(number + (unitMatch?.m?.[0] ?? ""));
      if (!reading.ok) continue;
      // The words of the same phrase: 国际运费一年250万 is spending, 营收1500万 is income.
      figures.push({ unit, value: reading.amount, currency: reading.currency, measure: measureOf(context.before, context.after), context, written: number });
    } else {
      const value = parseNumber(number);
      if (value !== null) figures.push({ unit, value, currency: null, measure: null, context, written: number });
    }
  }
  return figures;
}
