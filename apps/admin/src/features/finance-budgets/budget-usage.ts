export type UsageLevel = 'ok' | 'warning' | 'over';

/** The API's alert levels: 80% used warns, 100% is over budget. */
export function usageLevel(percentUsed: number): UsageLevel {
  if (percentUsed >= 100) return 'over';
  if (percentUsed >= 80) return 'warning';
  return 'ok';
}

export const USAGE_COLORS: Record<UsageLevel, string> = {
  ok: '#52c41a',
  warning: '#faad14',
  over: '#ff4d4f',
};
