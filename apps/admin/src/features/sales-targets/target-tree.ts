import { yuanToMinorUnits } from '../../shared/money/money';
import type { SalesTargetSummary, TargetNode } from './sales-targets.api';

/** A node of the tree table, with the target it belongs to (the allocation is saved against its version). */
export interface TargetRow extends TargetNode {
  key: string;
  target: SalesTargetSummary;
  children?: TargetRow[];
}

export function nodeKey(node: Pick<TargetNode, 'orgUnitId' | 'userId'>): string {
  return `${node.orgUnitId}/${node.userId ?? ''}`;
}

/**
 * The API lists a target's nodes flat, in tree order, only those within one's territory: a regional manager's
 * tree starts at their region, so any node whose parent is not listed is a root.
 */
export function targetTree(target: SalesTargetSummary, nodes: readonly TargetNode[]): TargetRow[] {
  const rows = nodes.map((node): TargetRow => ({ ...node, key: nodeKey(node), target }));
  const units = new Map(rows.filter((row) => row.userId === null).map((row) => [row.orgUnitId, row]));
  const roots: TargetRow[] = [];
  for (const row of rows) {
    const parent =
      row.userId !== null
        ? units.get(row.orgUnitId)
        : row.parentUnitId
          ? units.get(row.parentUnitId)
          : undefined;
    if (parent && parent !== row) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** Whether a node's children fail to add up to it; a unit with no children yet still has it all to allocate. */
export function isUnbalanced(row: Pick<TargetNode, 'level' | 'difference'>): boolean {
  return row.level !== 'person' && row.difference !== 0;
}

/** The form's rows against the parent while typing: rows not yet a valid amount count as nothing. */
export function allocationDifference(
  parentAmount: number,
  amounts: ReadonlyArray<string | undefined>,
): number {
  return amounts.reduce((left, text) => left - (yuanToMinorUnits(text ?? '') ?? 0), parentAmount);
}

/** The keys of every row that has children (to open the whole tree). */
export function parentKeys(rows: readonly TargetRow[]): string[] {
  return rows.flatMap((row) => (row.children ? [row.key, ...parentKeys(row.children)] : []));
}

/** Every row, depth first. */
export function flattenTree(rows: readonly TargetRow[]): TargetRow[] {
  return rows.flatMap((row) => [row, ...flattenTree(row.children ?? [])]);
}
