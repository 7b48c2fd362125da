import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  LOGISTICS_PARTNER_STATUSES,
  type LogisticsPartnerQuery,
  type LogisticsPartnerStatus,
} from './logistics.api';

export interface LogisticsListState {
  region: string | undefined;
  status: LogisticsPartnerStatus | undefined;
  limit: number;
}

export const logisticsListSpec: UrlStateSpec<LogisticsListState> = {
  region: matchingParam(UUID_PATTERN),
  status: optionalEnumParam(LOGISTICS_PARTNER_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_LOGISTICS_FILTERS: Partial<LogisticsListState> = { region: undefined, status: undefined };

export function toLogisticsQuery(
  state: LogisticsListState,
  cursor: string | undefined,
): LogisticsPartnerQuery {
  return {
    regionId: state.region,
    status: state.status,
    sort: 'name',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
