export type Rounding = 'half-even' | 'half-up' | 'down' | 'up';

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/**
 * An amount of money in integer minor units (分 for CNY) with its ISO 4217 currency. Never a float: ratios
 * (discounts, tax, commission) are computed exactly with BigInt and rounded once, explicitly. Amounts stay
 * within Number's safe integers (±90 trillion yuan), which the JSON form `{amount, currency}` relies on.
 */
export class Money {
  private constructor(
    readonly amount: number,
    readonly currency: string,
  ) {}

  static of(amount: number, currency: string): Money {
    if (!Number.isSafeInteger(amount))
      throw new MoneyError(`Amount ${amount} is not a whole number of minor units`);
    if (!CURRENCY_PATTERN.test(currency))
      throw new MoneyError(`Currency "${currency}" is not an ISO 4217 code`);
    return new Money(amount === 0 ? 0 : amount, currency);
  }

  static zero(currency: string): Money {
    return Money.of(0, currency);
  }

  static sum(items: Money[], currency: string): Money {
    return items.reduce((total, item) => total.plus(item), Money.zero(currency));
  }

  plus(other: Money): Money {
    this.assertSameCurrency(other);
    return Money.of(this.amount + other.amount, this.currency);
  }

  minus(other: Money): Money {
    this.assertSameCurrency(other);
    return Money.of(this.amount - other.amount, this.currency);
  }

  negate(): Money {
    return Money.of(-this.amount, this.currency);
  }

  /** Times a whole quantity (a line of 3 units). */
  times(quantity: number): Money {
    if (!Number.isSafeInteger(quantity)) throw new MoneyError(`Quantity ${quantity} is not a whole number`);
    return Money.of(this.amount * quantity, this.currency);
  }

  /** Times numerator/denominator, rounded once: 13% VAT is `multiplyByRatio(13, 100)`. */
  multiplyByRatio(numerator: number, denominator: number, rounding: Rounding = 'half-even'): Money {
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
      throw new MoneyError('A ratio needs whole numbers and a denominator other than zero');
    }
    const product = BigInt(this.amount) * BigInt(numerator);
    return Money.of(Number(divideRounded(product, BigInt(denominator), rounding)), this.currency);
  }

  /**
   * Splits the amount by weights so the parts add up exactly to the whole (largest remainder): 100 分 by
   * [1, 1, 1] is [34, 33, 33]. Used for spreading discounts over lines or costs over cities.
   */
  allocate(weights: number[]): Money[] {
    if (weights.length === 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
      throw new MoneyError('Weights must be whole numbers, at least one, none negative');
    }
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    if (totalWeight === 0) throw new MoneyError('Weights must not all be zero');
    const whole = BigInt(this.amount);
    const sign = whole < 0n ? -1n : 1n;
    const magnitude = whole * sign;
    const shares = weights.map((w) => (magnitude * BigInt(w)) / BigInt(totalWeight));
    const remainders = weights.map((w, i) => ({ i, r: (magnitude * BigInt(w)) % BigInt(totalWeight) }));
    let left = magnitude - shares.reduce((a, b) => a + b, 0n);
    remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
    for (const { i } of remainders) {
      if (left === 0n) break;
      shares[i] += 1n;
      left -= 1n;
    }
    return shares.map((share) => Money.of(Number(share * sign), this.currency));
  }

  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    return this.amount === other.amount ? 0 : this.amount < other.amount ? -1 : 1;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount === other.amount;
  }

  isZero(): boolean {
    return this.amount === 0;
  }

  isNegative(): boolean {
    return this.amount < 0;
  }

  toJSON(): { amount: number; currency: string } {
    return { amount: this.amount, currency: this.currency };
  }

  toString(): string {
    return `${this.amount} ${this.currency} (minor units)`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new MoneyError(`Cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}

function divideRounded(dividend: bigint, divisor: bigint, rounding: Rounding): bigint {
  if (divisor < 0n) return divideRounded(-dividend, -divisor, rounding);
  const quotient = dividend / divisor; // truncates toward zero
  const remainder = dividend % divisor;
  if (remainder === 0n) return quotient;
  const sign = dividend < 0n ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return quotient + sign;
    case 'half-up':
      return twiceRemainder >= divisor ? quotient + sign : quotient;
    case 'half-even':
      if (twiceRemainder > divisor) return quotient + sign;
      if (twiceRemainder < divisor) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + sign;
  }
}
