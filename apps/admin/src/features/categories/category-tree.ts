import type { Category } from './categories.api';

export interface CategoryTreeNode {
  category: Category;
  children: CategoryTreeNode[];
}

const bySortOrderThenName = (a: CategoryTreeNode, b: CategoryTreeNode) =>
  a.category.sortOrder - b.category.sortOrder || a.category.name.localeCompare(b.category.name, 'zh-CN');

/** The tree from the flat list; a category whose parent is missing becomes a root rather than vanishing. */
export function buildCategoryTree(categories: readonly Category[]): CategoryTreeNode[] {
  const nodes = new Map(
    categories.map((category) => [category.id, { category, children: [] as CategoryTreeNode[] }]),
  );
  const roots: CategoryTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.category.parentId ? nodes.get(node.category.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sortDeep = (list: CategoryTreeNode[]) => {
    list.sort(bySortOrderThenName);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}

/** "手机配件 / 手机壳": a category with its ancestors, as the CSV export names it. */
export function categoryPath(categories: readonly Category[], id: string): string | undefined {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const names: string[] = [];
  let current = byId.get(id);
  while (current && names.length < 20) {
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.length > 0 ? names.join(' / ') : undefined;
}

/** The category and everything under it: a category cannot move below itself. */
export function selfAndDescendants(categories: readonly Category[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const category of categories) {
      if (category.parentId && found.has(category.parentId) && !found.has(category.id)) {
        found.add(category.id);
        grew = true;
      }
    }
  }
  return found;
}
