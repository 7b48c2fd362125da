import { matchingParam, UUID_PATTERN, type UrlStateSpec } from '../../shared/url-state/url-state';

export interface OrgChartState {
  /** The plan year (编制 period); empty means this year. */
  period: string | undefined;
  /** The unit whose positions are open on the right. */
  unitId: string | undefined;
}

export const PERIOD_PATTERN = /^20\d{2}$/;

export const orgChartSpec: UrlStateSpec<OrgChartState> = {
  period: matchingParam(PERIOD_PATTERN),
  unitId: matchingParam(UUID_PATTERN),
};

/** Last year, this year and the next two: plans are made ahead, and last year's is looked back at. */
export function periodChoices(current: string): string[] {
  const year = Number(current);
  return [year - 1, year, year + 1, year + 2].map(String);
}
