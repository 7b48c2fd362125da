import { describe, expect, it } from 'vitest';
import { buildChartTree, unitOptions } from './org-chart-tree';
import type { OrgChartUnit } from './organisation.api';

const unit = (
  id: string,
  parentId: string | null,
  planned: number,
  filled: number,
  open = 0,
): OrgChartUnit => ({
  id,
  code: id.toUpperCase(),
  name: `unit ${id}`,
  kind: 'department',
  parentId,
  planned,
  filled,
  positions: [{ id: `p-${id}`, code: 'P', title: 'P', grade: null, planned, filled, open }],
});

describe('buildChartTree', () => {
  it('nests units under their parents and adds up each subtree', () => {
    const [root] = buildChartTree([unit('a', null, 1, 1), unit('b', 'a', 8, 5, 2), unit('c', 'b', 3, 3)]);
    expect(root!.unit.id).toBe('a');
    expect(root).toMatchObject({ planned: 12, filled: 9, open: 2 });
    expect(root!.children[0]).toMatchObject({ planned: 11, filled: 8, open: 2 });
  });

  it('makes a unit whose parent is out of scope a root', () => {
    const roots = buildChartTree([unit('b', 'hidden', 2, 1)]);
    expect(roots.map((r) => r.unit.id)).toEqual(['b']);
  });

  it('lists the units as indented options, parents first', () => {
    const options = unitOptions(buildChartTree([unit('a', null, 0, 0), unit('b', 'a', 0, 0)]));
    expect(options).toEqual([
      { value: 'a', label: 'unit a' },
      { value: 'b', label: '\u3000unit b' },
    ]);
  });
});
