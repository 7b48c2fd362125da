import { formatBasisPoints } from '../../shared/money/money';
import type { CommissionTier } from './commissions.api';

/**
 * "2.5" (percent) → 250 basis points, by integer arithmetic on the digits (never a float); undefined for
 * anything but a non-negative percentage with at most two decimals, up to `maxPercent`.
 */
export function percentTextToBp(text: string | undefined, maxPercent: number): number | undefined {
  const match = /^(\d{1,5})(?:\.(\d{0,2}))?$/.exec((text ?? '').trim().replace(/%$/, ''));
  if (!match) return undefined;
  const bp = Number.parseInt(`${match[1]}${(match[2] ?? '').padEnd(2, '0')}`, 10);
  return bp <= maxPercent * 100 ? bp : undefined;
}

/** 250 → "2.5": for filling an input. */
export function bpToPercentText(bp: number): string {
  return formatBasisPoints(bp).replace(/%$/, '');
}

/** The API's limits: attainment up to 10000%, a rate up to 100%. */
export const MAX_ATTAINMENT_PERCENT = 10_000;
export const MAX_RATE_PERCENT = 100;

/** Tiers as a person reads them, lowest attainment first. */
export function sortedTiers(tiers: readonly CommissionTier[]): CommissionTier[] {
  return [...tiers].sort((a, b) => a.fromAttainmentBp - b.fromAttainmentBp);
}
