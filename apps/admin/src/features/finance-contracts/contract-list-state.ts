import {
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  type ContractKind,
  type ContractQuery,
  type ContractStatus,
} from './contracts.api';

/** The "expiring" windows offered; 30 days is the first reminder. */
export const EXPIRING_WINDOWS = ['7', '30', '90'] as const;
export type ExpiringWindow = (typeof EXPIRING_WINDOWS)[number];

export interface ContractListState {
  status: ContractStatus | undefined;
  kind: ContractKind | undefined;
  orgUnitId: string | undefined;
  q: string;
  /** Only active contracts ending within this many days. */
  expiring: ExpiringWindow | undefined;
  limit: number;
}

export const contractListSpec: UrlStateSpec<ContractListState> = {
  status: optionalEnumParam(CONTRACT_STATUSES),
  kind: optionalEnumParam(CONTRACT_KINDS),
  orgUnitId: matchingParam(UUID_PATTERN),
  q: textParam(100),
  expiring: optionalEnumParam(EXPIRING_WINDOWS),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_CONTRACT_FILTERS: Partial<ContractListState> = {
  status: undefined,
  kind: undefined,
  orgUnitId: undefined,
  q: '',
  expiring: undefined,
};

export function isContractListFiltered(state: ContractListState): boolean {
  return !!(state.status || state.kind || state.orgUnitId || state.q || state.expiring);
}

/** Expiring contracts are read soonest first; everything else newest first. */
export function toContractQuery(state: ContractListState, cursor: string | undefined): ContractQuery {
  return {
    status: state.expiring ? undefined : state.status,
    kind: state.kind,
    orgUnitId: state.orgUnitId,
    q: state.q || undefined,
    expiringWithinDays: state.expiring ? Number(state.expiring) : undefined,
    sort: state.expiring ? 'endsOn' : undefined,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
