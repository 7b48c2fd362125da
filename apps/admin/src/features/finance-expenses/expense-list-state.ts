import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { CLAIM_STATUSES, type ClaimQuery, type ClaimStatus } from './expenses.api';

export const CLAIM_TABS = ['mine', 'all'] as const;
export type ClaimTab = (typeof CLAIM_TABS)[number];
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ClaimListState {
  /** My own claims, or every claim I may see (my units', or all for finance). */
  tab: ClaimTab;
  status: ClaimStatus | undefined;
  orgUnitId: string | undefined;
  /** The month written (YYYY-MM, China time): the period finance reimburses by. */
  month: string | undefined;
  claimantId: string | undefined;
  limit: number;
}

export const claimListSpec: UrlStateSpec<ClaimListState> = {
  tab: enumParam(CLAIM_TABS, 'mine'),
  status: optionalEnumParam(CLAIM_STATUSES),
  orgUnitId: matchingParam(UUID_PATTERN),
  month: matchingParam(MONTH_PATTERN),
  claimantId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_CLAIM_FILTERS: Partial<ClaimListState> = {
  status: undefined,
  orgUnitId: undefined,
  month: undefined,
  claimantId: undefined,
};

export function isClaimListFiltered(state: ClaimListState): boolean {
  return !!(state.status || state.orgUnitId || state.month || state.claimantId);
}

/** The "mine" tab asks only for the caller's claims; unit and claimant filters belong to the "all" tab. */
export function toClaimQuery(state: ClaimListState, cursor: string | undefined): ClaimQuery {
  const all = state.tab === 'all';
  return {
    mine: all ? undefined : true,
    status: state.status,
    orgUnitId: all ? state.orgUnitId : undefined,
    claimantId: all ? state.claimantId : undefined,
    month: state.month,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
