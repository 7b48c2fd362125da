import type { ApiProblem, FieldProblem } from '../../api/problem';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import type { AllocationChild, CityPerson, Territory } from './sales-targets.api';
import type { TargetRow } from './target-tree';

export interface AllocationRowValues {
  /** The region or city (under a province or region), or the salesperson (under a city). */
  id?: string;
  amount?: string;
}

export interface AllocationChoice {
  value: string;
  label: string;
}

/**
 * Who a node can be allocated to: a province's regions, a region's cities, a city's people. Whoever already
 * holds a share stays a choice even if they have since left the unit, so their row can be seen and removed.
 */
export function allocationChoices(
  row: TargetRow,
  territories: readonly Territory[],
  people: readonly CityPerson[],
): AllocationChoice[] {
  const choices = new Map<string, string>();
  if (row.level === 'city') {
    for (const person of people) choices.set(person.userId, person.displayName);
    for (const child of row.children ?? []) if (child.userId) choices.set(child.userId, child.name);
  } else {
    const kind = row.level === 'province' ? 'region' : 'city';
    for (const unit of territories)
      if (unit.kind === kind && unit.parentId === row.orgUnitId && unit.status === 'active')
        choices.set(unit.id, unit.name);
    for (const child of row.children ?? []) if (!child.userId) choices.set(child.orgUnitId, child.name);
  }
  return [...choices].map(([value, label]) => ({ value, label }));
}

/** The rows to start from: the current allocation, or one empty row per choice when there is none yet. */
export function initialAllocationRows(
  row: TargetRow,
  choices: readonly AllocationChoice[],
): AllocationRowValues[] {
  const current = row.children ?? [];
  if (current.length > 0)
    return current.map((child) => ({
      id: child.userId ?? child.orgUnitId,
      amount: minorUnitsToYuanText(child.amount),
    }));
  return choices.map((choice) => ({ id: choice.value }));
}

/** The body the API takes: units by orgUnitId, people by userId, amounts in 分. */
export function allocationChildren(
  row: TargetRow,
  values: readonly AllocationRowValues[],
): AllocationChild[] {
  return values.map((value) => ({
    ...(row.level === 'city' ? { userId: value.id! } : { orgUnitId: value.id! }),
    amount: yuanToMinorUnits(value.amount ?? '')!,
  }));
}

export interface AllocationFieldError {
  name: [string, number, string];
  errors: string[];
}

/**
 * The API names a row's field as `children.1.amount`, `children.1.orgUnitId`/`userId` or `children.1` (listed
 * twice); antd's Form.List wants a numeric index, and the unit or person sits in the row's one `id` field.
 */
export function allocationProblemFields(problem: Pick<ApiProblem, 'errors'>): {
  fields: AllocationFieldError[];
  unmatched: FieldProblem[];
} {
  const fields: AllocationFieldError[] = [];
  const unmatched: FieldProblem[] = [];
  for (const error of problem.errors) {
    const match = /^children\.(\d+)(?:\.(\w+))?$/.exec(error.field);
    if (!match) {
      unmatched.push(error);
      continue;
    }
    const name: [string, number, string] = [
      'children',
      Number(match[1]),
      match[2] === 'amount' ? 'amount' : 'id',
    ];
    const same = fields.find((field) => field.name.join('.') === name.join('.'));
    if (same) same.errors.push(error.message);
    else fields.push({ name, errors: [error.message] });
  }
  return { fields, unmatched };
}
