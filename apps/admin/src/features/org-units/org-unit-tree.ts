import type { OrgUnit, OrgUnitKind } from './org-units.api';
import { ORG_UNIT_KINDS } from './org-unit-rules';

export interface OrgUnitTreeNode {
  unit: OrgUnit;
  children: OrgUnitTreeNode[];
}

const KIND_RANK = new Map<OrgUnitKind, number>(ORG_UNIT_KINDS.map((kind, index) => [kind, index]));

/** Departments before sales territories, then by code, which groups a province's cities (GD-GZ, GD-SZ). */
function byKindThenCode(a: OrgUnitTreeNode, b: OrgUnitTreeNode): number {
  const rank = (KIND_RANK.get(a.unit.kind) ?? 0) - (KIND_RANK.get(b.unit.kind) ?? 0);
  return rank !== 0 ? rank : a.unit.code.localeCompare(b.unit.code);
}

/**
 * The hierarchy from a flat list of units. A unit whose parent is not in the list (outside the reader's data
 * scope) becomes a root of its own rather than disappearing.
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitTreeNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as OrgUnitTreeNode[] }]));
  const roots: OrgUnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sortDeep = (list: OrgUnitTreeNode[]) => {
    list.sort(byKindThenCode);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}
