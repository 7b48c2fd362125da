import {
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import type { CustomerQuery } from '../customers/customers.api';

export const MEMBERSHIPS = ['members', 'others'] as const;
export const CUSTOMER_SOURCES = ['website', 'customer_service', 'franchise'] as const;
type Source = (typeof CUSTOMER_SOURCES)[number];

export interface MemberListState {
  /** Name (any part, pinyin, initials), phone (whole or last 4 digits) or customer number. */
  q: string;
  membership: (typeof MEMBERSHIPS)[number] | undefined;
  source: Source | undefined;
  territoryId: string | undefined;
  limit: number;
}

export const memberListSpec: UrlStateSpec<MemberListState> = {
  q: textParam(40),
  membership: optionalEnumParam(MEMBERSHIPS),
  source: optionalEnumParam(CUSTOMER_SOURCES),
  territoryId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_MEMBER_FILTERS: Partial<MemberListState> = {
  q: '',
  membership: undefined,
  source: undefined,
  territoryId: undefined,
};

export function isMemberListFiltered(state: MemberListState): boolean {
  return !!(state.q || state.membership || state.source || state.territoryId);
}

export function toCustomerQuery(state: MemberListState, cursor: string | undefined): CustomerQuery {
  return {
    sort: '-createdAt',
    q: state.q || undefined,
    member: state.membership === undefined ? undefined : state.membership === 'members',
    source: state.source,
    territoryId: state.territoryId,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
