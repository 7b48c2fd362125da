import { describe, expect, it } from 'vitest';
import type { Category } from './categories.api';
import { buildCategoryTree, categoryPath, selfAndDescendants } from './category-tree';

const category = (id: string, name: string, parentId: string | null = null, sortOrder = 0): Category => ({
  id,
  name,
  parentId,
  sortOrder,
  status: 'active',
  version: 1,
});

const categories = [
  category('b', '手机壳', 'a', 2),
  category('a', '手机配件'),
  category('c', '充电器', 'a', 1),
  category('d', '硅胶壳', 'b'),
  category('x', '孤儿', 'missing'),
];

describe('buildCategoryTree', () => {
  it('nests by parent, ordered by sort order, and keeps orphans as roots', () => {
    const tree = buildCategoryTree(categories);
    expect(tree.map((node) => node.category.name)).toEqual(['孤儿', '手机配件']);
    const accessories = tree.find((node) => node.category.id === 'a')!;
    expect(accessories.children.map((node) => node.category.name)).toEqual(['充电器', '手机壳']);
    expect(accessories.children[1]!.children.map((node) => node.category.name)).toEqual(['硅胶壳']);
  });
});

describe('categoryPath', () => {
  it('names a category with its ancestors', () => {
    expect(categoryPath(categories, 'd')).toBe('手机配件 / 手机壳 / 硅胶壳');
    expect(categoryPath(categories, 'nope')).toBeUndefined();
  });
});

describe('selfAndDescendants', () => {
  it('finds everything under a category', () => {
    expect([...selfAndDescendants(categories, 'a')].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
