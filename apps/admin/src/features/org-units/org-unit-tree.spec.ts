import { describe, expect, it } from 'vitest';
import { buildOrgUnitTree, type OrgUnitTreeNode } from './org-unit-tree';
import type { OrgUnit } from './org-units.api';

const unit = (id: string, code: string, kind: OrgUnit['kind'], parentId: string | null): OrgUnit => ({
  id,
  code,
  name: code,
  kind,
  parentId,
  status: 'active',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const shape = (nodes: OrgUnitTreeNode[]): unknown =>
  nodes.map((node) => (node.children.length ? { [node.unit.code]: shape(node.children) } : node.unit.code));

describe('buildOrgUnitTree', () => {
  it('nests units under their parents, departments before territories, then by code', () => {
    const units = [
      unit('gz', 'GD-GZ', 'city', 'prd'),
      unit('gd', 'GD', 'province', 'co'),
      unit('sales', 'SALES', 'department', 'co'),
      unit('co', 'DEMO', 'company', null),
      unit('prd', 'GD-PRD', 'region', 'gd'),
      unit('cs', 'CS', 'department', 'co'),
      unit('sz', 'GD-SZ', 'city', 'prd'),
    ];
    expect(shape(buildOrgUnitTree(units))).toEqual([
      { DEMO: ['CS', 'SALES', { GD: [{ 'GD-PRD': ['GD-GZ', 'GD-SZ'] }] }] },
    ]);
  });

  it('keeps a unit whose parent is not in the list, as a root', () => {
    const units = [unit('gz', 'GD-GZ', 'city', 'prd'), unit('sz', 'GD-SZ', 'city', 'prd')];
    expect(shape(buildOrgUnitTree(units))).toEqual(['GD-GZ', 'GD-SZ']);
  });

  it('gives nothing for no units', () => {
    expect(buildOrgUnitTree([])).toEqual([]);
  });
});
