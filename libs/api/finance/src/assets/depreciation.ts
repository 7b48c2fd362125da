/**
 * 直线法 (straight-line) monthly depreciation, in 分. Each month takes ⌊(cost − residual) ÷ life⌋; the last month
 * takes whatever is left, so over the whole life the total is exactly cost − residual (flooring, never rounding
 * up, so the earlier months can never overshoot and leave the last one negative).
 */
export interface DepreciableAsset {
  cost: number;
  residualValue: number;
  usefulLifeMonths: number;
  /** Months already depreciated, and their total. */
  monthsDepreciated: number;
  accumulatedDepreciation: number;
}

export function depreciableAmount(asset: Pick<DepreciableAsset, 'cost' | 'residualValue'>): number {
  return asset.cost - asset.residualValue;
}

/** The depreciation of the asset's next month (0 once fully depreciated). */
export function nextMonthDepreciation(asset: DepreciableAsset): number {
  const remaining = depreciableAmount(asset) - asset.accumulatedDepreciation;
  if (asset.monthsDepreciated >= asset.usefulLifeMonths || remaining <= 0) return 0;
  if (asset.monthsDepreciated === asset.usefulLifeMonths - 1) return remaining;
  return Math.min(remaining, Math.floor(depreciableAmount(asset) / asset.usefulLifeMonths));
}

/** The whole schedule, month by month (for the asset card and the tests). */
export function depreciationSchedule(
  asset: Pick<DepreciableAsset, 'cost' | 'residualValue' | 'usefulLifeMonths'>,
): number[] {
  const schedule: number[] = [];
  let state: DepreciableAsset = { ...asset, monthsDepreciated: 0, accumulatedDepreciation: 0 };
  for (let month = 0; month < asset.usefulLifeMonths; month++) {
    const amount = nextMonthDepreciation(state);
    schedule.push(amount);
    state = {
      ...state,
      monthsDepreciated: state.monthsDepreciated + 1,
      accumulatedDepreciation: state.accumulatedDepreciation + amount,
    };
  }
  return schedule;
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * Whether the month-end run of `period` depreciates an asset put in service on `inServiceDate`: 当月增加的固定
 * 资产当月不计提，从下月起计提 — an asset starts depreciating the month after it enters service.
 */
export function depreciatesIn(inServiceDate: string, period: string): boolean {
  return monthOf(inServiceDate) < period;
}

/** Disposal result: proceeds against net book value; positive is a gain. */
export function disposalGain(
  asset: Pick<DepreciableAsset, 'cost' | 'accumulatedDepreciation'>,
  proceeds: number,
): number {
  return proceeds - (asset.cost - asset.accumulatedDepreciation);
}
