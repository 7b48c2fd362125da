import type { CatalogStatus } from '../categories/category.entity';
import { CATEGORY_PATH_SEPARATOR, categoryPathKey } from './catalog-csv.values';
import { groupBy } from './group-by';

export interface CategoryNode {
  id: string;
  name: string;
  parentId: string | null;
  status: CatalogStatus;
}

export type CategoryLookup =
  { found: CategoryNode } | { error: 'unknown' } | { error: 'ambiguous'; paths: string[] };

/** The category tree as the CSV names it: "手机配件 / 手机壳", from the root down. */
export class CategoryPaths {
  private readonly paths = new Map<string, string>();
  private readonly byKey: Map<string, CategoryNode[]>;

  constructor(categories: CategoryNode[]) {
    const byId = new Map(categories.map((category) => [category.id, category]));
    for (const category of categories) {
      const names: string[] = [];
      // The tree has no cycles (updates refuse them); the bound only guards against a corrupted one.
      for (let node: CategoryNode | undefined = category; node && names.length <= byId.size;) {
        names.unshift(node.name);
        node = node.parentId ? byId.get(node.parentId) : undefined;
      }
      this.paths.set(category.id, names.join(CATEGORY_PATH_SEPARATOR));
    }
    this.byKey = groupBy(categories, (category) => categoryPathKey(this.pathOf(category.id)));
  }

  pathOf(categoryId: string | null): string {
    return (categoryId && this.paths.get(categoryId)) || '';
  }

  /** The category a path names; a name with a "/" in it could make two paths read alike. */
  find(path: string): CategoryLookup {
    const matches = this.byKey.get(categoryPathKey(path)) ?? [];
    if (matches.length === 1) return { found: matches[0] };
    if (matches.length === 0) return { error: 'unknown' };
    return { error: 'ambiguous', paths: matches.map((category) => this.pathOf(category.id)) };
  }
}
