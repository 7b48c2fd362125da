/** The business day is the company's (China Standard Time), whatever the server's clock zone. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** A document prefix is 2–8 capital letters (`SO`, `PO`, `GRN`): it names sequences and counters. */
export function assertDocumentPrefix(prefix: string): void {
  if (!/^[A-Z]{2,8}$/.test(prefix)) throw new Error(`Document prefix ${prefix} must be 2–8 capital letters`);
}

/** `<PREFIX>-<yyyymmdd>-<nnnn>` (`SO-20261127-0001`). */
export function documentNumber(prefix: string, day: string, value: number | string): string {
  return `${prefix}-${day}-${String(value).padStart(4, '0')}`;
}
