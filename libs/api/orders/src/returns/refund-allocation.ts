import { Money } from '@zhanggui/api-platform';

export interface PaidLine {
  id: string;
  quantity: number;
  /** 分 the line cost after its own discounts. */
  amount: number;
}

/**
 * What each line was really paid: its amount less its share of any order-level discount (the difference
 * between the lines' sum and the order total), shared by line amount with largest remainders so the shares
 * add up exactly to the order total.
 */
export function paidPerLine(lines: PaidLine[], orderTotal: number): Map<string, number> {
  const sum = lines.reduce((total, line) => total + line.amount, 0);
  const orderDiscount = Math.max(sum - orderTotal, 0);
  if (orderDiscount === 0 || sum === 0) return new Map(lines.map((line) => [line.id, line.amount]));
  const shares = Money.of(orderDiscount, 'CNY').allocate(lines.map((line) => line.amount));
  return new Map(lines.map((line, i) => [line.id, line.amount - shares[i].amount]));
}

/**
 * The refund for `returning` units of a line of which `alreadyReturned` were refunded before: the cumulative
 * share floor(paid × units / quantity) now, less the same before. Rounding down each time and subtracting
 * cumulative figures means the refunds of a line add up to at most what it was paid, and to exactly that when
 * every unit has come back — never a fen more, whatever the order of partial returns.
 */
export function refundForUnits(
  linePaid: number,
  lineQuantity: number,
  alreadyReturned: number,
  returning: number,
): number {
  const upTo = (units: number) => Number((BigInt(linePaid) * BigInt(units)) / BigInt(lineQuantity));
  return upTo(alreadyReturned + returning) - upTo(alreadyReturned);
}

/**
 * Splits a refund between money and rebate in the proportion the order was paid, cumulatively (so the parts
 * never exceed what was paid each way): `refundedBefore` is the value of earlier refunds of the order.
 */
export function rebateShareOf(
  refundValue: number,
  refundedBefore: number,
  rebatePaid: number,
  orderTotal: number,
): number {
  if (rebatePaid <= 0 || orderTotal <= 0) return 0;
  const upTo = (value: number) =>
    Number((BigInt(Math.min(value, orderTotal)) * BigInt(rebatePaid)) / BigInt(orderTotal));
  return upTo(refundedBefore + refundValue) - upTo(refundedBefore);
}
