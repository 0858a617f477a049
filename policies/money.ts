// Exact money arithmetic. Figures arrive as JS numbers (yuan or dollars, possibly with decimals)
// and are turned into exact fractions from their decimal text, so 7.1 × 3,000,000 is exactly
// 21,300,000 and a threshold comparison never flips on a binary rounding error. Amounts are
// rounded to whole yuan once, at the very end.

export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError("division by zero");
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num < 0n ? -num : num, den);
    return new Rational(num / g, den / g);
  }

  /** Exact value of a finite number as written in decimal (0.1 → 1/10, 7.1 → 71/10). */
  static from(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    const [mantissa, exp = "0"] = value.toExponential().split("e");
    const [int, frac = ""] = mantissa!.replace("-", "").split(".");
    const digits = BigInt(int! + frac);
    const shift = Number(exp) - frac.length;
    const sign = value < 0 ? -1n : 1n;
    return shift >= 0 ? Rational.of(sign * digits * 10n ** BigInt(shift)) : Rational.of(sign * digits, 10n ** BigInt(-shift));
  }

  static readonly ZERO = Rational.of(0n);

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  }
  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }
  /** Largest whole number not above the value (for "每满 N" units). */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  /** Nearest whole number, halves away from zero: the one rounding of an amount. */
  round(): bigint {
    const twice = Rational.of(2n * this.num + (this.num < 0n ? -this.den : this.den), 2n * this.den);
    return twice.num / twice.den;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

export type Currency = "CNY" | "USD";

export interface Money {
  amount: number;
  currency: Currency;
}

export const cny = (amount: number): Money => ({ amount, currency: "CNY" });
export const usd = (amount: number): Money => ({ amount, currency: "USD" });

/** Converts between CNY and USD at `fx` CNY per USD; `converted` tells whether the rate was used. */
export function convert(value: Rational, from: Currency, to: Currency, fx: Rational): { value: Rational; converted: boolean } {
  if (from === to) return { value, converted: false };
  return { value: from === "USD" ? value.mul(fx) : value.div(fx), converted: true };
}

// ---------------------------------------------------------------------------------------------
// Chinese formatting: 300万美元, 25万元, 1.2亿元, 3,500元

const UNIT: Record<Currency, string> = { CNY: "元", USD: "美元" };

/** A decimal with at most `places` places, trailing zeros dropped. */
export function decimal(value: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = value.mul(Rational.of(scale)).round();
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const int = abs / scale;
  const frac = (abs % scale).toString().padStart(places, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Chinese money style: 15万元, 1.2亿元, 1384.5万美元, 3500元 — exact to the fen, no separators. */
export function formatAmount(value: Rational, currency: Currency = "CNY"): string {
  const unit = UNIT[currency];
  const abs = value.cmp(Rational.ZERO) < 0 ? Rational.ZERO.sub(value) : value;
  if (abs.cmp(Rational.of(100_000_000n)) >= 0 && value.div(Rational.of(10_000n)).isInteger()) {
    return `${decimal(value.div(Rational.of(100_000_000n)), 4)}亿${unit}`;
  }
  if (abs.cmp(Rational.of(10_000n)) >= 0) return `${decimal(value.div(Rational.of(10_000n)), 6)}万${unit}`;
  return `${decimal(value, 2)}${unit}`;
}

export function formatMoney(money: Money): string {
  return formatAmount(Rational.from(money.amount), money.currency);
}

export function formatRate(rate: Rational): string {
  const percent = rate.mul(Rational.of(100n));
  if (percent.cmp(Rational.of(1n)) < 0 && rate.mul(Rational.of(1000n)).isInteger()) {
    return `${decimal(rate.mul(Rational.of(1000n)), 4)}‰`;
  }
  return `${decimal(percent, 4)}%`;
}
