/** +20, −3, 0: a change of stock, with its sign always shown (a true minus sign, not a hyphen). */
export function signedQuantity(delta: number): string {
  if (delta > 0) return `+${delta.toLocaleString()}`;
  if (delta < 0) return `−${Math.abs(delta).toLocaleString()}`;
  return '0';
}

/** Each warehouse's share of the largest balance, in percent, for the small bars beside the numbers. */
export function barWidths(values: readonly number[]): number[] {
  const largest = Math.max(0, ...values);
  return values.map((value) => (largest > 0 ? Math.round((Math.max(0, value) / largest) * 100) : 0));
}
