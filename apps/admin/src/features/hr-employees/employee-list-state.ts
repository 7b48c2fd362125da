import {
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { EMPLOYEE_STATUSES, type EmployeeQuery, type EmployeeStatus } from './employees.api';

export interface EmployeeListState {
  /** Employees of this unit and the units under it. */
  unitId: string | undefined;
  status: EmployeeStatus | undefined;
  positionId: string | undefined;
  /** Part of the name or the employee number. */
  q: string;
  limit: number;
}

export const employeeListSpec: UrlStateSpec<EmployeeListState> = {
  unitId: matchingParam(UUID_PATTERN),
  status: optionalEnumParam(EMPLOYEE_STATUSES),
  positionId: matchingParam(UUID_PATTERN),
  q: textParam(40),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_FILTERS: Partial<EmployeeListState> = {
  unitId: undefined,
  status: undefined,
  positionId: undefined,
  q: '',
};

export function isFiltered(state: EmployeeListState): boolean {
  return !!(state.unitId || state.status || state.positionId || state.q);
}

export function toEmployeeQuery(state: EmployeeListState, cursor: string | undefined): EmployeeQuery {
  return {
    orgUnitId: state.unitId,
    status: state.status,
    positionId: state.positionId,
    q: state.q || undefined,
    sort: 'number',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
