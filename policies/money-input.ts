// Money typed into a box that has a unit of its own (万) and a currency selector, read with the
// one money parser every channel uses (policies/numbers.ts readMoney): 200万美元, 1.2亿, 三千万
// and 2,000,000元 say their own magnitude and currency, which win over the box's; a bare 300 is
// in the box's unit.
import type { Currency } from "./money.ts";
import { readMoney } from "./numbers.ts";

export interface MoneyInput {
  amount: number;
  currency: Currency;
  /** Whether the text named its own unit (a magnitude or a currency) instead of taking the box's. */
  ownUnit: boolean;
}

/** Reads `text` typed into a box in units of `scale` (10000 for 万) whose selector says `currency`; null when it is not an amount. */
export function readMoneyInput(text: string, box: { scale: number; currency: Currency }): MoneyInput | null {
  const reading = readMoney(text);
  if (!reading.ok) return null;
  const currency = reading.currency ?? box.currency;
  if (reading.currency || reading.scaled) return { amount: reading.amount, currency, ownUnit: true };
  // Rounded to the fen: 0.07 万 is 700, not 700.0000000000001.
  return { amount: Math.round(reading.amount * box.scale * 100) / 100, currency, ownUnit: false };
}
