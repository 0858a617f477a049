// A figure far out of scale is confirmed before it is used: one above 100亿元, or more than 100
// times the largest of the enterprise's other figures, is far more often a slip (2000000 typed
// into a box already in 万, a digit too many) than the enterprise's size. Shared by the form and
// the dialogue.
import { formatAmount, Rational } from "./money.ts";

/** Above this no clause's threshold or base reaches: 100亿元. */
export const SCALE_CEILING_CNY = 10_000_000_000;
/** How many times the largest other figure a figure may be before it is questioned, on a whole form. */
export const SCALE_RATIO = 100;
/**
 * The same in the dialogue, where answers come one at a time in the order of what they decide, so a
 * turnover after a fee is ordinary: a jump of 10,000×, a 万 too many, is questioned.
 */
export const ANSWER_JUMP_RATIO = 10_000;

const yuan = (n: number) => formatAmount(Rational.from(Math.round(n)));

/** The largest of the other figures when `amountCny` is more than `ratio` times it, else null. */
export function outgrows(amountCny: number, othersCny: readonly number[], ratio: number): number | null {
  const largest = Math.max(0, ...othersCny);
  return largest > 0 && amountCny > ratio * largest ? largest : null;
}

/**
 * Why the figure `amountCny` looks out of scale next to the enterprise's other figures
 * (`othersCny`, in yuan), or null when it does not.
 */
export function outOfScale(amountCny: number, othersCny: readonly number[]): string | null {
  if (amountCny > SCALE_CEILING_CNY) return `${yuan(amountCny)}超过了${yuan(SCALE_CEILING_CNY)}`;
  const largest = outgrows(amountCny, othersCny, SCALE_RATIO);
  if (largest !== null) {
    return `${yuan(amountCny)}是所填其他金额中最大一项（${yuan(largest)}）的${Math.floor(amountCny / largest)}倍`;
  }
  return null;
}
