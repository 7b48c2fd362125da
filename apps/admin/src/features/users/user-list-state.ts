import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { ROLE_CODES, type RoleCode } from '../roles/roles.api';
import type { UserListQuery, UserSort, UserStatus } from './users.api';

/** What the users list shows, as kept in the URL (`?status=active&role=city-manager&orgUnitId=…&q=li`). */
export interface UserListState {
  status: UserStatus | undefined;
  role: RoleCode | undefined;
  orgUnitId: string | undefined;
  q: string;
  sort: UserSort;
  limit: number;
}

const SORTS: Record<UserSort, true> = {
  username: true,
  '-username': true,
  displayName: true,
  '-displayName': true,
  createdAt: true,
  '-createdAt': true,
};
const STATUSES: Record<UserStatus, true> = { active: true, disabled: true };
export const USER_STATUSES = Object.keys(STATUSES) as UserStatus[];

export const userListSpec: UrlStateSpec<UserListState> = {
  status: optionalEnumParam(USER_STATUSES),
  role: optionalEnumParam(ROLE_CODES),
  orgUnitId: matchingParam(UUID_PATTERN),
  q: textParam(100),
  sort: enumParam(Object.keys(SORTS) as UserSort[], 'username'),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const USER_FILTERS = ['status', 'role', 'orgUnitId', 'q'] as const satisfies ReadonlyArray<
  keyof UserListState
>;

export const NO_USER_FILTERS: Pick<UserListState, (typeof USER_FILTERS)[number]> = {
  status: undefined,
  role: undefined,
  orgUnitId: undefined,
  q: '',
};

/** The API query for one page; only the first page asks for the total. */
export function toUserListQuery(state: UserListState, cursor: string | undefined): UserListQuery {
  return {
    status: state.status,
    role: state.role,
    orgUnitId: state.orgUnitId,
    q: state.q || undefined,
    sort: state.sort,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
