import { intParam, matchingParam, UUID_PATTERN, type UrlStateSpec } from '../../shared/url-state/url-state';

export interface CommissionPageState {
  /** The run whose lines are open. */
  run: string | undefined;
  limit: number;
}

export const commissionPageSpec: UrlStateSpec<CommissionPageState> = {
  run: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};
