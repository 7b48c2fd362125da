import type { OrgChartUnit } from './organisation.api';

export interface ChartNode {
  unit: OrgChartUnit;
  children: ChartNode[];
  /** The unit's own positions plus every unit below it. */
  planned: number;
  filled: number;
  open: number;
}

/**
 * The org chart as a tree, each node carrying its subtree's totals: a department head reads "planned 20, filled
 * 17" for the department and its teams together. Units whose parent is not shown (out of the caller's scope)
 * become roots.
 */
export function buildChartTree(units: readonly OrgChartUnit[]): ChartNode[] {
  const nodes = new Map<string, ChartNode>();
  for (const unit of units) {
    const open = unit.positions.reduce((sum, p) => sum + p.open, 0);
    nodes.set(unit.id, { unit, children: [], planned: unit.planned, filled: unit.filled, open });
  }
  const roots: ChartNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const total = (node: ChartNode): void => {
    for (const child of node.children) {
      total(child);
      node.planned += child.planned;
      node.filled += child.filled;
      node.open += child.open;
    }
  };
  roots.forEach(total);
  return roots;
}

/** Every unit as an option, indented under its parent: for pickers that need no tree widget. */
export function unitOptions(roots: readonly ChartNode[]): Array<{ value: string; label: string }> {
  const options: Array<{ value: string; label: string }> = [];
  const walk = (node: ChartNode, depth: number) => {
    options.push({ value: node.unit.id, label: `${'\u3000'.repeat(depth)}${node.unit.name}` });
    node.children.forEach((child) => walk(child, depth + 1));
  };
  roots.forEach((root) => walk(root, 0));
  return options;
}
