import type { RoleCode } from '../roles/roles.api';
import type { RoleAssignment, RoleAssignmentInput } from './users.api';

/** The scope picker's value for "the whole company" (the API's orgUnitId null). */
export const WHOLE_COMPANY_SCOPE = 'whole-company';

/** One line of the roles editor: a role and where it applies (an org unit's id, or the whole company). */
export interface RoleRow {
  role?: RoleCode;
  scope?: string;
}

export const newRoleRow = (): RoleRow => ({ role: undefined, scope: WHOLE_COMPANY_SCOPE });

export function rowsFromAssignments(assignments: readonly RoleAssignment[]): RoleRow[] {
  return assignments.map(({ role, orgUnitId }) => ({ role, scope: orgUnitId ?? WHOLE_COMPANY_SCOPE }));
}

const keyOf = (assignment: RoleAssignmentInput) => `${assignment.role}@${assignment.orgUnitId ?? ''}`;

/**
 * The editor's lines as the API's assignments: lines without a role are left out (a row just added and not
 * filled), a missing scope means the whole company (null), and a repeated line is sent once.
 */
export function assignmentsFromRows(rows: readonly RoleRow[]): RoleAssignmentInput[] {
  const assignments = new Map<string, RoleAssignmentInput>();
  for (const { role, scope } of rows) {
    if (!role) continue;
    const assignment = { role, orgUnitId: !scope || scope === WHOLE_COMPANY_SCOPE ? null : scope };
    assignments.set(keyOf(assignment), assignment);
  }
  return [...assignments.values()];
}

/** Whether two sets of assignments grant the same, whatever their order (nothing to save then). */
export function sameAssignments(
  a: readonly RoleAssignmentInput[],
  b: readonly RoleAssignmentInput[],
): boolean {
  const keys = (list: readonly RoleAssignmentInput[]) => [...new Set(list.map(keyOf))].sort().join('|');
  return keys(a) === keys(b);
}

/** The lines that repeat an earlier line's role and scope, to point them out before saving. */
export function repeatedRows(rows: readonly RoleRow[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  rows.forEach((row, index) => {
    if (!row.role) return;
    const key = keyOf({ role: row.role, orgUnitId: row.scope === WHOLE_COMPANY_SCOPE ? null : row.scope });
    if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return repeated;
}
