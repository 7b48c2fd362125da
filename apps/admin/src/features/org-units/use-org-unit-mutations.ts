import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/problem';
import { auditKeys } from '../audit-log/audit.api';
import {
  createOrgUnit,
  orgUnitKeys,
  updateOrgUnit,
  type OrgUnit,
  type OrgUnitChanges,
} from './org-units.api';

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/**
 * After a write the lists are refetched before the mutation settles, so whoever waits on it (a drawer about to
 * close) sees the list already showing the change.
 */
export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: (unit) => {
      queryClient.setQueryData(orgUnitKeys.detail(unit.id), unit);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
  });
}

export function useUpdateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unit, changes }: { unit: Pick<OrgUnit, 'id' | 'version'>; changes: OrgUnitChanges }) =>
      updateOrgUnit(unit, changes),
    onSuccess: (unit) => {
      queryClient.setQueryData(orgUnitKeys.detail(unit.id), unit);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
    onError: (error, { unit }) => {
      // What we showed is out of date: refresh it so the next attempt starts from the current version.
      if (isStaleVersion(error)) {
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: orgUnitKeys.detail(unit.id) }),
          queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() }),
        ]);
      }
    },
  });
}
