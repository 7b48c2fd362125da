/**
 * Money in the console is what the API speaks: integer minor units (分) of CNY. A person types yuan ("49.9");
 * that text becomes 分 by integer arithmetic on its digits, never through a float (0.1 + 0.2 is not 0.3, and
 * 19.99 * 100 is 1998.9999999999998).
 */
const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{0,2}))?$/;

/** The largest amount the API takes (¥100 million), in 分. */
export const MAX_MINOR_UNITS = 100_000_000_00;

/**
 * "49.9" → 4990, "¥1,299" → 129900, "0.05" → 5. Undefined for anything that is not a non-negative amount with
 * at most two decimals (the API keeps whole 分), or is above the API's maximum.
 */
export function yuanToMinorUnits(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/,/g, '');
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return undefined;
  const whole = match[1]!;
  const cents = (match[2] ?? '').padEnd(2, '0');
  // String concatenation, then one parse of a whole number: exact for every value up to the maximum.
  const minor = Number.parseInt(`${whole}${cents}`, 10);
  return minor <= MAX_MINOR_UNITS ? minor : undefined;
}

/** 4990 → "49.90": for filling an input with an amount the API gave. */
export function minorUnitsToYuanText(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(minor))).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** 4990 → "¥49.90", 129900 → "¥1,299.00": always two decimals, with digit grouping. */
export function formatMoney(minor: number): string {
  const text = minorUnitsToYuanText(minor);
  const negative = text.startsWith('-');
  const [whole, cents] = (negative ? text.slice(1) : text).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** Basis points as a percentage: 1250 → "12.5%". */
export function formatBasisPoints(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}

/** "12.5" (percent) → 1250 basis points, exact; undefined unless 0 < value < 100 with at most two decimals. */
export function percentToBasisPoints(text: string): number | undefined {
  const match = /^(\d{1,2})(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/%$/, ''));
  if (!match) return undefined;
  const basisPoints = Number.parseInt(`${match[1]}${(match[2] ?? '').padEnd(2, '0')}`, 10);
  return basisPoints >= 1 && basisPoints <= 9999 ? basisPoints : undefined;
}
