// A figure far out of scale is confirmed before it is used: one above 100亿元, or more than 100
// times the largest of the enterprise's other figures, is far more often a slip (2000000 typed
// into a box already in 万, a digit too many) than the enterprise's size. Shared by the form and
// the dialogue.
import { formatAmount, Rational } from "./money.ts";

/** Above this no clause's threshold or base reaches: 100亿元. */
export const SCALE_CEILING_CNY = 10_000_000_000;
/** How many times the largest other figure a figure may be before it is questioned. */
export const SCALE_RATIO = 100;

const yuan = (n: number) => formatAmount(Rational.from(Math.round(n)));

/**
 * Why the figure `amountCny` looks out of scale next to the enterprise's other figures
 * (`othersCny`, in yuan), or null when it does not.
 */
export function outOfScale(amountCny: number, othersCny: readonly number[]): string | null {
  if (amountCny > SCALE_CEILING_CNY) return `${yuan(amountCny)}超过了${yuan(SCALE_CEILING_CNY)}`;
  const largest = Math.max(0, ...othersCny);
  if (largest > 0 && amountCny > SCALE_RATIO * largest) {
    return `${yuan(amountCny)}是所填其他金额中最大一项（${yuan(largest)}）的${Math.floor(amountCny / largest)}倍`;
  }
  return null;
}
