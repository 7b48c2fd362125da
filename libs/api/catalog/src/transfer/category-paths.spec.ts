import { CategoryNode, CategoryPaths } from './category-paths';

const node = (
  id: string,
  name: string,
  parentId: string | null = null,
  status: 'active' | 'archived' = 'active',
) => ({ id, name, parentId, status }) satisfies CategoryNode;

describe('category paths', () => {
  const paths = new CategoryPaths([
    node('phone', '手机配件'),
    node('case', '手机壳', 'phone'),
    node('slim', '超薄', 'case'),
    node('audio', 'Audio'),
    node('a-slash-b', 'A/B'),
    node('a', 'A'),
    node('a-b', 'B', 'a'),
  ]);

  it('names a category from the root', () => {
    expect(paths.pathOf('slim')).toBe('手机配件 / 手机壳 / 超薄');
    expect(paths.pathOf(null)).toBe('');
  });

  it('finds a category by its path, whatever the spacing and case', () => {
    expect(paths.find('手机配件/手机壳')).toEqual({ found: expect.objectContaining({ id: 'case' }) });
    expect(paths.find(' audio ')).toEqual({ found: expect.objectContaining({ id: 'audio' }) });
    expect(paths.find('手机壳')).toEqual({ error: 'unknown' });
  });

  it('says when a path could name two categories', () => {
    expect(paths.find('A / B')).toEqual({ error: 'ambiguous', paths: ['A/B', 'A / B'] });
  });
});
