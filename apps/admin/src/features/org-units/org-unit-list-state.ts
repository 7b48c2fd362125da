import {
  enumParam,
  intParam,
  optionalEnumParam,
  textParam,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import type { OrgUnitKind, OrgUnitListQuery, OrgUnitSort, OrgUnitStatus } from './org-units.api';
import { ORG_UNIT_KINDS, ORG_UNIT_SORTS, ORG_UNIT_STATUSES } from './org-unit-rules';

/** What the org units list shows, as kept in the URL (`?kind=city&status=active&q=广&sort=-name&limit=20`). */
export interface OrgUnitListState {
  kind: OrgUnitKind | undefined;
  status: OrgUnitStatus | undefined;
  q: string;
  sort: OrgUnitSort;
  limit: number;
}

const DEFAULT_PAGE_SIZE = 50;

export const orgUnitListSpec: UrlStateSpec<OrgUnitListState> = {
  kind: optionalEnumParam(ORG_UNIT_KINDS),
  status: optionalEnumParam(ORG_UNIT_STATUSES),
  q: textParam(100),
  sort: enumParam(ORG_UNIT_SORTS, 'code'),
  limit: intParam({ min: 1, max: 200, fallback: DEFAULT_PAGE_SIZE }),
};

export const ORG_UNIT_FILTERS = ['kind', 'status', 'q'] as const satisfies ReadonlyArray<
  keyof OrgUnitListState
>;

/** The API query for one page. Only the first page asks for the total: counting costs, and it does not change. */
export function toListQuery(state: OrgUnitListState, cursor: string | undefined): OrgUnitListQuery {
  return {
    kind: state.kind,
    status: state.status,
    q: state.q || undefined,
    sort: state.sort,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
