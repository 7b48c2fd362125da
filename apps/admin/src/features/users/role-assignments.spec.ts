import { describe, expect, it } from 'vitest';
import {
  assignmentsFromRows,
  newRoleRow,
  repeatedRows,
  rowsFromAssignments,
  sameAssignments,
  WHOLE_COMPANY_SCOPE,
} from './role-assignments';

const GUANGZHOU = '0190a0b0-0000-7000-8000-000000000001';
const SHENZHEN = '0190a0b0-0000-7000-8000-000000000002';

describe('the roles editor mapping', () => {
  it('shows each assignment as a line, the whole company as its own choice', () => {
    expect(
      rowsFromAssignments([
        { role: 'city-manager', orgUnitId: GUANGZHOU },
        { role: 'product-manager', orgUnitId: null },
      ]),
    ).toEqual([
      { role: 'city-manager', scope: GUANGZHOU },
      { role: 'product-manager', scope: WHOLE_COMPANY_SCOPE },
    ]);
  });

  it('sends the whole company as orgUnitId null, and a unit by its id', () => {
    expect(
      assignmentsFromRows([
        { role: 'city-manager', scope: GUANGZHOU },
        { role: 'product-manager', scope: WHOLE_COMPANY_SCOPE },
        { role: 'auditor', scope: undefined },
      ]),
    ).toEqual([
      { role: 'city-manager', orgUnitId: GUANGZHOU },
      { role: 'product-manager', orgUnitId: null },
      { role: 'auditor', orgUnitId: null },
    ]);
  });

  it('leaves out a line with no role chosen yet', () => {
    expect(assignmentsFromRows([newRoleRow(), { role: 'hr', scope: WHOLE_COMPANY_SCOPE }])).toEqual([
      { role: 'hr', orgUnitId: null },
    ]);
  });

  it('sends a repeated line once, but keeps one role in two scopes (兼职)', () => {
    expect(
      assignmentsFromRows([
        { role: 'city-manager', scope: GUANGZHOU },
        { role: 'city-manager', scope: GUANGZHOU },
        { role: 'city-manager', scope: SHENZHEN },
      ]),
    ).toEqual([
      { role: 'city-manager', orgUnitId: GUANGZHOU },
      { role: 'city-manager', orgUnitId: SHENZHEN },
    ]);
  });

  it('round-trips: the lines of an assignment set map back to the same set', () => {
    const assignments = [
      { role: 'city-manager' as const, orgUnitId: GUANGZHOU },
      { role: 'finance' as const, orgUnitId: null },
    ];
    expect(assignmentsFromRows(rowsFromAssignments(assignments))).toEqual(assignments);
  });

  it('points out the lines that repeat an earlier one', () => {
    expect(
      repeatedRows([
        { role: 'hr', scope: WHOLE_COMPANY_SCOPE },
        { role: 'hr', scope: GUANGZHOU },
        { role: 'hr', scope: WHOLE_COMPANY_SCOPE },
        newRoleRow(),
        newRoleRow(),
      ]),
    ).toEqual([2]);
  });
});

describe('sameAssignments', () => {
  it('ignores order, and tells a changed scope apart', () => {
    const before = [
      { role: 'hr' as const, orgUnitId: null },
      { role: 'city-manager' as const, orgUnitId: GUANGZHOU },
    ];
    expect(sameAssignments(before, [...before].reverse())).toBe(true);
    expect(sameAssignments(before, [before[0]!, { role: 'city-manager', orgUnitId: SHENZHEN }])).toBe(false);
    expect(sameAssignments(before, [before[0]!])).toBe(false);
  });
});
