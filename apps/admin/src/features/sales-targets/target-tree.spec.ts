import { describe, expect, it } from 'vitest';
import { allocationChoices, allocationProblemFields, initialAllocationRows } from './allocation-form';
import { percentTextToBp } from './commission-tiers';
import {
  EAST_GD,
  fakeTarget,
  GUANGZHOU,
  NODES,
  PEARL_RIVER,
  SALESPERSON_2,
  TERRITORIES,
} from './sales-target-fixtures';
import { periodOf, periodStart, switchKind } from './target-period';
import { allocationDifference, flattenTree, targetTree } from './target-tree';

describe('targetTree', () => {
  it('nests regions, cities and people under their parents', () => {
    const [province] = targetTree(fakeTarget(), NODES);
    expect(province!.children!.map((r) => r.name)).toEqual(['珠三角区域', '粤东区域']);
    expect(province!.children![0]!.children![0]!.children!.map((r) => r.name)).toEqual(['李销售']);
    expect(flattenTree([province!])).toHaveLength(NODES.length);
  });

  it('starts at the manager’s own unit when the nodes above are out of scope', () => {
    const roots = targetTree(
      fakeTarget(),
      NODES.filter((n) => n.orgUnitId === PEARL_RIVER || n.orgUnitId === GUANGZHOU),
    );
    expect(roots.map((r) => r.name)).toEqual(['珠三角区域']);
  });
});

describe('allocation rows', () => {
  it('count what is left of the parent as the rows are typed', () => {
    expect(allocationDifference(300_000_000, ['1500000', '1000000'])).toBe(50_000_000);
    expect(allocationDifference(300_000_000, ['1500000', '1600000.5'])).toBe(-10_000_050);
    expect(allocationDifference(100, ['abc', undefined])).toBe(100);
  });

  it('offer a province’s regions, a region’s cities and a city’s people, current holders kept', () => {
    const [province] = targetTree(fakeTarget(), NODES);
    const regions = allocationChoices(province!, TERRITORIES, []);
    expect(regions.map((c) => c.value)).toEqual([PEARL_RIVER, EAST_GD]);
    const city = province!.children![0]!.children![0]!;
    const people = allocationChoices(city, TERRITORIES, [{ userId: SALESPERSON_2, displayName: '王销售' }]);
    expect(people.map((c) => c.label)).toEqual(['王销售', '李销售']);
    // A region with nothing allocated yet starts with one empty row per city.
    const east = province!.children![1]!;
    expect(initialAllocationRows(east, allocationChoices(east, TERRITORIES, []))).toEqual([]);
    expect(initialAllocationRows(province!, regions)).toEqual([
      { id: PEARL_RIVER, amount: '1500000.00' },
      { id: EAST_GD, amount: '1000000.00' },
    ]);
  });

  it('put the API’s field errors on the row they name', () => {
    const { fields, unmatched } = allocationProblemFields({
      errors: [
        { field: 'children.1.orgUnitId', message: 'not a region' },
        { field: 'children.0.amount', message: 'too big' },
        { field: 'children.2', message: 'listed twice' },
        { field: 'parentUnitId', message: 'outside' },
      ],
    });
    expect(fields).toEqual([
      { name: ['children', 1, 'id'], errors: ['not a region'] },
      { name: ['children', 0, 'amount'], errors: ['too big'] },
      { name: ['children', 2, 'id'], errors: ['listed twice'] },
    ]);
    expect(unmatched.map((e) => e.field)).toEqual(['parentUnitId']);
  });
});

describe('periods and percentages', () => {
  it('name months, quarters and years as the API does', () => {
    const day = periodStart('2026-11');
    expect([periodOf('month', day), periodOf('quarter', day), periodOf('year', day)]).toEqual([
      '2026-11',
      '2026-Q4',
      '2026',
    ]);
    expect(switchKind('2026-Q2', 'month')).toBe('2026-04');
  });

  it('read percentages into basis points without floats', () => {
    expect(['2.5', '0', '100', '12.34', '1.234', '-1', '101'].map((p) => percentTextToBp(p, 100))).toEqual([
      250,
      0,
      10_000,
      1_234,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
